/**
 * npm run bench:build [-- --sizes 500,5000] [--keep]
 *
 * Build benchmark at scale: for each size, a seeded synthetic corpus of that
 * many occupations (every occupation on several comparison pages, a tenth
 * with an article) is generated, ingested, and built with `next build` into
 * a scratch folder (NEXT_DIST_DIR=.next-bench-<size>), never touching the project's own build.
 * Prints ingest and build seconds, the build's peak RSS (the build process
 * and all its workers), the number of prerendered pages, and the build
 * cost per occupation of the largest size relative to the smallest.
 *
 * Targets: at 5,000 occupations under 5 minutes and 4 GB; build time growing
 * no faster than the number of occupations.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { generateCorpus } from '../corpus/generate-corpus';
import { startChild } from '../shared/child-process';
import { parseOptions, runIfMain } from '../shared/cli';
import { runIngest } from '../shared/ingest-command';
import { NEXT_BIN } from '../shared/next-server';
import { PROJECT_ROOT } from '../shared/project-root';
import { samplePeakRss } from './lib/process-tree-rss';

const SEED = 20_261_127;
/** Comparison pages per occupation, on average: each page names two. */
const PAGES_PER_OCCUPATION = 3;
const TARGET_SECONDS = 300;
const TARGET_RSS = 4 * 1024 ** 3;

interface BuildRun {
  occupations: number;
  pages: number;
  ingestSeconds: number;
  buildSeconds: number;
  peakRssBytes: number;
  prerendered: number;
}

function countHtml(dir: string): number {
  let count = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) count += 1;
  return count;
}

async function build(env: NodeJS.ProcessEnv): Promise<{ seconds: number; peakRssBytes: number }> {
  // next build adds its build folder's type paths to tsconfig.json; the scratch folder must not stay there.
  const tsconfig = path.join(PROJECT_ROOT, 'tsconfig.json');
  const original = fs.readFileSync(tsconfig, 'utf8');
  try {
    return await timedBuild(env);
  } finally {
    fs.writeFileSync(tsconfig, original);
  }
}

async function timedBuild(env: NodeJS.ProcessEnv): Promise<{ seconds: number; peakRssBytes: number }> {
  const started = process.hrtime.bigint();
  const child = startChild('next build', process.execPath, [NEXT_BIN, 'build'], { cwd: PROJECT_ROOT, env });
  const sampler = samplePeakRss(child.pid);
  const code = await child.exited;
  const peakRssBytes = sampler.stop();
  if (code !== 0) throw new Error(`next build failed (${code}):\n${child.output().slice(-4000)}`);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRssBytes };
}

const Args = z.object({
  // Occupations per build, comma-separated.
  sizes: z
    .string()
    .default('500,5000')
    .transform((list) => list.split(',').map(Number))
    .pipe(z.array(z.number().int().min(10)).min(1)),
  keep: z.boolean().default(false),
});

async function main(): Promise<number> {
  const { sizes, keep } = parseOptions(Args);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-build-'));
  const [load = 0] = os.loadavg();
  console.log(
    `bench:build — seed ${SEED}, ${PAGES_PER_OCCUPATION} comparison pages per occupation; Node ${process.version}; ` +
      `${os.availableParallelism()} CPUs, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, load average ${load.toFixed(1)}; work in ${work}`,
  );
  const runs: BuildRun[] = [];
  try {
    for (const occupations of sizes) {
      const raw = path.join(work, `raw-${occupations}`);
      const generated = path.join(work, `generated-${occupations}`);
      // Next.js keeps its build folder inside the project.
      const distDir = `.next-bench-${occupations}`;
      const manifest = generateCorpus({ outDir: raw, seed: SEED, occupations, pages: occupations * PAGES_PER_OCCUPATION });
      const ingestStarted = process.hrtime.bigint();
      const ingest = runIngest(['--input', raw, '--output', generated, '--editorial', path.join(work, 'no-editorial'), '--quiet']);
      if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
      const ingestSeconds = Number(process.hrtime.bigint() - ingestStarted) / 1e9;
      const { seconds, peakRssBytes } = await build({ ...process.env, NEXT_TELEMETRY_DISABLED: '1', GENERATED_DIR: generated, NEXT_DIST_DIR: distDir });
      const run = { occupations, pages: manifest.pages.length, ingestSeconds, buildSeconds: seconds, peakRssBytes, prerendered: countHtml(path.join(PROJECT_ROOT, distDir, 'server', 'app')) };
      runs.push(run);
      console.log(
        `${String(occupations).padStart(6)} occupations (${run.pages} pages): ingest ${ingestSeconds.toFixed(1)} s, ` +
          `build ${seconds.toFixed(1)} s, peak RSS ${(peakRssBytes / 1024 ** 2).toFixed(0)} MiB, ${run.prerendered} prerendered pages` +
          `${seconds <= TARGET_SECONDS && peakRssBytes <= TARGET_RSS ? '' : '  ← over target (5 min, 4 GB)'}`,
      );
      if (!keep) fs.rmSync(path.join(PROJECT_ROOT, distDir), { recursive: true, force: true });
    }
    const first = runs[0];
    const last = runs[runs.length - 1];
    if (first && last && last !== first) {
      const growth = last.buildSeconds / last.occupations / (first.buildSeconds / first.occupations);
      console.log(
        `build seconds per occupation, ${last.occupations} vs ${first.occupations}: ${growth.toFixed(2)}× ` +
          `(${growth <= 1 ? 'grows no faster than the occupations' : 'grows FASTER than the occupations'})`,
      );
    }
    return 0;
  } finally {
    if (!keep) fs.rmSync(work, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, 'bench-build', main);
