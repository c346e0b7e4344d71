/**
 * One load measurement as the serving benchmarks take it: a warm-up that is
 * not counted, then wrk for the given time, with the server CPU the run cost
 * read from /proc (steadier than requests/s on a shared machine); and the
 * paths and status checks the benchmarks probe a server with before it.
 */
import { httpGet, type RawResponse } from '../../shared/http-client';
import { loadAverage } from './machine-info';
import { groupCpuSeconds } from './process-cpu';
import { runWrk, type WrkResult } from './wrk';

/** No route has this path: Next.js answers it with the build's prerendered 404, the least it does for any request. */
export const NO_ROUTE_PATH = '/no-route-has-this-path';

/** A pair of made-up slugs: proxy.ts answers it from the slug table; without proxy.ts the pair route renders a 404. */
export const MADE_UP_PAIR_PATH = '/compare/made-up-probe-vs-made-up-probe-2';

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

/** Fails unless `url` answers `status` (wrk would count a redirect as a success). */
export async function expectStatus(url: string, status: number, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await httpGet(url, headers);
  if (response.status !== status) throw new Error(`GET ${url}: ${response.status}, expected ${status}`);
  return response;
}
