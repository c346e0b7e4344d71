/**
 * One load measurement as the serving benchmarks take it: a warm-up that is
 * not counted, then wrk for the given time, with the server CPU the run cost
 * read from /proc (steadier than requests/s on a shared machine).
 */
import { loadAverage } from './machine-info';
import { groupCpuSeconds } from './process-cpu';
import { runWrk, type WrkResult } from './wrk';

/** No route has this path: Next.js answers it with the build's prerendered 404, the least it does for any request. */
export const NO_ROUTE_PATH = '/no-route-has-this-path';

/** As sent in Accept-Encoding, and as expected back in Content-Encoding ("identity" for none). */
export type Encoding = 'gzip' | 'br' | 'identity';

export interface LoadSettings {
  duration: number;
  connections: number;
  threads: number;
  timeout: number;
}

export interface LoadTarget {
  url: string;
  /** Process groups whose CPU time the measurement counts. */
  servers: number[];
  encoding?: Encoding;
  /** Request these paths, each once while they last (no warm-up: it would spend them). */
  pathsFile?: string;
}

export interface Measured {
  label: string;
  result: WrkResult;
  /** Server CPU seconds (all processes of the measured servers) per request, in ms. */
  cpuMsPerRequest: number;
  /** Mean response size on the wire (headers and body), bytes. */
  bytesPerResponse: number;
  /** The machine's load average just before the measured run. */
  load: string;
}

/** Seconds of load, not counted, before each measurement: connections open, caches and JIT warm. */
const WARM_UP_SECONDS = 3;

export async function measureLoad(label: string, settings: LoadSettings, target: LoadTarget, log: (line: string) => void): Promise<Measured> {
  const headers = [`Accept-Encoding: ${target.encoding ?? 'gzip'}`];
  const common = { url: target.url, connections: settings.connections, threads: settings.threads, timeoutSeconds: settings.timeout, headers };
  if (!target.pathsFile) await runWrk({ ...common, durationSeconds: WARM_UP_SECONDS });
  const load = loadAverage();
  log(`${label}: ${settings.duration} s, ${settings.connections} connections, ${settings.threads} thread(s) (load ${load}) …`);
  const cpuSeconds = () => target.servers.reduce((sum, pid) => sum + groupCpuSeconds(pid), 0);
  const cpuBefore = cpuSeconds();
  const result = await runWrk({ ...common, durationSeconds: settings.duration, ...(target.pathsFile ? { pathsFile: target.pathsFile } : {}) });
  const cpu = cpuSeconds() - cpuBefore;
  const perRequest = (value: number) => (result.requests > 0 ? value / result.requests : Number.NaN);
  return { label, result, cpuMsPerRequest: perRequest(cpu * 1000), bytesPerResponse: perRequest(result.bytesRead), load };
}

/** A duration for the tables: "0.53 ms", "86.4 ms", "1.56 s". */
export function formatMs(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

/** Prints rows as a table: the first column left-aligned, the rest right-aligned. */
export function printTable(head: string[], body: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  for (const row of [head, ...body]) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '));
}
