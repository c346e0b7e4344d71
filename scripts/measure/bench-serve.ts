/**
 * npm run bench:serve [-- --duration 30] [--connections 64] [--threads 1] [--timeout 10] [--occupations 500]
 *   [--prerender 200] [--scenarios anchor,proxy,proxy-404,origin,origin-404,origin-floor,origin-new,memory] [--keep]
 *   [--next-port 3310] [--proxy-port 8310] [--static-port 8311] [--node-flags=--max-old-space-size=768]
 *
 * How fast the site serves, in one run on 127.0.0.1, against the real limit.
 * A seeded synthetic corpus is ingested, built (in a snapshot, see
 * lib/project-snapshot.ts) and served by `next start` (the same
 * server the standalone build runs). One nginx runs deploy/nginx.conf and,
 * on a second port with the same workers, the anchor: one prerendered pair
 * page's HTML as static files, precompressed once (gzip -9, brotli 11) and
 * sent as they are (`gzip_static`, `brotli_static`). wrk measures, each for
 * gzip, brotli and uncompressed clients where it applies:
 *   anchor        nginx sending the precompressed page
 *   proxy         that page, a cache hit through deploy/nginx.conf
 *   proxy-404     never-seen made-up pair URLs through the proxy
 *   origin        that page from next start alone
 *   origin-404    never-seen made-up pair URLs from next start alone
 *   origin-floor  /robots.txt and a path no route matches (the prerendered 404), from next start
 *                 alone: the least a request through Next.js costs
 *   origin-new    never-requested real pairs from next start alone (rendered on demand)
 * and memory sends 100,000 distinct made-up URLs to each server (and
 * 100,000 query strings on the cached page to the proxy), then prints RSS
 * and cache size before and after. Prints requests/s, latency, errors and
 * server CPU per request, then every ratio the targets name.
 *
 * Needs nginx and wrk, and for brotli Debian's brotli modules
 * (`node scripts/setup.mjs --servers` installs them as root).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { z } from 'zod';
import { brotliModulesInstalled } from '../nginx-config';
import { cleanUpOnExit } from '../shared/child-process';
import { parseOptions, runIfMain } from '../shared/cli';
import { header, type RawResponse } from '../shared/http-client';
import { nginxBinary, staticServerBlock, startNginx, type NginxInstance } from '../shared/nginx-process';
import { assertPortFree } from '../shared/ports';
import { formatStatuses, sendPaths } from '../shared/send-paths';
import { prepareBenchSite, type BenchSite } from './lib/bench-site';
import { folderSize } from './lib/folder-size';
import { describeMachine } from './lib/machine-info';
import { formatMs, printTable } from './lib/format-table';
import { expectStatus, MADE_UP_PAIR_PATH, measureLoad, NO_ROUTE_PATH, type Encoding, type LoadTarget, type Measured } from './lib/measure-load';
import { countUnrequestedPairs, sampleUnrequestedPairs } from './lib/pair-sample';
import { formatMiB } from './lib/process-memory';
import { treeRssBytes } from './lib/process-tree-rss';
import { wrkBinary } from './lib/wrk';

/** Issue #14's targets, some relative to the tree before it (docs/benchmarks.md). */
const TARGETS = {
  proxyShare: 0.8,
  proxy404Share: 0.5,
  origin404Factor: 10,
  origin404Before: 68,
  originShareFactor: 3,
  originShareBefore: 313 / 29_447,
};
const SEED = 20_261_127;
/** Distinct never-requested paths for the streams: more than any run gets through. */
const STREAM_PATHS = 100_000;
/** Distinct made-up URLs the memory run sends to each server. */
const MEMORY_PATHS = 100_000;
const MEMORY_CONCURRENCY = 16;

const SCENARIOS = ['anchor', 'proxy', 'proxy-404', 'origin', 'origin-404', 'origin-floor', 'origin-new', 'memory'] as const;
type Scenario = (typeof SCENARIOS)[number];
const isScenario = (name: string): name is Scenario => SCENARIOS.some((s) => s === name);


