/**
 * npm run load:test [-- --duration 60] [--connections 64] [--occupations 300] [--url http://127.0.0.1:3000]
 *
 * Load on a production server: by default it generates a seeded synthetic
 * corpus (scripts/corpus/generate-corpus.ts, 300 occupations), ingests it into a
 * temporary folder and starts `next start` from the existing build (run
 * "npm run build" first) with GENERATED_DIR pointing there. The build prerendered only its own data's pages, so every
 * comparison of the synthetic corpus renders on demand. With --url it loads
 * that server instead (slugs from its sitemap; RSS from the process
 * listening on the port, when it is on this machine).
 *
 * The load is Debian's wrk (apt-get install wrk): a C load generator costs
 * the server far less CPU than a Node one on a small machine, and it is no
 * npm dependency. A Lua script walks a list of request paths, each
 * connection its own share so no pair is asked for twice:
 *   45% comparisons never requested before (each renders on demand),
 *   35% valid pages (home, occupation pages, type-ahead, sitemaps),
 *   20% invalid addresses (unknown slugs and pairs, malformed escapes, bad queries).
 *
 * Prints total requests, counts per status, the zero-5xx and zero-connection-
 * error verdicts, and the server's resident memory (VmRSS of the next-server
 * process) sampled at the half-way point and the end, with their ratio
 * (target: the end within 20% of the half-way point). Exit 0 when every
 * verdict passes, 1 otherwise, 2 on bad arguments.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { generateCorpus } from '../corpus/generate-corpus';
import { Rng } from '../corpus/prng';
import { parseOptions, runIfMain } from '../shared/cli';
import { httpGet } from '../shared/http-client';
import { runIngest } from '../shared/ingest-command';
import { describeLoggedErrors, startNextServer, type NextServer } from '../shared/next-server';
import { readOccupationIndex } from '../shared/occupation-index';
import { folderSize } from './lib/folder-size';
import { discoverSlugs } from './lib/hostile-routes';
import { sampleUnrequestedPairs } from './lib/pair-sample';
import { readRssBytes } from './lib/process-memory';
import { runWrk, wrkBinary } from './lib/wrk';

const SEED = 20_261_127;
/** RSS at the end may differ from the half-way sample by this share at most. */
const RSS_TOLERANCE = 0.2;

const Args = z.object({
  duration: z.coerce.number().int().min(2).max(3600).default(60),
  connections: z.coerce.number().int().min(1).max(10_000).default(64),
  occupations: z.coerce.number().int().min(10).max(100_000).default(300),
  threads: z.coerce.number().int().min(1).max(64).default(2),
  url: z.url({ protocol: /^https?$/ }).optional(),
});

/** Resident memory in KiB, or undefined once the server has exited. */
function rssKiB(pid: number): number | undefined {
  const bytes = readRssBytes(pid);
  return bytes === undefined ? undefined : bytes / 1024;
}

/**
 * The request paths, in order. Comparisons are drawn without repeats from all
 * ordered pairs (n·(n−1) of them), so while the list lasts each one is new to
 * the server; valid and invalid paths repeat freely. Seeded: the same paths,
 * in the same order, on every run.
 */
function buildPaths(slugs: readonly string[], count: number): { paths: string[]; uniquePairs: number } {
  const rng = new Rng(SEED);
  const random = (): number => rng.float();
  const pick = (items: readonly string[]): string => rng.pick(items);
  const pairCount = Math.min(Math.floor(count * 0.45), slugs.length * (slugs.length - 1));
  const pairs = sampleUnrequestedPairs({ slugs, scraped: [] }, pairCount, SEED + 1);
  const valid = (): string => {
    const r = random();
    const slug = pick(slugs);
    if (r < 0.55) return `/occupations/${slug}`;
    if (r < 0.7) return '/';
    if (r < 0.85) return `/api/occupations?q=${encodeURIComponent(slug.split('-')[0] ?? slug)}`;
    if (r < 0.92) return '/sitemap.xml';
    return '/sitemap/0.xml';
  };
  const invalid = (): string => {
    const r = random();
    const slug = pick(slugs);
    const junk = Math.floor(random() * 1e9).toString(36);
    if (r < 0.3) return `/occupations/${junk}-${slug}`;
    if (r < 0.55) return `/compare/${slug}-vs-${junk}`;
    if (r < 0.65) return `/compare/${slug}-vs-${slug}`;
    if (r < 0.75) return `/compare/%E0%A4%A${junk}`;
    if (r < 0.85) return `/compare?o=${slug}&o=${junk}`;
    if (r < 0.92) return `/sitemap/${junk}.xml`;
    return `/api/not-found-help?path=${encodeURIComponent(`/compare/${junk}-vs-${slug}`)}`;
  };
  const paths: string[] = [];
  let nextPair = 0;
  for (let i = 0; i < count; i += 1) {
    const r = random();
    const pair = r < 0.45 ? pairs[nextPair] : undefined;
    if (pair !== undefined) {
      paths.push(pair);
      nextPair += 1;
    } else if (r < 0.8) paths.push(valid());
    else paths.push(invalid());
  }
  return { paths, uniquePairs: nextPair };
}

