/**
 * Waits for a freshly started server to answer, failing fast (with its
 * output) if it exits first instead of waiting out the whole timeout.
 */
import type { Child } from './child-process';
import { httpGet } from './http-client';

/**
 * Waits until `url` answers, and returns its status. Throws, with the
 * server's output, when the server exits first, answers with a 5xx (it came
 * up broken), or takes longer than the timeout; the server is stopped then.
 * A dynamic path (an API route) caches no page while waiting.
 */
export async function waitUntilServing(server: Child, url: string, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let exitedWith: number | string | undefined;
  void server.exited.then((code) => {
    exitedWith = code;
  });
  let problem = `did not answer ${url} within ${timeoutMs / 1000} s`;
  while (Date.now() < deadline && exitedWith === undefined) {
    const status = await httpGet(url, {}, undefined, 10_000).then(
      (response) => response.status,
      () => undefined,
    );
    if (status === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    if (status < 500) return status;
    problem = `answered ${status} on ${url}`;
    break;
  }
  await server.stop();
  throw new Error(`${server.name} ${exitedWith !== undefined ? `exited (${exitedWith}) before answering ${url}` : problem}:\n${server.output()}`);
}
