/** Loopback ports for the servers the tools and tests start. */
import net from 'node:net';

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

/** Refuses to go on when `port` on 127.0.0.1 is taken, rather than measure someone else's server. */
export async function assertPortFree(port: number): Promise<void> {
  await listenOnce(port).catch((error: unknown) => {
    throw new Error(`port ${port} on 127.0.0.1 is in use (${error instanceof Error ? error.message : String(error)}); pick another with the port options`);
  });
}
