/**
 * A throwaway Debian redis-server for tests: loopback only, nothing
 * persisted, its files in a folder of the test's, stopped by its own process
 * group when the test is done.
 */
import fs from 'node:fs';
import net from 'node:net';
import { startChild, type Child } from '../../scripts/shared/child-process';
import { waitForChild } from '../../scripts/shared/wait-until-serving';

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

export async function startRedis(dir: string, port: number, timeoutMs = 10_000): Promise<Child> {
  if (!fs.existsSync(REDIS_SERVER)) {
    throw new Error(`${REDIS_SERVER} not found: install Debian's redis-server (node scripts/setup.mjs --browser does, as root)`);
  }
  fs.mkdirSync(dir, { recursive: true });
  const server = startChild('redis-server', REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir]);
  return waitForChild(server, `PING on 127.0.0.1:${port}`, async () => ((await redisPing(port)) ? server : undefined), timeoutMs, 100);
}
