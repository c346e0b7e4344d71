/**
 * The tools' HTTP client: a request that meets a kept-alive socket the
 * server has just closed is sent again on a new one; other failures fail.
 */
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { httpGet } from '@/scripts/shared/http-client';

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** Listens on a free loopback port; its URL. */
async function listen(server: http.Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on a TCP port');
  return `http://127.0.0.1:${address.port}/`;
}

/** A server that answers the first request on each connection and drops the connection on any later one. */
async function serverDroppingReusedSockets(): Promise<{ url: string; requests: () => number }> {
  let requests = 0;
  const perSocket = new WeakMap<object, number>();
  const server = http.createServer((request, response) => {
    requests += 1;
    const n = (perSocket.get(request.socket) ?? 0) + 1;
    perSocket.set(request.socket, n);
    if (n > 1) {
      request.socket.destroy();
      return;
    }
    response.end('ok');
  });
  return { url: await listen(server), requests: () => requests };
}

describe('httpGet', () => {
  it('sends a request again when the server closed the kept-alive socket it went out on', async () => {
    const { url, requests } = await serverDroppingReusedSockets();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect((await httpGet(url, {}, agent)).body.toString()).toBe('ok');
      // Goes out on the kept-alive socket, which the server drops: sent again on a new one.
      const again = await httpGet(url, {}, agent);
      expect([again.status, again.body.toString()]).toEqual([200, 'ok']);
      expect(requests()).toBe(3);
    } finally {
      agent.destroy();
    }
  });

  it('fails a request on a new socket that the server drops: no retry', async () => {
    const url = await listen(http.createServer((request) => request.socket.destroy()));
    await expect(httpGet(url)).rejects.toThrow(/socket hang up/);
  });
});
