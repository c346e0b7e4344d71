/**
 * Waits for a freshly started server to answer, failing fast (with its
 * output) if it exits first instead of waiting out the whole timeout.
 */
import type { Child } from './child-process';
import { httpGet } from './http-client';

/**
 * Asks `probe` every `everyMs` until it answers (not undefined), and returns
 * that. Throws, with the server's output, when the server exits first, the
 * probe throws (the server came up broken), or the timeout passes; the
 * server is stopped then. `what` names what is awaited, for the message.
 */
export async function waitForChild<T>(server: Child, what: string, probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let exitedWith: number | string | undefined;
  void server.exited.then((code) => {
    exitedWith = code;
  });
  let problem = `did not answer ${what} within ${timeoutMs / 1000} s`;
  while (Date.now() < deadline && exitedWith === undefined) {
    let answer: T | undefined;
    try {
      answer = await probe();
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
      break;
    }
    if (answer !== undefined) return answer;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  // Read before stopping it: the stop itself would count as an exit.
  const why = exitedWith !== undefined ? `exited (${exitedWith}) before answering ${what}` : problem;
  await server.stop();
  throw new Error(`${server.name} ${why}:\n${server.output()}`);
}

/**
 * Waits until `url` answers, and returns its status (see waitForChild); an
 * answer of 5xx means the server came up broken. A dynamic path (an API
 * route) caches no page while waiting.
 */
export function waitUntilServing(server: Child, url: string, timeoutMs = 60_000): Promise<number> {
  return waitForChild(
    server,
    url,
    async () => {
      const status = await httpGet(url, {}, undefined, 10_000).then(
        (response) => response.status,
        () => undefined,
      );
      if (status !== undefined && status >= 500) throw new Error(`answered ${status} on ${url}`);
      return status;
    },
    timeoutMs,
  );
}
