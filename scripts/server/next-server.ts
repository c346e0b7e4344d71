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
 * By default the server runs from a private copy of the build (`.next`
 * without its build cache, in a temporary folder whose other entries link
 * back to the project). A production server writes every page it renders on
 * demand, 404s included, into `.next/server`; a server reading hostile or
 * synthetic data, or one being fuzzed, must not leave those pages where the
 * shared server would serve them.
 *
 * With `output: 'standalone'` the deployed server is .next/standalone/server.js
 * (`npm run serve`); `next start` still serves the same build (it only warns
 * that it is not the intended way), and unlike the standalone folder it can
 * run from a private copy. spawnStandaloneServer runs the deployed one in place.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface NextServerOptions {
  /** The folder of generated data to serve (GENERATED_DIR); default: the project's content/generated. */
  generatedDir?: string;
  /** Default: a free port. */
  port?: number;
  /** Serve from a private copy of the build (default true); false serves the project's own `.next`. */
  isolated?: boolean;
  /** Extra environment for the server. */
  env?: Record<string, string>;
}

export interface SpawnedNextServer {
  url: string;
  port: number;
  /** The project folder the server runs in: a temporary copy unless `isolated: false`. */
  projectDir: string;
  /** The `next start` process (it serves in-process: its title becomes "next-server (vX)"). */
  child: ChildProcess;
  /** Everything the server printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  exited: Promise<number | string>;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and removes its private build copy. */
  stop(): Promise<void>;
}

/** A port nothing listens on right now, picked by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * A temporary project folder serving a copy of the build: `.next` is copied
 * (without `.next/cache` and `.next/standalone`); every other top-level
 * entry is a symbolic link to the project's, so next.config.ts and whatever
 * it imports load as they do in the project.
 */
export function isolatedBuildCopy(root = ROOT): string {
  const buildDir = path.join(root, '.next');
  if (!fs.existsSync(path.join(buildDir, 'BUILD_ID'))) {
    throw new Error(`no production build in ${buildDir} (no BUILD_ID): run "npm run build" first`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'next-server-'));
  for (const entry of fs.readdirSync(root)) {
    if (entry === '.next' || entry === '.git') continue;
    fs.symlinkSync(path.join(root, entry), path.join(dir, entry));
  }
  fs.cpSync(buildDir, path.join(dir, '.next'), {
    recursive: true,
    // Neither the compiler cache nor the standalone server (a second copy of the build, with
    // its own node_modules) is used by `next start`.
    filter: (source) => !['cache', 'standalone'].includes(path.relative(buildDir, source).split(path.sep)[0] ?? ''),
  });
  return dir;
}

/** The deployed server of an `output: 'standalone'` build (`npm run serve` runs it). */
export const STANDALONE_SERVER = path.join(ROOT, '.next', 'standalone', 'server.js');

/** Runs a server process, collecting its output; `cleanup` runs after it has stopped. */
function runServer(args: string[], cwd: string, env: NodeJS.ProcessEnv, url: string, port: number, cleanup: () => void): SpawnedNextServer {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  return { url, port, projectDir: cwd, child, output: () => output, exited, stop };
}

function serverEnv(url: string, options: NextServerOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: url, NODE_OPTIONS: '', ...options.env };
  if (options.generatedDir !== undefined) env.GENERATED_DIR = options.generatedDir;
  return env;
}

/** Starts `next start` and returns at once; see startNextServer to wait until it answers. */
export async function spawnNextServer(options: NextServerOptions = {}): Promise<SpawnedNextServer> {
  const port = options.port ?? (await freePort());
  const projectDir = options.isolated === false ? ROOT : isolatedBuildCopy();
  const url = `http://127.0.0.1:${port}`;
  // The Next binary is run with this Node directly (not through npx), so the child is the server itself.
  const nextBin = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  return runServer([nextBin, 'start', projectDir, '-H', '127.0.0.1', '-p', String(port)], projectDir, serverEnv(url, options), url, port, () => {
    if (projectDir !== ROOT) fs.rmSync(projectDir, { recursive: true, force: true });
  });
}

/**
 * Starts the standalone server of the build, as deployed, and returns at
 * once. It runs in place (`isolated` does not apply): use it for servers
 * that render little, such as ones expected to refuse to start.
 */
export async function spawnStandaloneServer(options: Omit<NextServerOptions, 'isolated'> = {}): Promise<SpawnedNextServer> {
  if (!fs.existsSync(STANDALONE_SERVER)) throw new Error(`no standalone server at ${STANDALONE_SERVER}: run "npm run build" first`);
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  // server.js reads HOSTNAME and PORT; shells often set HOSTNAME to the machine's name.
  const env = { ...serverEnv(url, options), HOSTNAME: '127.0.0.1', PORT: String(port) };
  return runServer([STANDALONE_SERVER], path.dirname(STANDALONE_SERVER), env, url, port, () => {});
}

/**
 * Waits until a spawned server's home page answers. Throws, with the
 * server's output, when it exits first, answers / with a 5xx (it came up
 * broken), or takes longer than the timeout; the server is stopped then.
 */
export async function waitUntilServing(server: SpawnedNextServer, timeoutMs = 60_000): Promise<SpawnedNextServer> {
  const deadline = Date.now() + timeoutMs;
  let exitedWith: number | string | undefined;
  void server.exited.then((code) => {
    exitedWith = code;
  });
  let problem = 'did not answer in time';
  while (Date.now() < deadline && exitedWith === undefined) {
    let status: number | undefined;
    try {
      status = (await fetch(`${server.url}/`, { signal: AbortSignal.timeout(10_000) })).status;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    if (status < 500) return server;
    problem = `answered ${status} on /`;
    break;
  }
  await server.stop();
  throw new Error(`server ${exitedWith !== undefined ? `exited (${exitedWith})` : problem} on ${server.url}:\n${server.output()}`);
}

/** Starts `next start` (see spawnNextServer) and waits until it serves (see waitUntilServing). */
export async function startNextServer(options: NextServerOptions & { timeoutMs?: number } = {}): Promise<SpawnedNextServer> {
  return waitUntilServing(await spawnNextServer(options), options.timeoutMs);
}

/** Resident memory of a process in KiB (VmRSS in /proc/<pid>/status), or undefined off Linux or once it has exited. */
export function residentKiB(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}
