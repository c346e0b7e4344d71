/**
 * The tools' HTTP client: the request target goes out byte for byte (no URL
 * parser resolves "../" or re-encodes an escape first), the body is kept as
 * sent (no decompression, unlike fetch), and each response is timed to its
 * last byte: sizes on the wire, exact headers, and server time as a client
 * on the same host sees it.
 */
import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** Request sent → last body byte received, milliseconds. */
  ms: number;
  /** Times it was sent again because a kept-alive socket was closed under it (see closedUnderRequest). */
  resent: number;
}

export interface RequestOptions {
  method?: 'GET' | 'HEAD';
  headers?: Record<string, string>;
  agent?: http.Agent;
  timeoutMs?: number;
  /** Largest response head accepted; Node's default is 16 KiB. */
  maxHeaderSize?: number;
}

/**
 * True when a request failed because the server closed the kept-alive socket
 * it went out on (its idle timeout): the request never reached the
 * application, and Node's documented remedy is to send it again on a new
 * socket.
 */
function closedUnderRequest(request: http.ClientRequest, error: NodeJS.ErrnoException): boolean {
  return request.reusedSocket && error.code === 'ECONNRESET';
}

/** Sends `target` (path and query, as written) to `origin` and reads the whole response. */
export function sendRequest(origin: string, target: string, options: RequestOptions = {}): Promise<RawResponse> {
  const { method = 'GET', headers = {}, agent, timeoutMs = 60_000, maxHeaderSize } = options;
  const base = new URL(origin);
  const send = (resent: number) =>
    new Promise<RawResponse>((resolve, reject) => {
      const started = performance.now();
      const request = http.request({ host: base.hostname, port: base.port, method, path: target, headers, agent, maxHeaderSize }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), ms: performance.now() - started, resent }),
        );
        response.on('error', reject);
      });
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (closedUnderRequest(request, error)) send(resent + 1).then(resolve, reject);
        else reject(error);
      });
      request.setTimeout(timeoutMs, () => request.destroy(new Error(`${method} ${origin}${target.slice(0, 300)}: no answer in ${timeoutMs / 1000} s`)));
      request.end();
    });
  return send(0);
}

/** GET `url` (see sendRequest). */
export function httpGet(url: string, headers: Record<string, string> = {}, agent?: http.Agent, timeoutMs?: number): Promise<RawResponse> {
  const { origin, pathname, search } = new URL(url);
  return sendRequest(origin, `${pathname}${search}`, { headers, agent, timeoutMs });
}

export function header(response: RawResponse, name: string): string {
  const value = response.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}
