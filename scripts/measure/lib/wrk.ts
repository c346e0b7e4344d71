/** Runs wrk and reads its report: requests/s, latency percentiles, errors. */
import fs from 'node:fs';
import path from 'node:path';
import { startChild } from '../../shared/child-process';

export function wrkBinary(): string {
  return process.env.WRK ?? (fs.existsSync('/usr/bin/wrk') ? '/usr/bin/wrk' : 'wrk');
}

export interface WrkOptions {
  url: string;
  connections: number;
  threads: number;
  durationSeconds: number;
  /** A response slower than this counts as a (timeout) socket error. */
  timeoutSeconds: number;
  headers?: readonly string[];
  /** Request these paths (one per line) instead of the URL's, each once while they last. */
  pathsFile?: string;
  /** Otherwise a Lua script of the caller's, with its arguments. */
  script?: { file: string; args: readonly string[] };
}

export interface WrkResult {
  requests: number;
  requestsPerSecond: number;
  /** Bytes read from the server (headers and bodies), as wrk reports them (to its rounding). */
  bytesRead: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses that were not 2xx or 3xx (wrk counts 3xx as success; callers check the status first). */
  non2xx: number;
  /** connect + read + write + timeout. */
  socketErrors: number;
  /** Times a thread ran out of distinct paths and started over (pathsFile runs only). */
  wrapped?: number;
  raw: string;
}

const UNIT_BYTES: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function duration(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  const unit = match?.[2];
  if (!match?.[1] || unit === undefined) throw new Error(`wrk: unreadable latency "${text}"`);
  return Number(match[1]) * (UNIT_MS[unit] ?? Number.NaN);
}

export function parseWrkOutput(raw: string): WrkResult {
  const number = (pattern: RegExp, fallback?: number): number => {
    const match = pattern.exec(raw);
    if (match?.[1] !== undefined) return Number(match[1]);
    if (fallback !== undefined) return fallback;
    throw new Error(`wrk: no ${pattern} in output:\n${raw}`);
  };
  const percentile = (p: string): number => {
    const match = new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm').exec(raw);
    if (!match?.[1]) throw new Error(`wrk: no ${p}% latency in output:\n${raw}`);
    return duration(match[1]);
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(raw);
  const read = /requests in \S+, ([\d.]+)(B|KB|MB|GB) read/.exec(raw);
  if (!read?.[1] || !read[2]) throw new Error(`wrk: no bytes read in output:\n${raw}`);
  const wrapped = /^paths: \d+, wrapped: (\d+)$/m.exec(raw);
  return {
    requests: number(/(\d+) requests in /),
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    bytesRead: Number(read[1]) * (UNIT_BYTES[read[2]] ?? Number.NaN),
    p50Ms: percentile('50'),
    p99Ms: percentile('99'),
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/, 0),
    socketErrors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    ...(wrapped?.[1] ? { wrapped: Number(wrapped[1]) } : {}),
    raw,
  };
}

export async function runWrk(options: WrkOptions): Promise<WrkResult> {
  const args = ['-t', String(options.threads), '-c', String(options.connections), '-d', `${options.durationSeconds}s`, '--timeout', `${options.timeoutSeconds}s`, '--latency'];
  for (const header of options.headers ?? []) args.push('-H', header);
  const script = options.pathsFile ? { file: path.join(import.meta.dirname, 'wrk-paths.lua'), args: [options.pathsFile, String(options.threads)] } : options.script;
  if (script) args.push('-s', script.file);
  args.push(options.url);
  if (script) args.push('--', ...script.args);
  const child = startChild('wrk', wrkBinary(), args);
  const code = await child.exited;
  if (code !== 0) throw new Error(`wrk exited ${code}:\n${child.output()}`);
  return parseWrkOutput(child.output());
}
