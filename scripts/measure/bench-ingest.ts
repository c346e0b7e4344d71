/**
 * npm run bench:ingest [-- --runs 3] [--all-cores] [--keep] [--html-only] [--html-scale 10] [--html-runs 1]
 *
 * Ingest benchmark on seeded synthetic corpora: 1,000 and 10,000 pages about
 * 2,000 occupations, generated into a temporary folder. Each size is
 * ingested by the real CLI (scripts/ingest.ts) in a fresh child process, so
 * peak RSS is that run's own, into a fresh output folder. Prints pages/s, seconds and peak RSS per size,
 * and the per-page cost of 10k relative to 1k (1.00 = linear), and for each
 * size a floor: the time to parse the output's profiles with ProfileSchema
 * and write them, with no page read (output-floor.ts).
 *
 * Targets: >= 5,000 pages/s on one core, peak RSS < 1 GB at 10k pages,
 * linear growth. On Linux the child is pinned to one CPU with taskset (when
 * available) so GC helper threads cannot borrow other cores. pages/s is the
 * CLI's own timing (wall clock, discovery to swapped-in output); on a busy
 * machine it also counts time spent waiting for the CPU, so each line also
 * gives pages per CPU-second of ingest work (process CPU minus start-up).
 *
 * Then the HTML ingest: the real corpus (content/raw: the seed pages and the
 * 282 saved Handbook pages, as `npm start` ingests them), and synthetic
 * Handbook corpora (scripts/corpus/handbook-pages.ts: copies of the real
 * pages, one new occupation each) of 1× and --html-scale × the size of
 * content/raw, with the per-page cost of the larger relative to the smaller
 * and the marginal cost per page between them. The real corpus and the 1×
 * corpus are run --runs times; the large one --html-runs times (default 1).
 * --html-only skips the plain-text corpora.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { generateCorpus } from '../corpus/generate-corpus';
import { loadHandbookTemplates, writeHandbookCorpus } from '../corpus/handbook-pages';
import { parseOptions, runIfMain } from '../shared/cli';
import { ingestCommand, runCommand, tsScriptCommand } from '../shared/ingest-command';
import { PROJECT_ROOT } from '../shared/project-root';
import { onOneCpu, tasksetAvailable } from './lib/one-cpu';
import { formatMiB } from './lib/process-memory';
import { median } from './lib/statistics';

const SIZES = [1_000, 10_000] as const;
const OCCUPATIONS = 2_000;
const SEED = 20_261_124;
const TARGET_PAGES_PER_SECOND = 5_000;
const TARGET_RSS_BYTES = 1024 ** 3;
/** 10k per-page cost over 1k per-page cost above this is not "linear". */
const LINEARITY_LIMIT = 1.25;
/** The real corpus, as `npm start` ingests it. */
const REAL_CORPUS = path.join(PROJECT_ROOT, 'content/raw');
const HTML_SEED = 20_261_130;

const ResourceReport = z.object({ maxRssKiB: z.number(), userMicros: z.number(), systemMicros: z.number() });

/** The ingest CLI's summary line ends "…; 1.23 s → out": the time from discovery to the swapped-in output. */
const SUMMARY_SECONDS = /; (\d+(?:\.\d+)?) s → /;

interface Run {
  pages: number;
  /** Ingest time as the CLI measures it (discover → parse → collect → emit). */
  seconds: number;
  /** The whole child process, including Node and tsx start-up. */
  wallSeconds: number;
  cpuSeconds: number;
  maxRssBytes: number;
}

function ingestOnce(input: string, output: string, report: string, pin: boolean): Run {
  const preload = ['--import', path.join(import.meta.dirname, 'lib', 'report-resource-usage.ts')];
  const started = process.hrtime.bigint();
  const child = runCommand(onOneCpu(ingestCommand(['--input', input, '--output', output, '--quiet'], preload), pin), { BENCH_RESOURCE_REPORT: report });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`ingest failed (status ${child.status}): ${child.stderr}`);
  const seconds = Number(SUMMARY_SECONDS.exec(child.stdout)?.[1]);
  if (!Number.isFinite(seconds)) throw new Error(`no timing in the ingest output: ${child.stdout}`);
  const usage = ResourceReport.parse(JSON.parse(fs.readFileSync(report, 'utf8')));
  const pages = Number(/^ingest: (\d+) pages read/m.exec(child.stdout)?.[1]);
  return {
    pages,
    seconds,
    wallSeconds,
    cpuSeconds: (usage.userMicros + usage.systemMicros) / 1e6,
    // maxRSS is reported in kibibytes on every platform Node supports.
    maxRssBytes: usage.maxRssKiB * 1024,
  };
}

const Floor = z.object({ profiles: z.number(), parseSeconds: z.number(), writeSeconds: z.number() });

/** What validating and writing an output's profiles alone costs, in a fresh process (output-floor.ts). */
function outputFloor(output: string, pin: boolean): z.infer<typeof Floor> {
  const child = runCommand(onOneCpu(tsScriptCommand(path.join(import.meta.dirname, 'output-floor.ts'), [output]), pin));
  if (child.status !== 0) throw new Error(`output-floor failed (status ${child.status}): ${child.stderr}`);
  return Floor.parse(JSON.parse(child.stdout));
}


