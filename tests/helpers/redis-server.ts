/**
 * A throwaway Debian redis-server for tests: loopback only, nothing
 * persisted, its files in a folder of the test's, killed by its own process
 * id when the test is done.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { watchServer, type ServerProcess } from '../../scripts/server/next-server';

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

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

export async function startRedis(dir: string, port: number, timeoutMs = 10_000): Promise<ServerProcess> {
  if (!fs.existsSync(REDIS_SERVER)) {
    throw new Error(`${REDIS_SERVER} not found: install Debian's redis-server (node scripts/setup.mjs --browser does, as root)`);
  }
  fs.mkdirSync(dir, { recursive: true });
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server = watchServer(child, port);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode}):\n${server.output()}`);
    if (await redisPing(port)) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.stop();
  throw new Error(`redis-server not ready after ${timeoutMs} ms:\n${server.output()}`);
}
