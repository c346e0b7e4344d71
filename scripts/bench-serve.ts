/**
 * npm run bench:serve [-- --duration 30] [--connections 64] [--threads 2] [--timeout 10] [--occupations 500]
 *   [--prerender 200] [--scenarios a,b,c,d] [--keep] [--next-port 3310] [--proxy-port 8310] [--static-port 8311]
 *   [--node-flags=--max-old-space-size=768]
 *
 * How fast the site serves, in one run on 127.0.0.1: a seeded synthetic
 * corpus is ingested, built (in a snapshot, see scripts/serve/project-snapshot.ts)
 * and served by `next start`, then wrk (gzip accepted) measures
 *   (a) next start alone, one prerendered pair;
 *   (b) next start alone, a stream of pairs nobody requested before (rendered on demand);
 *   (c) deploy/nginx.conf in front of next start, the pair of (a);
 *   (d) nginx serving that page's HTML as a static file, same http settings (gzip included).
 * Prints requests/s, p50/p99 latency, errors and server CPU per request for
 * each, and (a) and (c) as shares of (d). Targets: (c) >= 80% of (d), (a) >= 10%.
 *
 * Needs nginx and wrk (`node scripts/setup.mjs --servers` installs them as root).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { parseOptions, runIfMain } from './cli';
import { prepareBenchSite, type BenchSite } from './serve/bench-site';
import { cleanUpOnExit, stopAll } from './serve/child-processes';
import { header, httpGet } from './serve/http-get';
import { describeMachine, loadAverage } from './serve/machine-info';
import { nginxBinary, staticServerBlock, startNginx, type NginxInstance } from './serve/nginx-process';
import { countUnrequestedPairs, sampleUnrequestedPairs } from './serve/pair-sample';
import { assertPortFree } from './server/next-server';
import { groupCpuSeconds } from './serve/process-cpu';
import { runWrk, wrkBinary, type WrkResult } from './serve/wrk';

const TARGET_PROXY_SHARE = 0.8;
const TARGET_BARE_SHARE = 0.1;
const SEED = 20_261_127;
/** Distinct never-requested paths for (b): far more than on-demand rendering gets through in a run. */
const STREAM_PATHS = 100_000;
const GZIP = 'Accept-Encoding: gzip';

const Options = z.object({
  duration: z.coerce.number().int().min(1).default(30),
  connections: z.coerce.number().int().min(1).default(64),
  threads: z.coerce.number().int().min(1).default(2),
  // wrk's own default (2 s) would count the queue in front of on-demand rendering in (b) as failures.
  timeout: z.coerce.number().int().min(1).default(10),
  occupations: z.coerce.number().int().min(10).default(500),
  prerender: z.coerce.number().int().min(2).default(200),
  scenarios: z
    .string()
    .default('a,b,c,d')
    .transform((s) => new Set(s.split(',').map((x) => x.trim())))
    .refine((set) => [...set].every((x) => ['a', 'b', 'c', 'd'].includes(x)), 'scenarios are a, b, c, d'),
  keep: z.boolean().default(false),
  // Flags for next start; default as deployed (scripts/serve/next-process.ts), "" for Node's defaults.
  'node-flags': z.string().optional(),
  'next-port': z.coerce.number().int().min(1024).max(65535).default(3310),
  'proxy-port': z.coerce.number().int().min(1024).max(65535).default(8310),
  'static-port': z.coerce.number().int().min(1024).max(65535).default(8311),
});
type Options = z.infer<typeof Options>;

function readOptions(): Options {
  return parseOptions(
    {
      duration: { type: 'string' },
      connections: { type: 'string' },
      threads: { type: 'string' },
      timeout: { type: 'string' },
      occupations: { type: 'string' },
      prerender: { type: 'string' },
      scenarios: { type: 'string' },
      keep: { type: 'boolean' },
      'node-flags': { type: 'string' },
      'next-port': { type: 'string' },
      'proxy-port': { type: 'string' },
      'static-port': { type: 'string' },
    },
    Options,
  );
}

interface Measured {
  label: string;
  result: WrkResult;
  /** Server CPU seconds (all processes of the measured servers) per request, in ms. */
  cpuMsPerRequest: number;
  load: string;
}

