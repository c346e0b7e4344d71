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
 * GET `url`. A request sent on a kept-alive socket that the server closed at
 * that moment (its idle timeout) fails before any answer: that one is sent
 * again, once, on a new socket, as Node's HTTP documentation advises;
 * anything else fails the request.
 */
export function httpGet(url: string, headers: Record<string, string> = {}, agent?: http.Agent): Promise<RawResponse> {
  return getOnce(url, headers, agent).catch((error: unknown) => {
    if (error instanceof StaleSocketError) return getOnce(url, headers, agent);
    throw error;
  });
}

/** The server closed a reused keep-alive socket before answering. */
class StaleSocketError extends Error {}

function getOnce(url: string, headers: Record<string, string>, agent: http.Agent | undefined): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let answered = false;
    const request = http.get(url, { headers, agent }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), ms: performance.now() - started }),
      );
      response.on('error', reject);
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      const stale = request.reusedSocket && !answered && error.code === 'ECONNRESET';
      reject(stale ? new StaleSocketError(`GET ${url}: ${error.message} on a kept-alive socket`) : error);
    });
    request.setTimeout(60_000, () => request.destroy(new Error(`GET ${url}: no answer in 60 s`)));
  });
}

export function header(response: RawResponse, name: string): string {
  const value = response.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}