const Options = z.object({
  duration: z.coerce.number().int().min(1).default(30),
  connections: z.coerce.number().int().min(1).default(64),
  // One wrk thread, as the figures this benchmark answers were taken: on two cores a second
  // thread takes CPU from the servers it measures.
  threads: z.coerce.number().int().min(1).default(1),
  // wrk's own default (2 s) would count the queue in front of on-demand rendering as failures.
  timeout: z.coerce.number().int().min(1).default(10),
  occupations: z.coerce.number().int().min(10).default(500),
  prerender: z.coerce.number().int().min(2).default(200),
  scenarios: z
    .string()
    .default(SCENARIOS.join(','))
    .transform((s, ctx) => {
      const names = s.split(',').map((x) => x.trim());
      const chosen = new Set<Scenario>();
      for (const name of names) {
        if (isScenario(name)) chosen.add(name);
        else ctx.addIssue({ code: 'custom', message: `unknown scenario "${name}"; scenarios are ${SCENARIOS.join(', ')}` });
      }
      return chosen;
    }),
  keep: z.boolean().default(false),
  // Flags for next start; default as deployed (DEPLOYED_NODE_FLAGS in shared/next-server.ts), "" for Node's defaults.
  'node-flags': z.string().optional(),
  'next-port': z.coerce.number().int().min(1024).max(65535).default(3310),
  'proxy-port': z.coerce.number().int().min(1024).max(65535).default(8310),
  'static-port': z.coerce.number().int().min(1024).max(65535).default(8311),
});
type Options = z.infer<typeof Options>;

function log(line: string): void {
  console.log(`bench-serve: ${line}`);
}

const measure = (label: string, options: Options, target: LoadTarget): Promise<Measured> => measureLoad(label, options, target, log);

/** Fails unless a client accepting `encoding` gets the page compressed that way, and identical to `html` once decoded. */
function expectSameBytes(label: string, response: RawResponse, encoding: Encoding, html: Buffer): void {
  const sent = header(response, 'content-encoding') || 'identity';
  if (sent !== encoding) throw new Error(`${label}: Content-Encoding ${sent}, expected ${encoding}`);
  const decoded = encoding === 'gzip' ? zlib.gunzipSync(response.body) : encoding === 'br' ? zlib.brotliDecompressSync(response.body) : response.body;
  if (!decoded.equals(html)) throw new Error(`${label}: the decoded body differs from the page next start rendered`);
}

function printResults(rows: Measured[]): void {
  const head = ['scenario', 'req/s', 'p50', 'p99', 'errors', 'bytes/resp', 'server CPU/req', 'load before'];
  const body = rows.map((m) => [
    m.label,
    m.result.requestsPerSecond.toFixed(0),
    formatMs(m.result.p50Ms),
    formatMs(m.result.p99Ms),
    `${m.result.socketErrors}` + (m.result.socketErrors > 0 ? ' socket' : ''),
    Math.round(m.bytesPerResponse).toLocaleString('en-US'),
    formatMs(m.cpuMsPerRequest),
    m.load,
  ]);
  printTable(head, body);
}

