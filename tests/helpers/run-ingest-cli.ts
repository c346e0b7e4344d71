/** Runs the real ingest command in a child process, as `npm run ingest` does. */
import { runIngest } from '../../scripts/shared/ingest-command';

export function runIngestCli(args: string[]) {
  const result = runIngest(args);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
