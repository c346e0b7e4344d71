/** Refuses to start on a port someone else is using, rather than benchmarking their server. */
import net from 'node:net';

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error) => reject(new Error(`port ${port} on 127.0.0.1 is in use (${error.message}); pick another with the port options`)));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}
