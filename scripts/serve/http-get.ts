/**
 * A GET that keeps the body as sent (no decompression, unlike fetch) and
 * times it to the last byte: sizes on the wire, exact headers, and server
 * time as a client on the same host sees it.
 */
import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** Request sent → last body byte received, milliseconds. */
  ms: number;
}

/**
 * True when a request failed because the server closed the kept-alive socket
 * it went out on (its idle timeout): the request never reached the
 * application, and Node's documented remedy is to send it again, once, on a
 * new socket.
 */
export function closedUnderRequest(request: http.ClientRequest, error: NodeJS.ErrnoException): boolean {
  return request.reusedSocket && error.code === 'ECONNRESET';
}

/** GET `url`, sent again once if the kept-alive socket was closed under it (see closedUnderRequest). */
export function httpGet(url: string, headers: Record<string, string> = {}, agent?: http.Agent): Promise<RawResponse> {
  const send = (resent: boolean) =>
    new Promise<RawResponse>((resolve, reject) => {
      const started = performance.now();
      const request = http.get(url, { headers, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), ms: performance.now() - started }),
        );
        response.on('error', reject);
      });
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (!resent && closedUnderRequest(request, error)) send(true).then(resolve, reject);
        else reject(error);
      });
      request.setTimeout(60_000, () => request.destroy(new Error(`GET ${url}: no answer in 60 s`)));
    });
  return send(false);
}

export function header(response: RawResponse, name: string): string {
  const value = response.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}
