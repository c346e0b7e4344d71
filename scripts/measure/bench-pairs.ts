/**
 * npm run bench:pairs [-- --pairs 1000] [--occupations 5000] [--concurrency 1] [--port 3320] [--keep]
 *   [--prerender 200] [--prerender-occupations 100] [--seed S] [--proxy] [--proxy-port 8320] [--node-flags=F] [--skip-repeat]
 * npm run bench:pairs -- --url http://127.0.0.1:3000 --pid PID --generated DIR [--pairs 1000]
 *
 * "Any pair on demand": requests N comparison pages nobody has asked for
 * (never prerendered, never requested), one after another, then the same N
 * again, and prints p50/p95 server time for the first and the repeated
 * requests, with the server's resident memory before and after (from
 * /proc/<pid>/status). Server time is request → last byte over loopback,
 * gzip accepted, one keep-alive connection per worker.
 *
 * By default it builds and serves its own site on a seeded 5,000-occupation
 * corpus (like bench:serve). With --url it measures a server already
 * running: --pid for its memory, --generated for its occupations. With
 * --pairs 100000 it checks memory stays under 1 GB (--concurrency 2 and
 * --skip-repeat shorten the run; latencies are then not sequential ones).
 * With --proxy the requests go through deploy/nginx.conf in front of the
 * server, as deployed: repeats are then nginx cache hits.
 *
 * Targets: first request p50 < 50 ms, repeated p50 < 5 ms, RSS < 1 GB.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { cleanUpOnExit } from '../shared/child-process';
import { parseOptions, runIfMain } from '../shared/cli';
import { header } from '../shared/http-client';
import { startNginx, type NginxInstance } from '../shared/nginx-process';
import { assertPortFree } from '../shared/ports';
import { sendPaths } from '../shared/send-paths';
import { prepareBenchSite, readPairSource, type BenchSite } from './lib/bench-site';
import { folderSize } from './lib/folder-size';
import { describeMachine } from './lib/machine-info';
import { expectStatus } from './lib/measure-load';
import { sampleUnrequestedPairs } from './lib/pair-sample';
import { processCpuSeconds } from './lib/process-cpu';
import { formatMiB, readProcessMemory, type ProcessMemory } from './lib/process-memory';

const SEED = 20_261_128;
const TARGET_FIRST_P50_MS = 50;
const TARGET_REPEAT_P50_MS = 5;
const TARGET_RSS_BYTES = 1024 ** 3;

const Options = z
  .object({
    pairs: z.coerce.number().int().min(1).default(1000),
    // Another seed picks other pairs (the corpus stays the same): for measuring a running server again.
    seed: z.coerce.number().int().min(0).default(SEED),
    occupations: z.coerce.number().int().min(10).default(5000),
    prerender: z.coerce.number().int().min(2).default(200),
    // Occupation pages list every other occupation: prerendering all of them is slow at 5,000.
    'prerender-occupations': z.coerce.number().int().min(0).default(100),
    concurrency: z.coerce.number().int().min(1).max(64).default(1),
    // Only the first requests: for the long memory check, where repeating 100,000 pairs doubles the run.
    'skip-repeat': z.boolean().default(false),
    port: z.coerce.number().int().min(1024).max(65535).default(3320),
    keep: z.boolean().default(false),
    // Flags for next start; default as deployed (DEPLOYED_NODE_FLAGS in shared/next-server.ts), "" for Node's defaults.
    'node-flags': z.string().optional(),
    // Through deploy/nginx.conf in front of the server: repeats are then the proxy cache's hits.
    proxy: z.boolean().default(false),
    'proxy-port': z.coerce.number().int().min(1024).max(65535).default(8320),
    url: z.string().url().optional(),
    pid: z.coerce.number().int().min(1).optional(),
    generated: z.string().min(1).optional(),
  })
  .refine((o) => !o.url || (o.pid !== undefined && o.generated !== undefined), '--url needs --pid and --generated');

interface Target {
  baseUrl: string;
  pid: number;
  pairs: ReturnType<typeof readPairSource>;
  exclude: ReadonlySet<string>;
  /** The ingest output the server serves (the proxy's map of known slugs comes from it). */
  generatedDir: string;
  /** Folder the server's ISR cache is written to, when known: its growth is reported. */
  cacheDir?: string;
}

