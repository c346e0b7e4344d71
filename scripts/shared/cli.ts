/**
 * What the project's command-line tools share: options read by
 * node:util's parseArgs and checked by a zod schema, and a main that runs
 * only when its file is the command (not when a test imports the module).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { stopAll, stopChildrenOnSignals } from './child-process';

/** The command line's options, checked by `schema`; throws "--name: reason" for the first bad one. */
export function parseOptions<S extends z.ZodType>(options: NonNullable<ParseArgsConfig['options']>, schema: S): z.output<S> {
  const { values } = parseArgs({ options });
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(issue ? `${issue.path.length > 0 ? `--${issue.path.join('.')}: ` : ''}${issue.message}` : 'bad arguments');
}

/**
 * Runs `main` when the module at `moduleUrl` is the script Node was started
 * with: its answer is the exit code; a throw is printed as "name: message"
 * and exits 1, after stopping every child it started (servers a benchmark
 * started). An interrupt stops them too.
 */
export function runIfMain(moduleUrl: string, name: string, main: () => number | Promise<number>): void {
  const script = process.argv[1];
  if (script === undefined || moduleUrl !== pathToFileURL(path.resolve(script)).href) return;
  stopChildrenOnSignals();
  const fail = async (error: unknown) => {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll();
    process.exitCode = 1;
  };
  try {
    Promise.resolve(main()).then((code) => {
      process.exitCode = code;
    }, fail);
  } catch (error) {
    void fail(error);
  }
}
