/**
 * What the project's command-line tools share: options read by
 * node:util's parseArgs and checked by a zod schema, and a main that runs
 * only when its file is the command (not when a test imports the module).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { stopAll, stopChildrenOnSignals } from './child-process';

/** A bad command line of a tool with a usage line: runIfMain prints both and exits 2. */
export class UsageError extends Error {
  readonly usage: string;
  constructor(message: string, usage: string) {
    super(message);
    this.usage = usage;
  }
}

type OptionTable = NonNullable<ParseArgsConfig['options']>;

/** The options a tool takes, by name: the fields of its schema. */
type Fields = Readonly<Record<string, unknown>>;

/** A field that is a plain flag (`--keep`): a boolean, maybe with a default or optional. */
function isFlag(field: unknown): boolean {
  if (field instanceof z.ZodBoolean) return true;
  if (field instanceof z.ZodDefault || field instanceof z.ZodOptional) return isFlag(field.unwrap());
  return false;
}

/** parseArgs's table for the fields: flags, and every other option a string the schema coerces. */
function optionTable(fields: Fields): OptionTable {
  const table: OptionTable = {};
  for (const [name, field] of Object.entries(fields)) table[name] = { type: isFlag(field) ? 'boolean' : 'string' };
  return table;
}

function fieldsOf(schema: z.ZodType): Fields {
  if (schema instanceof z.ZodObject) return schema.shape;
  throw new Error('parseOptions: a schema that is not a z.object needs its fields passed');
}

/**
 * The command line's options, one per field of `schema` (pass `fields` when
 * it is not a z.object), checked by it. Throws "--name: reason" for the first
 * bad one: a UsageError carrying `usage` when given, so runIfMain prints it
 * and exits 2; a plain Error (exit 1) otherwise.
 */
export function parseOptions<S extends z.ZodType>(schema: S, usage?: string, fields: Fields = fieldsOf(schema)): z.output<S> {
  const fail = (message: string) => (usage === undefined ? new Error(message) : new UsageError(message, usage));
  let values: unknown;
  try {
    ({ values } = parseArgs({ options: optionTable(fields) }));
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error));
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw fail(issue ? `${issue.path.length > 0 ? `--${issue.path.join('.')}: ` : ''}${issue.message}` : 'bad arguments');
}

/**
 * Runs `main` when the module at `moduleUrl` is the script Node was started
 * with: its answer is the exit code; a throw is printed as "name: message"
 * and exits 1 (2, with the usage, for a UsageError), after stopping every
 * child it started (servers a benchmark started). An interrupt stops them too.
 */
export function runIfMain(moduleUrl: string, name: string, main: () => number | Promise<number>): void {
  const script = process.argv[1];
  if (script === undefined || moduleUrl !== pathToFileURL(path.resolve(script)).href) return;
  stopChildrenOnSignals();
  const fail = async (error: unknown) => {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof UsageError) console.error(error.usage);
    await stopAll();
    process.exitCode = error instanceof UsageError ? 2 : 1;
  };
  try {
    Promise.resolve(main()).then((code) => {
      process.exitCode = code;
    }, fail);
  } catch (error) {
    void fail(error);
  }
}