function log(line: string): void {
  console.log(`bench-pairs: ${line}`);
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

interface Pass {
  times: number[];
  /** X-Cache-Status (through the proxy) or x-nextjs-cache values seen, with counts. */
  cache: Map<string, number>;
  bytes: number;
  seconds: number;
  /** Server CPU time per request, ms: steadier than latency when others load the machine. */
  cpuMs: number;
}

/** Requests every path once, `concurrency` at a time over kept-alive connections. */
async function runPass(target: Target, paths: readonly string[], concurrency: number, label: string): Promise<Pass> {
  const times: number[] = new Array<number>(paths.length);
  const cache = new Map<string, number>();
  let bytes = 0;
  let done = 0;
  const step = Math.max(1, Math.floor(paths.length / 10));
  const cpuBefore = processCpuSeconds(target.pid);
  const sent = await sendPaths(target.baseUrl, paths, concurrency, { 'accept-encoding': 'gzip' }, (response, i) => {
    if (response.status !== 200) throw new Error(`GET ${paths[i]}: ${response.status}, expected 200`);
    times[i] = response.ms;
    bytes += response.body.length;
    // Through the proxy, its cache status says more than Next.js's (a proxy hit never reaches Next.js).
    const state = header(response, 'x-cache-status') || header(response, 'x-nextjs-cache') || '(none)';
    cache.set(state, (cache.get(state) ?? 0) + 1);
    if (++done % step === 0 && paths.length >= 1000) {
      log(`  ${label}: ${done}/${paths.length}, RSS ${formatMiB(readProcessMemory(target.pid).rssBytes)}`);
    }
  });
  const cpuMs = ((processCpuSeconds(target.pid) - cpuBefore) * 1000) / paths.length;
  return { times: [...times].sort((a, b) => a - b), cache, bytes, seconds: sent.seconds, cpuMs };
}

function describePass(name: string, pass: Pass, target: number): string {
  const p50 = percentile(pass.times, 50);
  const states = [...pass.cache].map(([state, n]) => `${state} ${n}`).join(', ');
  return (
    `${name}: p50 ${p50.toFixed(1)} ms, p95 ${percentile(pass.times, 95).toFixed(1)} ms, p99 ${percentile(pass.times, 99).toFixed(1)} ms, ` +
    `max ${percentile(pass.times, 100).toFixed(1)} ms; Next.js CPU ${pass.cpuMs.toFixed(1)} ms per request; ${pass.times.length} requests in ${pass.seconds.toFixed(1)} s, ` +
    `${(pass.bytes / pass.times.length / 1024).toFixed(1)} KiB each; cache ${states} ` +
    `(target p50 < ${target} ms: ${p50 < target ? 'ok' : 'MISSED'})`
  );
}

function describeMemory(name: string, memory: ProcessMemory): string {
  return `${name}: RSS ${formatMiB(memory.rssBytes)} (peak ${formatMiB(memory.peakRssBytes)})`;
}

async function main(): Promise<number> {
  const options = parseOptions(Options);
  for (const line of describeMachine()) log(line);

  let site: BenchSite | undefined;
  let target: Target;
  if (options.url && options.pid !== undefined && options.generated) {
    target = { baseUrl: options.url.replace(/\/$/, ''), pid: options.pid, pairs: readPairSource(path.resolve(options.generated)), exclude: new Set(), generatedDir: path.resolve(options.generated) };
    log(`measuring ${target.baseUrl} (pid ${target.pid}); pairs it already served earlier would count as repeats`);
  } else {
    site = await prepareBenchSite(
      {
        occupations: options.occupations,
        pagesPerOccupation: 4,
        seed: SEED,
        prerenderPairs: options.prerender,
        prerenderOccupations: options['prerender-occupations'],
        port: options.port,
        keep: options.keep,
        nodeFlags: options['node-flags'],
      },
      log,
    );
    target = {
      baseUrl: site.next.url,
      pid: site.next.pid,
      pairs: site.pairs,
      exclude: site.prerendered,
      generatedDir: site.generatedDir,
      // Where Next.js 16 writes pages rendered at run time.
      cacheDir: path.join(site.next.projectDir, '.next', 'server', 'route-cache'),
    };
  }

  let nginx: NginxInstance | undefined;
  const nginxDir = options.proxy ? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pairs-nginx-')) : undefined;
  const removeNginxDir = cleanUpOnExit(() => {
    if (nginxDir) fs.rmSync(nginxDir, { recursive: true, force: true });
  });
  try {
    if (nginxDir) {
      await assertPortFree(options['proxy-port']);
      nginx = await startNginx({ dir: nginxDir, listen: `127.0.0.1:${options['proxy-port']}`, upstream: new URL(target.baseUrl).host, generatedDir: target.generatedDir });
      log(`nginx in front: pid ${nginx.child.pid}, http://127.0.0.1:${options['proxy-port']} → ${target.baseUrl}`);
      target = { ...target, baseUrl: `http://127.0.0.1:${options['proxy-port']}` };
    }
    log(`${target.pairs.slugs.length} occupations; sampling ${options.pairs} never-requested pairs …`);
    const [warmUp, ...paths] = sampleUnrequestedPairs(target.pairs, options.pairs + 1, options.seed, target.exclude);
    const emptyCache = target.cacheDir ? folderSize(target.cacheDir).bytes : undefined;
    // One pair outside the sample loads the occupation data and warms the renderer, so the first
    // measured request is not also the server's first.
    const warm = warmUp ? await expectStatus(`${target.baseUrl}${warmUp}`, 200, { 'accept-encoding': 'gzip' }) : undefined;
    if (warm) log(`warm-up (${warmUp}): ${warm.ms.toFixed(0)} ms`);
    let cacheBefore: number | undefined;
    if (target.cacheDir && emptyCache !== undefined) {
      // Next.js writes each rendered pair to its cache folder; make sure the run fits on the disk.
      await new Promise((resolve) => setTimeout(resolve, 500));
      cacheBefore = folderSize(target.cacheDir).bytes;
      const projected = (cacheBefore - emptyCache) * paths.length;
      const stats = fs.statfsSync(path.dirname(target.cacheDir));
      const free = stats.bavail * stats.bsize;
      log(`ISR cache: about ${((cacheBefore - emptyCache) / 1024).toFixed(0)} KiB per pair on disk, ${formatMiB(projected)} for this run, ${formatMiB(free)} free`);
      if (projected > free / 2) throw new Error(`the run would write about ${formatMiB(projected)} of ISR cache, more than half the free disk; use fewer --pairs`);
    }
    const before = readProcessMemory(target.pid);
    log(`${describeMemory('before', before)}; concurrency ${options.concurrency}`);

    const first = await runPass(target, paths, options.concurrency, 'first');
    const afterFirst = readProcessMemory(target.pid);
    const repeat = options['skip-repeat'] ? undefined : await runPass(target, paths, options.concurrency, 'repeat');
    const after = readProcessMemory(target.pid);

    console.log('');
    console.log(describePass('first request   ', first, TARGET_FIRST_P50_MS));
    if (repeat) console.log(describePass('repeated request', repeat, TARGET_REPEAT_P50_MS));
    console.log(describeMemory('before          ', before));
    console.log(describeMemory('after first     ', afterFirst));
    console.log(
      `${describeMemory(repeat ? 'after repeat    ' : 'end             ', after)} ` +
        `(target < ${formatMiB(TARGET_RSS_BYTES)}: ${after.peakRssBytes < TARGET_RSS_BYTES ? 'ok' : 'MISSED'})`,
    );
    if (target.cacheDir && cacheBefore !== undefined) {
      const grown = folderSize(target.cacheDir).bytes - cacheBefore;
      console.log(`ISR cache on disk grew ${formatMiB(grown)} (${(grown / paths.length / 1024).toFixed(0)} KiB per pair)`);
    }
    const missed =
      percentile(first.times, 50) >= TARGET_FIRST_P50_MS ||
      (repeat !== undefined && percentile(repeat.times, 50) >= TARGET_REPEAT_P50_MS) ||
      after.peakRssBytes >= TARGET_RSS_BYTES;
    return missed ? 1 : 0;
  } finally {
    await nginx?.child.stop();
    removeNginxDir();
    await site?.close();
  }
}

runIfMain(import.meta.url, 'bench-pairs', main);
