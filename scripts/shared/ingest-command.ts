/**
 * The real ingest CLI (scripts/ingest.ts) in a fresh Node process, as `npm
 * run ingest` runs it, and the same for the project's other TypeScript tools.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './project-root';

const INGEST_SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'ingest.ts');

/** The command line of a TypeScript `script`: Node, with `nodeArgs` (profilers, preloads) before the script, then its own `args`. */
export function tsScriptCommand(script: string, args: readonly string[], nodeArgs: readonly string[] = []): string[] {
  return [process.execPath, '--import', 'tsx', ...nodeArgs, script, ...args];
}

/** The ingest's command line (see tsScriptCommand). */
export function ingestCommand(args: readonly string[], nodeArgs: readonly string[] = []): string[] {
  return tsScriptCommand(INGEST_SCRIPT, args, nodeArgs);
}

/** Runs a command line and waits for it, from the project root, with `env` added and no NODE_OPTIONS of the caller's. */
export function runCommand(command: readonly string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const [program = process.execPath, ...rest] = command;
  return spawnSync(program, rest, { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ...env } });
}

/** Runs the ingest and waits for it (see runCommand). */
export function runIngest(args: readonly string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return runCommand(ingestCommand(args), env);
}
