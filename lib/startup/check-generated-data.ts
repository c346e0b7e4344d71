/**
 * Loads and validates every generated file at server start, as the store the
 * pages then use; on failure prints one message naming the file and exits
 * non-zero (Node only).
 */
import { GeneratedDataError, generatedDir, getOccupationStore } from '../occupations';

export function checkGeneratedData(): void {
  try {
    const store = getOccupationStore();
    if (store.index.length === 0) throw new GeneratedDataError(`no occupations in ${generatedDir()}: run "npm run ingest" first`);
  } catch (error) {
    const message = error instanceof GeneratedDataError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`career-compare: cannot start: ${message}`);
    process.exit(1);
  }
}