function log(line: string): void {
  console.log(`bench-serve: ${line}`);
}

async function measure(label: string, options: Options, url: string, serverGroups: number[], pathsFile?: string): Promise<Measured> {
  const load = loadAverage();
  log(`${label}: ${options.duration} s, ${options.connections} connections, ${options.threads} threads, ${options.timeout} s timeout (load ${load}) …`);
  const cpuBefore = serverGroups.reduce((sum, pid) => sum + groupCpuSeconds(pid), 0);
  const result = await runWrk({
    url,
    connections: options.connections,
    threads: options.threads,
    durationSeconds: options.duration,
    timeoutSeconds: options.timeout,
    headers: [GZIP],
    ...(pathsFile ? { pathsFile } : {}),
  });
  const cpu = serverGroups.reduce((sum, pid) => sum + groupCpuSeconds(pid), 0) - cpuBefore;
  return { label, result, cpuMsPerRequest: result.requests > 0 ? (cpu * 1000) / result.requests : Number.NaN, load };
}

/** Fails unless `url` answers 200 (wrk would count a redirect as a success). */
async function expectOk(url: string, headers: Record<string, string> = {}): Promise<Awaited<ReturnType<typeof httpGet>>> {
  const response = await httpGet(url, headers);
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}, expected 200`);
  return response;
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

function printTable(rows: Measured[]): void {
  const head = ['scenario', 'req/s', 'p50', 'p99', 'errors', 'server CPU/req', 'load before'];
  const body = rows.map((m) => [
    m.label,
    m.result.requestsPerSecond.toFixed(0),
    ms(m.result.p50Ms),
    ms(m.result.p99Ms),
    `${m.result.non2xx + m.result.socketErrors}` + (m.result.socketErrors > 0 ? ` (${m.result.socketErrors} socket)` : ''),
    ms(m.cpuMsPerRequest),
    m.load,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  for (const row of [head, ...body]) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '));
}

async function main(): Promise<number> {
  const options = readOptions();
  for (const line of describeMachine({ nginx: nginxBinary(), wrk: wrkBinary() })) log(line);
  for (const port of [options['proxy-port'], options['static-port']]) await assertPortFree(port);

  const site: BenchSite = await prepareBenchSite(
    {
      occupations: options.occupations,
      pagesPerOccupation: 4,
      seed: SEED,
      prerenderPairs: options.prerender,
      prerenderOccupations: options.occupations,
      port: options['next-port'],
      keep: options.keep,
      nodeFlags: options['node-flags'],
    },
    log,
  );
  const benchDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-serve-'));
  // nginx's own folder, chowned to it when it runs as nobody (see nginx-process.ts).
  const nginxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-serve-nginx-'));
  const removeFolders = cleanUpOnExit(() => {
    if (options.keep) log(`kept: ${benchDir}, nginx folder ${nginxDir}`);
    else for (const dir of [benchDir, nginxDir]) fs.rmSync(dir, { recursive: true, force: true });
  });
  let nginx: NginxInstance | undefined;
  const rows = new Map<string, Measured>();
  try {
    const pair = [...site.prerendered].find((p) => p.startsWith('/compare/') && !p.endsWith('/opengraph-image'));
    if (!pair) throw new Error('the build prerendered no comparison page');
    const nextUrl = `${site.baseUrl}${pair}`;
    // Twice: the first request after start may still be filling Next.js's in-memory cache.
    await expectOk(nextUrl);
    const page = await expectOk(nextUrl);
    const gzipped = await expectOk(nextUrl, { 'accept-encoding': 'gzip' });
    log(`page: ${pair}: ${page.body.length} bytes of HTML, ${gzipped.body.length} gzipped by next start (x-nextjs-cache: ${header(page, 'x-nextjs-cache')})`);

    if (options.scenarios.has('a')) rows.set('a', await measure('(a) next start, prerendered pair', options, nextUrl, [site.next.pid]));

    if (options.scenarios.has('b')) {
      const count = Math.min(STREAM_PATHS + 1, countUnrequestedPairs(site.pairs, site.prerendered));
      const paths = sampleUnrequestedPairs(site.pairs, count, SEED, site.prerendered);
      // One held-out path checks that on-demand pages answer 200 without spending one of the stream's.
      const probe = paths.pop();
      if (probe) await expectOk(`${site.baseUrl}${probe}`);
      const pathsFile = path.join(benchDir, 'stream-paths.txt');
      fs.writeFileSync(pathsFile, `${paths.join('\n')}\n`);
      const measured = await measure('(b) next start, never-requested pairs', options, site.baseUrl, [site.next.pid], pathsFile);
      rows.set('b', measured);
      log(`(b) requested ${measured.result.requests} distinct pairs of ${paths.length}; threads started over ${measured.result.wrapped ?? 0} times`);
    }

    if (options.scenarios.has('c') || options.scenarios.has('d')) {
      const staticRoot = path.join(nginxDir, 'static');
      fs.mkdirSync(path.join(staticRoot, path.dirname(pair)), { recursive: true });
      fs.writeFileSync(path.join(staticRoot, `${pair}.html`), page.body);
      nginx = await startNginx({
        dir: nginxDir,
        listen: `127.0.0.1:${options['proxy-port']}`,
        upstream: `127.0.0.1:${options['next-port']}`,
        extraConf: staticServerBlock(`127.0.0.1:${options['static-port']}`, staticRoot),
      });
      log(`nginx: pid ${nginx.child.pid}, proxy :${options['proxy-port']}, static :${options['static-port']}, files in ${nginxDir}`);
      const proxyUrl = `http://127.0.0.1:${options['proxy-port']}${pair}`;
      const staticUrl = `http://127.0.0.1:${options['static-port']}${pair}`;
      await expectOk(proxyUrl, { 'accept-encoding': 'gzip' });
      const hit = await expectOk(proxyUrl, { 'accept-encoding': 'gzip' });
      if (header(hit, 'x-cache-status') !== 'HIT') throw new Error(`the proxy did not cache ${pair}: X-Cache-Status ${header(hit, 'x-cache-status') || 'missing'}`);
      const staticPage = await expectOk(staticUrl, { 'accept-encoding': 'gzip' });
      log(`nginx gzip: ${hit.body.length} bytes from the proxy cache, ${staticPage.body.length} from the static file`);
      if (options.scenarios.has('c')) rows.set('c', await measure('(c) nginx proxy cache → next start', options, proxyUrl, [nginx.child.pid, site.next.pid]));
      if (options.scenarios.has('d')) rows.set('d', await measure('(d) nginx static file', options, staticUrl, [nginx.child.pid]));
    }
  } finally {
    await nginx?.child.stop();
    await site.close();
    removeFolders();
  }

  console.log('');
  printTable([...rows.values()]);
  const d = rows.get('d');
  let failed = false;
  if (d) {
    console.log('');
    for (const [key, target] of [
      ['a', TARGET_BARE_SHARE],
      ['c', TARGET_PROXY_SHARE],
    ] as const) {
      const row = rows.get(key);
      if (!row) continue;
      const share = row.result.requestsPerSecond / d.result.requestsPerSecond;
      const ok = share >= target;
      failed ||= !ok;
      // Requests/s follow whatever else the machine is doing; server CPU per request does not, so the
      // capacity ratio it implies is printed too (for (a), Node's one main thread is the tighter limit).
      const byCpu = d.cpuMsPerRequest / row.cpuMsPerRequest;
      console.log(
        `(${key}) / (d): ${(share * 100).toFixed(1)}% of static nginx's requests/s (target >= ${target * 100}%) ${ok ? 'ok' : 'MISSED'}; ` +
          `${(byCpu * 100).toFixed(1)}% by server CPU per request`,
      );
    }
  }
  const errors = [...rows.values()].filter((m) => m.result.non2xx + m.result.socketErrors > 0);
  for (const m of errors) console.log(`${m.label}: ${m.result.non2xx} non-2xx/3xx, ${m.result.socketErrors} socket errors`);
  return failed ? 1 : 0;
}

runIfMain(import.meta.url, 'bench-serve', main, stopAll);
