/**
 * Next.js calls `register` once when a server starts, before it handles any
 * request (never during `next build`). Here it loads and validates every
 * generated file, so missing or corrupt data stops the server at once with
 * one message naming the file, rather than every page failing later with a
 * 500. The pages then load the data again on first use (they run in a
 * separate module graph); that costs one more read at start-up, not per request.
 */
export async function register(): Promise<void> {
  // Node only: the data loader reads files, and exiting is a Node server's way to fail.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { GeneratedDataError, generatedDir, loadOccupationStore } = await import('./lib/occupations');
  try {
    const store = loadOccupationStore();
    if (store.index.length === 0) throw new GeneratedDataError(`no occupations in ${generatedDir()}: run "npm run ingest" first`);
  } catch (error) {
    const message = error instanceof GeneratedDataError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`career-compare: cannot start: ${message}`);
    process.exit(1);
  }
}
