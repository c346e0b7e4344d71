/**
 * Servers that tests start and stop themselves: Debian's redis-server and the
 * standalone Next.js server, each on a free loopback port, each killed (by its
 * own process id) when the test is done.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

/**
 * A port in [from, to] that nothing listens on now. Fixed ranges rather than
 * port 0, so these servers stay clear of the e2e server (3100) and of the
 * usual development ports; started at a random point so parallel runs rarely collide.
 */
export async function freePort(from: number, to: number): Promise<number> {
  const span = to - from + 1;
  const start = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = from + ((start + i) % span);
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}-${to}`);
}

export interface Server {
  readonly port: number;
  readonly process: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

function track(child: ChildProcess, port: number): Server {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    port,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitFor(what: string, server: Server, ready: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) throw new Error(`${what} exited (${server.process.exitCode}):\n${server.output()}`);
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.stop();
  throw new Error(`${what} not ready after ${timeoutMs} ms:\n${server.output()}`);
}

/** Answers a raw PING, so waiting needs no Redis client. */
function redisPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

/** A throwaway redis-server: loopback only, nothing persisted, its files in `dir`. */
export async function startRedis(dir: string, port: number): Promise<Server> {
  if (!fs.existsSync(REDIS_SERVER)) {
    throw new Error(`${REDIS_SERVER} not found: install Debian's redis-server (npm run setup -- --browser does, as root)`);
  }
  fs.mkdirSync(dir, { recursive: true });
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server = track(child, port);
  await waitFor('redis-server', server, () => redisPing(port), 10_000);
  return server;
}

/**
 * `node server.js` from a standalone build folder, on 127.0.0.1. REDIS_URL
 * is exactly what the caller passes: one set in the caller's environment never
 * leaks into a run meant to be without Redis.
 */
export async function startStandalone(dir: string, port: number, env: { REDIS_URL?: string } = {}): Promise<Server> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' };
  delete childEnv.REDIS_URL;
  if (env.REDIS_URL) childEnv.REDIS_URL = env.REDIS_URL;
  const child = spawn(process.execPath, [path.join(dir, 'server.js')], { cwd: dir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const server = track(child, port);
  // /api/occupations is dynamic: waiting on it caches no page the test is about to ask for.
  await waitFor(`next server on ${port}`, server, async () => (await fetch(`http://127.0.0.1:${port}/api/occupations?q=a`)).ok, 30_000);
  return server;
}
