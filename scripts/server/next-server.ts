/**
 * Runs `next start` from the existing production build as a child process,
 * for tests and scripts that need a server of their own: one reading other
 * generated data (GENERATED_DIR), one that must fail to start, or one to
 * fuzz or load without disturbing the server other tests share.
 *
 *   const server = await startNextServer({ generatedDir });
 *   await fetch(`${server.url}/`);
 *   await server.stop();
 *
 * Several can run from the one build at once: a server writes nothing into
 * it (pages rendered on demand stay in memory, `isrFlushToDisk: false`).
 *
 * With `output: 'standalone'` the deployed server is .next/standalone/server.js
 * (`npm run serve`); `next start` still serves the same build (it only warns
 * that it is not the intended way). spawnStandaloneServer runs the deployed one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface NextServerOptions {
  /** The folder of generated data to serve (GENERATED_DIR); default: the project's content/generated. */
  generatedDir?: string;
  /** Default: a free port. */
  port?: number;
  /** Extra environment for the server. */
  env?: Record<string, string>;
}

/** A server process started here: what it printed, when it exits, how to stop it. */
export interface ServerProcess {
  port: number;
  child: ChildProcess;
  /** Everything the server printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  exited: Promise<number | string>;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and removes what it was given to run from. */
  stop(): Promise<void>;
}

export interface SpawnedNextServer extends ServerProcess {
  url: string;
  /** The folder the server runs in. */
  projectDir: string;
}

/**
 * A port nothing listens on right now: picked by the kernel, or the first free
 * one in `range` (tried from a random point, so parallel runs rarely collide)
 * for servers that must stay inside a documented range of ports.
 */
export async function freePort(range?: { from: number; to: number }): Promise<number> {
  if (!range) return listenOnce(0);
  const span = range.to - range.from + 1;
  const start = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i += 1) {
    const port = range.from + ((start + i) % span);
    if ((await listenOnce(port).catch(() => 0)) === port) return port;
  }
  throw new Error(`no free port in ${range.from}-${range.to}`);
}

/** Refuses to go on when `port` on 127.0.0.1 is taken, rather than benchmark someone else's server. */
export async function assertPortFree(port: number): Promise<void> {
  await listenOnce(port).catch((error: unknown) => {
    throw new Error(`port ${port} on 127.0.0.1 is in use (${error instanceof Error ? error.message : String(error)}); pick another with the port options`);
  });
}

/** Listens on a loopback port and closes again, answering the port it got. */
function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(port, '127.0.0.1', () => {
      const address = probe.address();
      const got = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (got > 0 ? resolve(got) : reject(new Error('no free port'))));
    });
  });
}

/** The deployed server of an `output: 'standalone'` build (`npm run serve` runs it). */
export const STANDALONE_SERVER = path.join(ROOT, '.next', 'standalone', 'server.js');

/** Watches a started server process: collects its output; `cleanup` runs once it has stopped. */
export function watchServer(child: ChildProcess, port: number, cleanup: () => void = () => {}): ServerProcess {
  let output = '';
  // Keep the first and the latest output: a fuzzed server can print a lot, and both ends matter.
  const LIMIT = 200_000;
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > LIMIT) output = `${output.slice(0, LIMIT / 2)}\n… (output cut) …\n${output.slice(-LIMIT / 2)}`;
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<number | string>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? child.signalCode ?? 'unknown');
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
    child.on('error', (error) => {
      output += `\n${error.message}`;
      resolve('spawn-error');
    });
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    cleanup();
  };
  return { port, child, output: () => output, exited, stop };
}

/** Runs a Node server process on 127.0.0.1. */
function runServer(args: string[], cwd: string, env: NodeJS.ProcessEnv, url: string, port: number): SpawnedNextServer {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return { ...watchServer(child, port), url, projectDir: cwd };
}

/**
 * The server's environment: this process's, with the server's own URL and
 * data. REDIS_URL is exactly what the caller passes in `env`: one set in the
 * caller's shell never turns a server meant to run without Redis into one with it.
 */
function serverEnv(url: string, options: NextServerOptions): NodeJS.ProcessEnv {
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  delete inherited.REDIS_URL;
  const env: NodeJS.ProcessEnv = { ...inherited, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: url, NODE_OPTIONS: '', ...options.env };
  if (options.generatedDir !== undefined) env.GENERATED_DIR = options.generatedDir;
  return env;
}

/** Starts `next start` and returns at once; see startNextServer to wait until it answers. */
export async function spawnNextServer(options: NextServerOptions = {}): Promise<SpawnedNextServer> {
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) throw new Error('no production build in .next (no BUILD_ID): run "npm run build" first');
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  // The Next binary is run with this Node directly (not through npx), so the child is the server itself.
  const nextBin = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  return runServer([nextBin, 'start', ROOT, '-H', '127.0.0.1', '-p', String(port)], ROOT, serverEnv(url, options), url, port);
}

/**
 * Starts the standalone server of the build, as deployed, and returns at
 * once: the project's own (`.next/standalone`), or a copy of it in `dir`, as
 * on another machine.
 */
export async function spawnStandaloneServer(options: NextServerOptions & { dir?: string } = {}): Promise<SpawnedNextServer> {
  const server = options.dir === undefined ? STANDALONE_SERVER : path.join(options.dir, 'server.js');
  if (!fs.existsSync(server)) throw new Error(`no standalone server at ${server}: run "npm run build" first`);
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  // server.js reads HOSTNAME and PORT; shells often set HOSTNAME to the machine's name.
  const env = { ...serverEnv(url, options), HOSTNAME: '127.0.0.1', PORT: String(port) };
  return runServer([server], path.dirname(server), env, url, port);
}

/**
 * Waits until a spawned server answers `pathname` (default its home page).
 * Throws, with the server's output, when it exits first, answers with a 5xx
 * (it came up broken), or takes longer than the timeout; the server is
 * stopped then. A dynamic path (an API route) caches no page while waiting.
 */
export async function waitUntilServing(server: SpawnedNextServer, timeoutMs = 60_000, pathname = '/'): Promise<SpawnedNextServer> {
  const deadline = Date.now() + timeoutMs;
  let exitedWith: number | string | undefined;
  void server.exited.then((code) => {
    exitedWith = code;
  });
  let problem = 'did not answer in time';
  while (Date.now() < deadline && exitedWith === undefined) {
    let status: number | undefined;
    try {
      status = (await fetch(`${server.url}${pathname}`, { signal: AbortSignal.timeout(10_000) })).status;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    if (status < 500) return server;
    problem = `answered ${status} on ${pathname}`;
    break;
  }
  await server.stop();
  throw new Error(`server ${exitedWith !== undefined ? `exited (${exitedWith})` : problem} on ${server.url}:\n${server.output()}`);
}

/** Starts `next start` (see spawnNextServer) and waits until it serves (see waitUntilServing). */
export async function startNextServer(options: NextServerOptions & { timeoutMs?: number } = {}): Promise<SpawnedNextServer> {
  return waitUntilServing(await spawnNextServer(options), options.timeoutMs);
}