const WRK_SCRIPT = path.join(import.meta.dirname, 'lib', 'wrk-status-counts.lua');

const WrkResult = z.object({
  requests: z.number(),
  seconds: z.number(),
  bytes: z.number(),
  errors: z.object({ connect: z.number(), read: z.number(), write: z.number(), status: z.number(), timeout: z.number() }),
  latencyMs: z.object({ p50: z.number(), p99: z.number(), max: z.number() }),
  wrapped: z.number(),
  statuses: z.array(z.tuple([z.string(), z.number()])),
});

/** The pid of the process listening on a local TCP port, from /proc (Linux); undefined elsewhere. */
function pidListeningOn(port: number): number | undefined {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = fs.readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      const local = cols[1] ?? '';
      // State 0A is LISTEN; the port is the hex after the colon.
      if (cols[3] === '0A' && Number.parseInt(local.split(':')[1] ?? '', 16) === port && cols[9]) inodes.add(cols[9]);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      for (const fd of fs.readdirSync(`/proc/${entry}/fd`)) {
        const link = fs.readlinkSync(`/proc/${entry}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
        if (inode && inodes.has(inode)) return Number(entry);
      }
    } catch {
      // A process that exited, or one we may not inspect.
    }
  }
  return undefined;
}

function formatMiB(kib: number | undefined): string {
  return kib === undefined ? 'n/a' : `${(kib / 1024).toFixed(1)} MiB`;
}

/** Generates and ingests the synthetic corpus; returns the generated folder and its slugs. */
function syntheticData(work: string, occupations: number): { generated: string; slugs: string[] } {
  const raw = path.join(work, 'raw');
  const generated = path.join(work, 'generated');
  const manifest = generateCorpus({ outDir: raw, occupations, pages: occupations * 2, seed: SEED });
  const ingest = runIngest(['--input', raw, '--output', generated, '--quiet']);
  if (ingest.status !== 0) throw new Error(`ingest of the synthetic corpus failed:\n${ingest.stderr}`);
  const index = readOccupationIndex(generated);
  console.log(`load-test: synthetic corpus: ${manifest.pages.length} pages → ${index.occupations.length} occupations (${ingest.stdout.trim().split('\n').pop() ?? ''})`);
  return { generated, slugs: index.occupations.map((o) => o.slug) };
}

async function main(): Promise<number> {
  const args = parseOptions(Args, 'usage: npm run load:test -- [--duration 60] [--connections 64] [--occupations 300] [--threads 2] [--url http://127.0.0.1:3000]');
  if (spawnSync(wrkBinary(), ['--version']).error) {
    console.error('load-test: wrk not found: install it (Debian/Ubuntu: apt-get install wrk)');
    return 2;
  }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'load-test-'));
  let server: NextServer | undefined;
  try {
    let baseUrl: string;
    let slugs: string[];
    let pid: number | undefined;
    if (args.url === undefined) {
      const data = syntheticData(work, args.occupations);
      slugs = data.slugs;
      server = await startNextServer({ generatedDir: data.generated });
      baseUrl = server.url;
      pid = server.pid;
      console.log(`load-test: started next start on ${baseUrl} (pid ${pid})`);
    } else {
      baseUrl = new URL(args.url).origin;
      slugs = await discoverSlugs(baseUrl, 100_000);
      pid = pidListeningOn(Number(new URL(baseUrl).port || 80));
      console.log(`load-test: ${baseUrl}, ${slugs.length} slugs from its sitemap, server pid ${pid ?? 'unknown (RSS not sampled)'}`);
    }

    // Enough paths that no connection runs out within the duration at a generous 2,000 requests/s.
    const { paths, uniquePairs } = buildPaths(slugs, Math.max(20_000, args.duration * 2_000));
    const pathsFile = path.join(work, 'paths.txt');
    fs.writeFileSync(pathsFile, `${paths.join('\n')}\n`);
    console.log(
      `load-test: ${args.duration} s, ${args.connections} connections, ${args.threads} wrk threads; ${paths.length} paths queued ` +
        `(${uniquePairs} never-requested comparisons, ~35% valid pages, ~20% invalid)`,
    );

    const rssBefore = pid === undefined ? undefined : rssKiB(pid);
    const cacheDir = server ? path.join(server.projectDir, '.next', 'server', 'route-cache') : undefined;
    const cacheBefore = cacheDir && fs.existsSync(cacheDir) ? folderSize(cacheDir) : undefined;
    const samples: { at: number; kib: number | undefined }[] = [];
    const started = Date.now();
    const sampler = (at: number) =>
      setTimeout(() => samples.push({ at, kib: pid === undefined ? undefined : rssKiB(pid) }), at * 1000 - 300);
    const timers = [sampler(Math.round(args.duration / 2)), sampler(args.duration)];
    // A curve every tenth of the run, to tell a plateau from steady growth.
    const curve: string[] = [];
    const tick = Math.max(1, Math.round(args.duration / 10));
    const ticker = setInterval(() => {
      const kib = pid === undefined ? undefined : rssKiB(pid);
      if (kib !== undefined) curve.push(`${Math.round((Date.now() - started) / 1000)}s ${Math.round(kib / 1024)}`);
    }, tick * 1000);
    const wrk = await runWrk({
      url: baseUrl,
      connections: args.connections,
      threads: args.threads,
      durationSeconds: args.duration,
      timeoutSeconds: 30,
      script: { file: WRK_SCRIPT, args: [pathsFile, String(args.threads)] },
    }).finally(() => {
      for (const t of timers) clearTimeout(t);
      clearInterval(ticker);
    });
    const elapsed = (Date.now() - started) / 1000;
    const line = wrk.raw.split('\n').find((l) => l.startsWith('WRK_RESULT '));
    if (!line) throw new Error(`wrk printed no result:\n${wrk.raw}`);
    const result = WrkResult.parse(JSON.parse(line.slice('WRK_RESULT '.length)));

    const statuses = new Map<number, number>();
    for (const [status, n] of result.statuses) statuses.set(Number(status), (statuses.get(Number(status)) ?? 0) + n);
    const counted = [...statuses.values()].reduce((a, b) => a + b, 0);
    const fiveHundreds = [...statuses.entries()].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
    const connectionErrors = result.errors.connect + result.errors.read + result.errors.write + result.errors.timeout;
    const home = await httpGet(`${baseUrl}/`, {}, undefined, 30_000).then((r) => r.status, () => 0);

    // Pages rendered on demand stay in memory (isrFlushToDisk: false): this stays as it was.
    const pageCache = cacheDir && fs.existsSync(cacheDir) ? folderSize(cacheDir) : undefined;
    const [half, end] = samples;
    const ratio = half?.kib && end?.kib ? end.kib / half.kib : undefined;
    const rssOk = ratio === undefined ? undefined : Math.abs(ratio - 1) <= RSS_TOLERANCE;

    console.log('');
    console.log(`requests:          ${result.requests} in ${result.seconds.toFixed(1)} s (${(result.requests / result.seconds).toFixed(1)}/s), ${(result.bytes / 1024 / 1024).toFixed(1)} MiB read`);
    console.log(`statuses:          ${[...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ')} (${counted} counted)`);
    console.log(`latency:           p50 ${result.latencyMs.p50.toFixed(1)} ms, p99 ${result.latencyMs.p99.toFixed(1)} ms, max ${result.latencyMs.max.toFixed(1)} ms`);
    console.log(`socket errors:     connect ${result.errors.connect}, read ${result.errors.read}, write ${result.errors.write}, timeout ${result.errors.timeout}`);
    if (result.wrapped > 0) console.log(`note:              the path list ran out ${result.wrapped} times; later comparisons were repeats`);
    console.log(`server RSS:        before ${formatMiB(rssBefore)}; ${half?.at ?? '?'} s ${formatMiB(half?.kib)}; ${end?.at ?? '?'} s ${formatMiB(end?.kib)}; ` +
      `${end?.at ?? '?'}-vs-${half?.at ?? '?'} s ratio ${ratio === undefined ? 'n/a' : ratio.toFixed(3)} (target within ${RSS_TOLERANCE * 100}%)`);
    if (curve.length > 0) console.log(`RSS curve (MiB):   ${curve.join(', ')}`);
    if (pageCache) {
      const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
      console.log(
        `page cache:        ${cacheBefore?.files ?? 0} → ${pageCache.files} files, ${mib(cacheBefore?.bytes ?? 0)} → ${mib(pageCache.bytes)} MiB on disk (.next/server/route-cache)`,
      );
    }
    console.log(`GET / afterwards:  ${home}`);
    console.log('');
    console.log(`verdict: zero 5xx:               ${fiveHundreds === 0 ? 'PASS' : `FAIL (${fiveHundreds})`}`);
    console.log(`verdict: zero connection errors: ${connectionErrors === 0 ? 'PASS' : `FAIL (${connectionErrors})`}`);
    const rssLabel = `RSS ${end?.at ?? '?'}-vs-${half?.at ?? '?'} s:`.padEnd(23);
    console.log(`verdict: ${rssLabel} ${rssOk === undefined ? 'not measured' : rssOk ? 'PASS' : 'FAIL'}`);
    console.log(`verdict: still serving:          ${home === 200 ? 'PASS' : 'FAIL'}`);
    console.log(`(wall time ${elapsed.toFixed(1)} s)`);
    return fiveHundreds === 0 && connectionErrors === 0 && rssOk !== false && home === 200 ? 0 : 1;
  } finally {
    if (server) {
      await server.stop();
      const errors = describeLoggedErrors(server, 5);
      if (errors) console.error(errors);
    }
    fs.rmSync(work, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, 'load-test', main);