const Args = z.object({
  runs: z.coerce.number().int().min(1).default(3),
  'all-cores': z.boolean().default(false),
  keep: z.boolean().default(false),
  'html-only': z.boolean().default(false),
  'html-scale': z.coerce.number().int().min(2).default(10),
  'html-runs': z.coerce.number().int().min(1).default(1),
});

function main(): number {
  const values = parseOptions(Args);
  const { runs, 'html-scale': htmlScale, 'html-runs': htmlRuns } = values;
  const pin = !values['all-cores'] && tasksetAvailable();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ingest-'));
  // Timings mean little without the machine's state: a busy machine slows every figure.
  const [load = 0] = os.loadavg();
  console.log(
    `bench:ingest — ${OCCUPATIONS} occupations, seed ${SEED}, median of ${runs} run${runs === 1 ? '' : 's'}, ` +
      `${pin ? 'pinned to one CPU (taskset -c 0)' : 'not pinned'}; Node ${process.version}; ` +
      `${os.availableParallelism()} CPUs, load average ${load.toFixed(1)}; corpora in ${work}`,
  );
  try {
    // Start-up CPU (Node, tsx compiling the ingest, one tiny page): subtracted from each run's CPU time
    // for a pages-per-CPU-second figure that a busy machine does not distort the way it does wall time.
    const tiny = path.join(work, 'corpus-startup');
    generateCorpus({ outDir: tiny, seed: SEED, occupations: 2, pages: 1 });
    const startupCpu = median(
      Array.from({ length: runs }, (_, i) => {
        const output = path.join(work, `out-startup-${i}`);
        const run = ingestOnce(tiny, output, path.join(work, `usage-startup-${i}.json`), pin);
        fs.rmSync(output, { recursive: true, force: true });
        return run.cpuSeconds;
      }),
    );
    console.log(`start-up (one-page corpus): ${startupCpu.toFixed(2)} s CPU`);
    const checks: [string, boolean][] = [];
    if (!values['html-only']) checks.push(...textCorpora(work, runs, pin, startupCpu));
    checks.push(...htmlCorpora(work, { runs, largeRuns: htmlRuns, scale: htmlScale, pin, startupCpu }));
    for (const [label, ok] of checks) console.log(`${ok ? 'meets' : 'MISSES'} target: ${label}`);
    return 0;
  } finally {
    if (values.keep) console.log(`kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Median of `runs` ingests of `input`, each into a fresh output folder (deleted after all runs). */
function measure(work: string, name: string, input: string, runs: number, pin: boolean): { run: Run; outputs: string[] } {
  // A fresh output folder each run: replacing an earlier output adds the (file-system dependent)
  // cost of deleting it, which would make runs incomparable. Outputs are deleted after all runs
  // of a size, so deleting one run's files does not slow the writes of the next.
  const outputs = Array.from({ length: runs }, (_, i) => path.join(work, `out-${name}-${i}`));
  const attempts = outputs.map((output, i) => ingestOnce(input, output, path.join(work, `usage-${name}-${i}.json`), pin));
  const run: Run = {
    pages: attempts[0]?.pages ?? 0,
    seconds: median(attempts.map((a) => a.seconds)),
    wallSeconds: median(attempts.map((a) => a.wallSeconds)),
    cpuSeconds: median(attempts.map((a) => a.cpuSeconds)),
    maxRssBytes: Math.max(...attempts.map((a) => a.maxRssBytes)),
  };
  return { run, outputs };
}

/** "  287 pages:     66 pages/s, 4.37 s ingest (…), peak RSS 300 MiB": one size's figures, as every section prints them. */
function figures(run: Run, startupCpu: number): string {
  const perCpuSecond = Math.round(run.pages / Math.max(run.cpuSeconds - startupCpu, 1e-3));
  return (
    `${String(run.pages).padStart(6)} pages: ${Math.round(run.pages / run.seconds).toString().padStart(6)} pages/s, ` +
    `${run.seconds.toFixed(2)} s ingest (${run.wallSeconds.toFixed(2)} s process incl. start-up, ${run.cpuSeconds.toFixed(2)} s CPU ` +
    `= ${perCpuSecond} pages per CPU-second after start-up), peak RSS ${formatMiB(run.maxRssBytes)}`
  );
}

/** Per-page cost of the larger run over the smaller's (1.00 = linear), and the marginal cost of a page between them. */
function growth(small: Run, large: Run): { ratio: number; marginal: number } {
  return {
    ratio: large.seconds / large.pages / (small.seconds / small.pages),
    marginal: (large.seconds - small.seconds) / (large.pages - small.pages),
  };
}

/** The plain-text corpora: 1,000 and 10,000 synthetic pages, with their floors. */
function textCorpora(work: string, runs: number, pin: boolean, startupCpu: number): [string, boolean][] {
  const results: Run[] = [];
  for (const size of SIZES) {
    const input = path.join(work, `corpus-${size}`);
    const started = process.hrtime.bigint();
    generateCorpus({ outDir: input, seed: SEED, occupations: OCCUPATIONS, pages: size });
    const generated = Number(process.hrtime.bigint() - started) / 1e9;
    const { run, outputs } = measure(work, String(size), input, runs, pin);
    const floors = Array.from({ length: runs }, () => outputFloor(outputs[0] ?? '', pin));
    for (const output of outputs) fs.rmSync(output, { recursive: true, force: true });
    results.push(run);
    console.log(`${figures(run, startupCpu)}  [corpus generated in ${generated.toFixed(2)} s]`);
    const parse = median(floors.map((f) => f.parseSeconds));
    const write = median(floors.map((f) => f.writeSeconds));
    const [floor] = floors;
    console.log(
      `        floor: ${floor?.profiles ?? 0} profiles parsed by ProfileSchema in ${parse.toFixed(2)} s and written in ${write.toFixed(2)} s, ` +
        `no page read: at most ${Math.round(run.pages / (parse + write))} pages/s for any ingest that validates and writes them`,
    );
  }
  const [small, large] = results;
  if (!small || !large) throw new Error('no results');
  const { ratio, marginal } = growth(small, large);
  console.log(
    `per-page cost, 10k vs 1k: ${ratio.toFixed(2)}× (1.00 = linear; below 1 because the 1k run still writes ` +
      `a profile for nearly every occupation); marginal cost ${(marginal * 1000).toFixed(2)} ms per extra page ` +
      `(${Math.round(1 / marginal)} pages/s)`,
  );
  return [
    [`>= ${TARGET_PAGES_PER_SECOND} pages/s at every size`, results.every((r) => r.pages / r.seconds >= TARGET_PAGES_PER_SECOND)],
    [`peak RSS < 1 GiB at 10k pages (${formatMiB(large.maxRssBytes)})`, large.maxRssBytes < TARGET_RSS_BYTES],
    [`linear growth (per-page cost ratio ${ratio.toFixed(2)} <= ${LINEARITY_LIMIT})`, ratio <= LINEARITY_LIMIT],
  ];
}

/**
 * HTML: the real corpus, then synthetic Handbook corpora of 1× and `scale`×
 * its size, copied from its Handbook pages.
 */
function htmlCorpora(work: string, options: { runs: number; largeRuns: number; scale: number; pin: boolean; startupCpu: number }): [string, boolean][] {
  const { runs, largeRuns, scale, pin, startupCpu } = options;
  const runsText = (n: number) => `median of ${n} run${n === 1 ? '' : 's'}`;
  const real = measure(work, 'real', REAL_CORPUS, runs, pin);
  for (const output of real.outputs) fs.rmSync(output, { recursive: true, force: true });
  console.log(`real corpus, content/raw (seed pages and saved Handbook pages; ${runsText(runs)}):`);
  console.log(figures(real.run, startupCpu));

  const loadStarted = process.hrtime.bigint();
  const templates = loadHandbookTemplates();
  const loadSeconds = Number(process.hrtime.bigint() - loadStarted) / 1e9;
  console.log(
    `synthetic Handbook HTML (copies of the ${templates.length} real Handbook pages, one occupation each, gzip; seed ${HTML_SEED}; ` +
      `templates read in ${loadSeconds.toFixed(2)} s):`,
  );
  const results: Run[] = [];
  for (const [multiple, n] of [[1, runs], [scale, largeRuns]] as const) {
    const pages = real.run.pages * multiple;
    const input = path.join(work, `handbook-${pages}`);
    const started = process.hrtime.bigint();
    writeHandbookCorpus(templates, { outDir: input, pages, seed: HTML_SEED });
    const generated = Number(process.hrtime.bigint() - started) / 1e9;
    const { run, outputs } = measure(work, `handbook-${pages}`, input, n, pin);
    for (const output of outputs) fs.rmSync(output, { recursive: true, force: true });
    fs.rmSync(input, { recursive: true, force: true });
    results.push(run);
    console.log(`${figures(run, startupCpu)}  [${multiple}×, ${runsText(n)}; corpus generated in ${generated.toFixed(2)} s]`);
  }
  const [small, large] = results;
  if (!small || !large) throw new Error('no results');
  const { ratio, marginal } = growth(small, large);
  console.log(
    `per-page cost, ${scale}× vs 1× HTML: ${ratio.toFixed(2)}× (1.00 = linear); marginal cost ${(marginal * 1000).toFixed(2)} ms per extra page ` +
      `(${Math.round(1 / marginal)} pages/s); 1× is ${Math.round(small.pages / small.seconds)} pages/s`,
  );
  return [[`linear growth of HTML ingest (per-page cost ratio ${ratio.toFixed(2)} <= ${LINEARITY_LIMIT})`, ratio <= LINEARITY_LIMIT]];
}

runIfMain(import.meta.url, 'bench-ingest', main);