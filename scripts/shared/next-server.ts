/**
 * Runs a production server of a build as a child process, for tools and
 * tests that need a server of their own: one reading other generated data
 * (GENERATED_DIR), one that must fail to start, one to fuzz, load or measure
 * without disturbing a server others share.
 *
 * Several can run from one build at once: a server writes nothing into it
 * (pages rendered on demand stay in memory, `isrFlushToDisk: false`).
 *
 * With `output: 'standalone'` the deployed server is .next/standalone/server.js
 * (`npm run serve`, start/spawnStandaloneServer); `next start` still serves the
 * same build (it only warns that it is not the intended way).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startChild, type Child } from './child-process';
import { freePort } from './ports';
import { PROJECT_ROOT } from './project-root';
import { waitUntilServing } from './wait-until-serving';

/** The deployed server of the project's `output: 'standalone'` build (`npm run serve` runs it). */
export const STANDALONE_SERVER = path.join(PROJECT_ROOT, '.next', 'standalone', 'server.js');

/**
 * Node flags for next start as the README's deployment section runs it: the
 * old space capped, so V8 does not grow the heap lazily far past what the
 * server uses (docs/benchmarks.md). Raise the cap with the number of occupations.
 */
export const DEPLOYED_NODE_FLAGS = '--max-old-space-size=768';

/** Next's command-line entry, run with this Node directly (not through npx) so the child is Next itself. */
export const NEXT_BIN = createRequire(path.join(PROJECT_ROOT, 'package.json')).resolve('next/dist/bin/next');

export interface NextServerOptions {
  /** The folder whose build to serve; default: the project. */
  projectDir?: string;
  /** The folder of generated data to serve (GENERATED_DIR); default: the project's content/generated. */
  generatedDir?: string;
  /** Default: a free port. */
  port?: number;
  /** Extra environment for the server. */
  env?: Record<string, string>;
  /** Node flags for next start, space-separated (DEPLOYED_NODE_FLAGS as deployed); default: none. */
  nodeFlags?: string;
}

export interface NextServer extends Child {
  url: string;
  port: number;
  /** The folder the server runs in. */
  projectDir: string;
}

/**
 * The server's environment: this process's, with the server's own URL and
 * data. REDIS_URL is exactly what the caller passes in `env`: one set in the
 * caller's shell never turns a server meant to run without Redis into one with it.
 */
function serverEnv(url: string, options: NextServerOptions): NodeJS.ProcessEnv {
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  delete inherited.REDIS_URL;
  const env: NodeJS.ProcessEnv = { ...inherited, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', SITE_URL: url, NODE_OPTIONS: '', ...options.env };
  if (options.generatedDir !== undefined) env.GENERATED_DIR = options.generatedDir;
  return env;
}

function runServer(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, port: number): NextServer {
  const child = startChild(name, process.execPath, args, { cwd, env });
  return { ...child, url: `http://127.0.0.1:${port}`, port, projectDir: cwd };
}

/** Starts `next start` on 127.0.0.1 and returns at once; see startNextServer to wait until it answers. */
export async function spawnNextServer(options: NextServerOptions = {}): Promise<NextServer> {
  const projectDir = options.projectDir ?? PROJECT_ROOT;
  if (!fs.existsSync(path.join(projectDir, '.next', 'BUILD_ID'))) throw new Error(`no production build in ${projectDir}/.next (no BUILD_ID): run "npm run build" first`);
  const port = options.port ?? (await freePort());
  const flags = (options.nodeFlags ?? '').split(' ').filter((f) => f !== '');
  const args = [...flags, NEXT_BIN, 'start', projectDir, '-H', '127.0.0.1', '-p', String(port)];
  return runServer('next start', args, projectDir, serverEnv(`http://127.0.0.1:${port}`, options), port);
}

type StandaloneServerOptions = Omit<NextServerOptions, 'projectDir' | 'nodeFlags'> & { dir?: string };

/**
 * Starts the standalone server of the build, as deployed, and returns at
 * once: the project's own (`.next/standalone`), or a copy of it in `dir`, as
 * on another machine.
 */
export async function spawnStandaloneServer(options: StandaloneServerOptions = {}): Promise<NextServer> {
  const server = options.dir === undefined ? STANDALONE_SERVER : path.join(options.dir, 'server.js');
  if (!fs.existsSync(server)) throw new Error(`no standalone server at ${server}: run "npm run build" first`);
  const port = options.port ?? (await freePort());
  // server.js reads HOSTNAME and PORT; shells often set HOSTNAME to the machine's name.
  const env = { ...serverEnv(`http://127.0.0.1:${port}`, options), HOSTNAME: '127.0.0.1', PORT: String(port) };
  return runServer('standalone server', [server], path.dirname(server), env, port);
}

/** Starts `next start` (see spawnNextServer) and waits until it serves its home page. */
export async function startNextServer(options: NextServerOptions & { timeoutMs?: number } = {}): Promise<NextServer> {
  const server = await spawnNextServer(options);
  await waitUntilServing(server, `${server.url}/`, options.timeoutMs);
  return server;
}

/**
 * Starts the standalone server (see spawnStandaloneServer) and waits until it
 * answers `waitPath` (default: the home page; a dynamic path caches no page).
 */
export async function startStandaloneServer(options: StandaloneServerOptions & { waitPath?: string; timeoutMs?: number } = {}): Promise<NextServer> {
  const server = await spawnStandaloneServer(options);
  await waitUntilServing(server, `${server.url}${options.waitPath ?? '/'}`, options.timeoutMs);
  return server;
}

/** The lines where a server reported an error, as "N error lines, first: …", or undefined when there are none. */
export function describeLoggedErrors(server: Child, first: number): string | undefined {
  const errors = server.output().split('\n').filter((line) => /\bError\b|⨯/.test(line));
  if (errors.length === 0) return undefined;
  return `${server.name} logged ${errors.length} error lines, first:\n  ${errors.slice(0, first).map((l) => l.slice(0, 300)).join('\n  ')}`;
}
