/**
 * Requests each path once, `concurrency` at a time over kept-alive
 * connections, and counts the answers by status: for runs that must reach a
 * known number of distinct URLs (wrk runs for a time, not a count). A caller
 * that needs more of each answer (its time, its headers) passes `onAnswer`.
 */
import http from 'node:http';
import { httpGet, type RawResponse } from './http-client';

export interface SendResult {
  statuses: Map<number, number>;
  seconds: number;
}

/** Called with each answer and the index of its path; a throw rejects sendPaths with it. */
type OnAnswer = (response: RawResponse, index: number) => void;

export async function sendPaths(baseUrl: string, paths: readonly string[], concurrency: number, headers: Record<string, string> = {}, onAnswer?: OnAnswer): Promise<SendResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < paths.length; i = next++) {
      const response = await httpGet(`${baseUrl}${paths[i]}`, headers, agent);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      onAnswer?.(response, i);
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
