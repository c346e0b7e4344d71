/**
 * Requests each path once, `concurrency` at a time over kept-alive
 * connections, and counts the answers by status: for runs that must reach a
 * known number of distinct URLs (wrk runs for a time, not a count).
 */
import http from 'node:http';
import { httpGet } from './http-client';

export interface SendResult {
  statuses: Map<number, number>;
  seconds: number;
}

export async function sendPaths(baseUrl: string, paths: readonly string[], concurrency: number, headers: Record<string, string> = {}): Promise<SendResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < paths.length; i = next++) {
      const response = await httpGet(`${baseUrl}${paths[i]}`, headers, agent);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
  return { statuses, seconds: (performance.now() - started) / 1000 };
}

export function formatStatuses(statuses: ReadonlyMap<number, number>): string {
  return [...statuses].map(([status, count]) => `${count.toLocaleString('en-US')} × ${status}`).join(', ');
}