/** Made-up pair paths, distinct, in the shape of real ones. */
function madeUpPairs(count: number, tag: string): string[] {
  return Array.from({ length: count }, (_, i) => `/compare/${tag}-${i}-vs-made-up-${i}`);
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

async function main(): Promise<number> {
  const options = parseOptions(Options);
  const want = (s: Scenario) => options.scenarios.has(s);
  const brotli = brotliModulesInstalled();
  for (const line of describeMachine({ nginx: nginxBinary(), wrk: wrkBinary() })) log(line);
  log(`brotli: ${brotli ? 'on (nginx modules installed)' : 'off (install libnginx-mod-http-brotli-filter and -static)'}`);
  const encodings: Encoding[] = brotli ? ['gzip', 'br', 'identity'] : ['gzip', 'identity'];
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
  // nginx's own folder, chowned to it when it runs as nobody (see shared/nginx-process.ts).
  const nginxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-serve-nginx-'));
  const removeFolders = cleanUpOnExit(() => {
    if (options.keep) log(`kept: ${benchDir}, nginx folder ${nginxDir}`);
    else for (const dir of [benchDir, nginxDir]) fs.rmSync(dir, { recursive: true, force: true });
  });
  let nginx: NginxInstance | undefined;
  const rows = new Map<string, Measured>();
  const memoryLines: string[] = [];
  try {
    const pair = [...site.prerendered].find((p) => p.startsWith('/compare/') && !p.endsWith('/opengraph-image'));
    if (!pair) throw new Error('the build prerendered no comparison page');
    const next = { base: site.next.url, servers: [site.next.pid] };
    // Twice: the first request after start may still be filling Next.js's in-memory cache.
    await expectStatus(`${next.base}${pair}`, 200);
    const html = (await expectStatus(`${next.base}${pair}`, 200)).body;
    const nextGzip = await expectStatus(`${next.base}${pair}`, 200, { 'accept-encoding': 'gzip' });
    log(`page: ${pair}: ${html.length.toLocaleString('en-US')} bytes of HTML; next start sends ${nextGzip.body.length.toLocaleString('en-US')} gzipped`);

    const staticRoot = path.join(nginxDir, 'static');
    const file = path.join(staticRoot, `${pair}.html`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, html);
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(html, { level: 9 }));
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    nginx = await startNginx({
      dir: nginxDir,
      listen: `127.0.0.1:${options['proxy-port']}`,
      upstream: new URL(site.next.url).host,
      generatedDir: site.generatedDir,
      extraConf: staticServerBlock(`127.0.0.1:${options['static-port']}`, staticRoot, brotli),
    });
    const proxy = { base: `http://127.0.0.1:${options['proxy-port']}`, servers: [nginx.child.pid, site.next.pid] };
    const anchor = { base: `http://127.0.0.1:${options['static-port']}`, servers: [nginx.child.pid] };
    log(`nginx: pid ${nginx.child.pid}, proxy :${options['proxy-port']}, anchor :${options['static-port']}, files in ${nginxDir}`);

    // Every client gets the page in its encoding, cached, and the same bytes once decoded.
    for (const encoding of encodings) {
      const accept = { 'accept-encoding': encoding };
      await expectStatus(`${proxy.base}${pair}`, 200, accept);
      const hit = await expectStatus(`${proxy.base}${pair}`, 200, accept);
      if (header(hit, 'x-cache-status') !== 'HIT') throw new Error(`the proxy did not cache ${pair} for ${encoding}: X-Cache-Status ${header(hit, 'x-cache-status') || 'missing'}`);
      expectSameBytes(`proxy, ${encoding}`, hit, encoding, html);
      const precompressed = await expectStatus(`${anchor.base}${pair}`, 200, accept);
      expectSameBytes(`anchor, ${encoding}`, precompressed, encoding, html);
      log(`${encoding}: ${hit.body.length.toLocaleString('en-US')} bytes from the proxy cache, ${precompressed.body.length.toLocaleString('en-US')} precompressed`);
    }
    await expectStatus(`${proxy.base}${MADE_UP_PAIR_PATH}`, 404);
    await expectStatus(`${next.base}${MADE_UP_PAIR_PATH}`, 404);

    const streamFile = (name: string, paths: string[]) => {
      const target = path.join(benchDir, name);
      fs.writeFileSync(target, `${paths.join('\n')}\n`);
      return target;
    };

    for (const encoding of encodings) {
      if (want('anchor')) rows.set(`anchor ${encoding}`, await measure(`anchor: nginx, precompressed file, ${encoding}`, options, { url: `${anchor.base}${pair}`, servers: anchor.servers, encoding }));
      if (want('proxy')) rows.set(`proxy ${encoding}`, await measure(`proxy: cache hit, ${encoding}`, options, { url: `${proxy.base}${pair}`, servers: proxy.servers, encoding }));
    }
    if (want('proxy-404')) {
      const pathsFile = streamFile('proxy-404.txt', madeUpPairs(STREAM_PATHS, 'proxy-stream'));
      rows.set('proxy-404', await measure('proxy-404: made-up pairs, gzip', options, { url: proxy.base, servers: proxy.servers, pathsFile }));
    }
    if (want('origin')) rows.set('origin', await measure('origin: next start, prerendered pair, gzip', options, { url: `${next.base}${pair}`, servers: next.servers }));
    if (want('origin-404')) {
      const pathsFile = streamFile('origin-404.txt', madeUpPairs(STREAM_PATHS, 'origin-stream'));
      rows.set('origin-404', await measure('origin-404: next start, made-up pairs, gzip', options, { url: next.base, servers: next.servers, pathsFile }));
    }
    if (want('origin-floor')) {
      await expectStatus(`${next.base}/robots.txt`, 200);
      rows.set('origin-floor', await measure('origin-floor: next start, /robots.txt', options, { url: `${next.base}/robots.txt`, servers: next.servers }));
      await expectStatus(`${next.base}${NO_ROUTE_PATH}`, 404);
      rows.set('origin-no-route', await measure(`origin-floor: next start, ${NO_ROUTE_PATH} (no route)`, options, { url: `${next.base}${NO_ROUTE_PATH}`, servers: next.servers }));
    }
    if (want('origin-new')) {
      const count = Math.min(STREAM_PATHS + 1, countUnrequestedPairs(site.pairs, site.prerendered));
      const paths = sampleUnrequestedPairs(site.pairs, count, SEED, site.prerendered);
      // One held-out path checks that on-demand pages answer 200 without spending one of the stream's.
      const probe = paths.pop();
      if (probe) await expectStatus(`${next.base}${probe}`, 200);
      const measured = await measure('origin-new: next start, never-requested pairs, gzip', options, { url: next.base, servers: next.servers, pathsFile: streamFile('origin-new.txt', paths) });
      rows.set('origin-new', measured);
      log(`origin-new: requested ${measured.result.requests} distinct pairs of ${paths.length}; threads started over ${measured.result.wrapped ?? 0} times`);
    }

    if (want('memory')) {
      const { child, values } = nginx;
      const snapshot = () => ({ next: treeRssBytes(site.next.pid), nginx: treeRssBytes(child.pid), cache: folderSize(values.cache_dir).bytes });
      const describe = (s: ReturnType<typeof snapshot>) =>
        `next start RSS ${formatMiB(s.next)}, nginx RSS ${formatMiB(s.nginx)}, proxy cache ${(s.cache / 1024).toFixed(0)} KiB`;
      const before = snapshot();
      memoryLines.push(`before: ${describe(before)}`);
      const runs: [string, string, string[]][] = [
        ['next start, made-up pairs', next.base, madeUpPairs(MEMORY_PATHS, 'memory-origin')],
        ['proxy, made-up pairs', proxy.base, madeUpPairs(MEMORY_PATHS, 'memory-proxy')],
        ['proxy, query strings on the cached page', proxy.base, Array.from({ length: MEMORY_PATHS }, (_, i) => `${pair}?ref=${i}`)],
      ];
      for (const [label, base, paths] of runs) {
        log(`memory: ${paths.length.toLocaleString('en-US')} distinct URLs, ${label} …`);
        const sent = await sendPaths(base, paths, MEMORY_CONCURRENCY, { 'accept-encoding': 'gzip' });
        memoryLines.push(`after ${paths.length.toLocaleString('en-US')} × ${label} (${formatStatuses(sent.statuses)} in ${sent.seconds.toFixed(0)} s): ${describe(snapshot())}`);
      }
    }
  } finally {
    await nginx?.child.stop();
    await site.close();
    removeFolders();
  }

  console.log('');
  printResults([...rows.values()]);
  for (const line of memoryLines) console.log(`memory: ${line}`);

  console.log('');
  let failed = false;
  const report = (line: string, ok: boolean | undefined) => {
    if (ok === false) failed = true;
    console.log(ok === undefined ? line : `${line} ${ok ? 'ok' : 'MISSED'}`);
  };
  const rate = (key: string) => rows.get(key)?.result.requestsPerSecond;
  const cpu = (key: string) => rows.get(key)?.cpuMsPerRequest;
  for (const encoding of encodings) {
    const hit = rate(`proxy ${encoding}`);
    const limit = rate(`anchor ${encoding}`);
    if (hit === undefined || limit === undefined) continue;
    const share = hit / limit;
    const byCpu = (cpu(`anchor ${encoding}`) ?? Number.NaN) / (cpu(`proxy ${encoding}`) ?? Number.NaN);
    const target = encoding === 'identity' ? undefined : share >= TARGETS.proxyShare;
    report(`proxy cache hit / anchor, ${encoding}: ${pct(share)} of requests/s, ${pct(byCpu)} by server CPU per request${target === undefined ? '' : ` (target >= ${pct(TARGETS.proxyShare)})`}`, target);
  }
  const proxy404 = rate('proxy-404');
  const proxyHit = rate('proxy gzip');
  if (proxy404 !== undefined && proxyHit !== undefined) {
    report(`proxy made-up pairs / proxy cache hit, gzip: ${pct(proxy404 / proxyHit)} (target >= ${pct(TARGETS.proxy404Share)})`, proxy404 / proxyHit >= TARGETS.proxy404Share);
  }
  const origin404 = rate('origin-404');
  if (origin404 !== undefined) {
    const factor = origin404 / TARGETS.origin404Before;
    report(`next start made-up pairs: ${origin404.toFixed(0)} req/s, ${factor.toFixed(1)}× the ${TARGETS.origin404Before} req/s before (target >= ${TARGETS.origin404Factor}×)`, factor >= TARGETS.origin404Factor);
  }
  const origin = rate('origin');
  const anchorGzip = rate('anchor gzip');
  if (origin !== undefined && anchorGzip !== undefined) {
    const share = origin / anchorGzip;
    const factor = share / TARGETS.originShareBefore;
    report(
      `next start cached pair / anchor, gzip: ${pct(share)}, ${factor.toFixed(1)}× the ${pct(TARGETS.originShareBefore)} before (target >= ${TARGETS.originShareFactor}×)`,
      factor >= TARGETS.originShareFactor,
    );
    const floor = rate('origin-floor');
    if (floor !== undefined) report(`next start floor (/robots.txt) / anchor, gzip: ${pct(floor / anchorGzip)}; the cached pair runs at ${pct(origin / floor)} of that floor`, undefined);
    const noRoute = rate('origin-no-route');
    if (noRoute !== undefined) {
      const needed = TARGETS.originShareFactor * TARGETS.originShareBefore;
      report(`next start's cheapest answer (no route: the prerendered 404) / anchor, gzip: ${pct(noRoute / anchorGzip)}; the target needs ${pct(needed)} for a whole page`, undefined);
    }
  }
  return failed ? 1 : 0;
}

runIfMain(import.meta.url, 'bench-serve', main);
