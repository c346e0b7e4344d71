import { describe, expect, it } from 'vitest';
import { startChild } from '@/scripts/shared/child-process';
import { freePort } from '@/scripts/shared/ports';
import { waitUntilServing } from '@/scripts/shared/wait-until-serving';

/** A Node child that listens on `port` and answers every request with `status`. */
function server(port: number, status: number) {
  const handler = `(q, s) => { s.statusCode = ${status}; s.end(); }`;
  return startChild('test server', process.execPath, ['-e', `require('node:http').createServer(${handler}).listen(${port}, '127.0.0.1')`]);
}

describe('waitUntilServing says why a server never came up', () => {
  it('returns the status of a server that answers', async () => {
    const port = await freePort();
    const child = server(port, 200);
    await expect(waitUntilServing(child, `http://127.0.0.1:${port}/`, 10_000)).resolves.toBe(200);
    await child.stop();
  });

  it('a server answering 5xx came up broken, it did not exit', async () => {
    const port = await freePort();
    await expect(waitUntilServing(server(port, 503), `http://127.0.0.1:${port}/`, 10_000)).rejects.toThrow(/^test server answered 503 on /);
  });

  it('a server that never listens timed out, it did not exit', async () => {
    const child = startChild('test server', process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    await expect(waitUntilServing(child, `http://127.0.0.1:${await freePort()}/`, 1_000)).rejects.toThrow(/^test server did not answer/);
  });

  it('a server that exits is reported with its exit code', async () => {
    const child = startChild('test server', process.execPath, ['-e', 'process.exit(3)']);
    await expect(waitUntilServing(child, 'http://127.0.0.1:9/', 10_000)).rejects.toThrow(/^test server exited \(3\) before answering/);
  });
});
