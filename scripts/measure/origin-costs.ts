/**
 * npm run bench:origin [-- --path /compare/A-vs-B] [--duration 10] [--rounds 3] [--connections 64] [--threads 1] [--keep]
 *
 * What a cached page costs the standalone server, part by part, on the
 * project's own build (`npm run build` first). The standalone folder is
 * copied into a temporary folder, and each variant of the copy
 * (lib/standalone-variants.ts) leaves out one part Next.js runs on every
 * request for the page:
 *   shipped   the build as it is
 *   no-proxy  proxy.ts not run
 *   no-etag   no ETag (Next.js hashes the whole page for it on every request)
 *   no-gzip   no compression (Next.js gzips the whole page on every request)
 *   bare      none of the three
 * then, on the shipped build, Next.js's own floors: /robots.txt, and a path
 * no route matches (the build's prerendered 404, the cheapest answer Next.js
 * gives). Before measuring, each variant is checked to really leave its part
 * out (ETag and Content-Encoding headers; a made-up pair answered by proxy.ts
 * or by the route). Rounds alternate the variants, so the machine's load
 * falls on all alike; the table shows each one's median.
 *
 * A part's cost is the server CPU per request it adds over the variant
 * without it. Needs wrk.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { cleanUpOnExit } from '../shared/child-process';
import { parseOptions, runIfMain } from '../shared/cli';
import { header, httpGet } from '../shared/http-client';
import { STANDALONE_SERVER, startStandaloneServer, type NextServer } from '../shared/next-server';
import { formatMs, printTable } from './lib/format-table';
import { describeMachine } from './lib/machine-info';
import { expectStatus, MADE_UP_PAIR_PATH, measureLoad, NO_ROUTE_PATH, type Measured } from './lib/measure-load';
import { applyVariant, VARIANT_PARTS, VARIANTS, type Variant } from './lib/standalone-variants';
import { median } from './lib/statistics';
import { wrkBinary } from './lib/wrk';

/** The page issue #14 measured: two of the seed pages' occupations, a pair no page compared (rendered, not indexed). */
const DEFAULT_PATH = '/compare/collections-customer-service-vs-customer-relations-specialist';

const Options = z.object({
  path: z.string().startsWith('/').default(DEFAULT_PATH),
  duration: z.coerce.number().int().min(1).default(10),
  rounds: z.coerce.number().int().min(1).default(3),
  connections: z.coerce.number().int().min(1).default(64),
  threads: z.coerce.number().int().min(1).default(1),
  timeout: z.coerce.number().int().min(1).default(10),
  keep: z.boolean().default(false),
});
type Options = z.infer<typeof Options>;

function log(line: string): void {
  console.log(`origin-costs: ${line}`);
}

type Row = Variant | 'floor: /robots.txt' | 'floor: no route (404)';

/** Fails unless the running variant really leaves out what it should, and serves the page. */
async function checkVariant(server: NextServer, page: string, variant: Variant): Promise<void> {
  const parts = VARIANT_PARTS[variant];
  const response = await expectStatus(`${server.url}${page}`, 200, { 'accept-encoding': 'gzip' });
  const problems: string[] = [];
  if ((header(response, 'etag') !== '') !== parts.generateEtags) problems.push(`ETag "${header(response, 'etag')}"`);
  if ((header(response, 'content-encoding') === 'gzip') !== parts.compress) problems.push(`Content-Encoding "${header(response, 'content-encoding')}"`);
  const madeUp = await httpGet(`${server.url}${MADE_UP_PAIR_PATH}`);
  // proxy.ts marks its 404 noindex in a header; the route's rendered 404 says so in the page.
  const byProxy = madeUp.status === 404 && header(madeUp, 'x-robots-tag') === 'noindex';
  if (byProxy !== parts.proxy) problems.push(`made-up pair answered ${madeUp.status}${byProxy ? ' by proxy.ts' : ' by the route'}`);
  if (problems.length > 0) throw new Error(`${variant} does not leave out what it should: ${problems.join('; ')}`);
}

async function main(): Promise<number> {
  const options = parseOptions(Options);
  const source = path.dirname(STANDALONE_SERVER);
  if (!fs.existsSync(STANDALONE_SERVER)) throw new Error(`no standalone build at ${source}: run "npm run build" first`);
  for (const line of describeMachine({ wrk: wrkBinary() })) log(line);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'origin-costs-'));
  const removeWork = cleanUpOnExit(() => {
    if (options.keep) log(`kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  });
  const copy = path.join(work, 'standalone');
  fs.cpSync(source, copy, { recursive: true });
  log(`copied ${source} to ${copy}; page ${options.path}`);

  const runs = new Map<Row, Measured[]>();
  const keep = (row: Row, measured: Measured) => runs.set(row, [...(runs.get(row) ?? []), measured]);
  try {
    for (let round = 1; round <= options.rounds; round += 1) {
      for (const variant of VARIANTS) {
        applyVariant(source, copy, variant);
        const server = await startStandaloneServer({ dir: copy, waitPath: '/robots.txt' });
        try {
          await checkVariant(server, options.path, variant);
          const target = (url: string) => ({ url: `${server.url}${url}`, servers: [server.pid] });
          keep(variant, await measureLoad(`round ${round}, ${variant}`, options, target(options.path), log));
          if (variant === 'shipped') {
            await expectStatus(`${server.url}${NO_ROUTE_PATH}`, 404);
            keep('floor: /robots.txt', await measureLoad(`round ${round}, /robots.txt`, options, target('/robots.txt'), log));
            keep('floor: no route (404)', await measureLoad(`round ${round}, ${NO_ROUTE_PATH}`, options, target(NO_ROUTE_PATH), log));
          }
        } finally {
          await server.stop();
        }
      }
    }
  } finally {
    removeWork();
  }
  report(runs, options);
  return 0;
}

function report(runs: Map<Row, Measured[]>, options: Options): void {
  const rate = (row: Row) => median((runs.get(row) ?? []).map((m) => m.result.requestsPerSecond));
  const cpu = (row: Row) => median((runs.get(row) ?? []).map((m) => m.cpuMsPerRequest));
  const shipped = rate('shipped');
  console.log(`\n${options.path}, ${options.rounds} round(s) of ${options.duration} s each, medians:`);
  const body = [...runs.entries()].map(([row, measured]) => {
    const rates = measured.map((m) => m.result.requestsPerSecond);
    return [
      row,
      rate(row).toFixed(0),
      `${Math.min(...rates).toFixed(0)}–${Math.max(...rates).toFixed(0)}`,
      formatMs(cpu(row)),
      Math.round(median(measured.map((m) => m.bytesPerResponse))).toLocaleString('en-US'),
      `${((rate(row) / shipped) * 100).toFixed(0)}%`,
      measured.map((m) => m.load.split(' ')[0]).join(', '),
    ];
  });
  printTable(['variant', 'req/s', 'runs', 'server CPU/req', 'bytes/resp', 'of shipped', 'load (1 min) before'], body);
  console.log('\nwhat each part costs (server CPU per request over the variant without it):');
  for (const without of VARIANTS) {
    const part = VARIANT_PARTS[without].leavesOut;
    if (part === undefined) continue;
    const cost = cpu('shipped') - cpu(without);
    console.log(`  ${part.padEnd(10)} ${formatMs(cost).padStart(8)}  ${((cost / cpu('shipped')) * 100).toFixed(0).padStart(3)}% of the shipped page's`);
  }
}

runIfMain(import.meta.url, 'origin-costs', main);
