/** The real ingest CLI (scripts/ingest.ts) in a fresh Node process, as `npm run ingest` runs it. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './project-root';

export const INGEST_SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'ingest.ts');

/** The command line: Node, with `nodeArgs` (profilers, preloads) before the script, then the ingest's own `args`. */
export function ingestCommand(args: readonly string[], nodeArgs: readonly string[] = []): string[] {
  return [process.execPath, '--import', 'tsx', ...nodeArgs, INGEST_SCRIPT, ...args];
}

/** Runs the ingest and waits for it, from the project root, with no NODE_OPTIONS of the caller's. */
export function runIngest(args: readonly string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const [node = process.execPath, ...rest] = ingestCommand(args);
  return spawnSync(node, rest, { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ...env } });
}
