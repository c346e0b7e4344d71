/**
 * Next.js calls `register` once when a server starts, before it handles any
 * request (never during `next build`). Here it loads and validates every
 * generated file, so missing or corrupt data stops the server at once with
 * one message naming the file, rather than every page failing later with a
 * 500. The pages and the proxy use the store loaded here (it is kept on the
 * process), so the data is read once per server process.
 */
export async function register(): Promise<void> {
  // Node only, and imported only there: the check reads files and exits the process.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { checkGeneratedData } = await import('./lib/startup/check-generated-data');
  checkGeneratedData();
}
