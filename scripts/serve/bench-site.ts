/**
 * The site the serving benchmarks run against: a seeded synthetic corpus,
 * ingested into a temporary folder, built in a project snapshot and served
 * by `next start` on 127.0.0.1. Nothing in the checkout changes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OccupationIndex } from '../../lib/profile-schema';
import { describeCorpus, generateCorpus } from '../generate-corpus';
import { cleanUpOnExit, startChild, type Child } from './child-processes';
import { DEPLOYED_NODE_FLAGS, startNextServer } from './next-process';
import type { PairSource } from './pair-sample';
import { assertPortFree } from '../server/next-server';
import { buildSnapshot, createProjectSnapshot, PROJECT_ROOT, prerenderedPaths } from './project-snapshot';

export interface BenchSiteOptions {
  occupations: number;
  /** Scraped pages per occupation (comparison pages and articles). */
  pagesPerOccupation: number;
  seed: number;
  /** PRERENDER_PAIR_LIMIT for the build: how many ordered pairs it prerenders. */
  prerenderPairs: number;
  /** PRERENDER_OCCUPATION_LIMIT for the build: how many occupation pages it prerenders. */
  prerenderOccupations: number;
  port: number;
  /** Keep the corpus, output and build afterwards (their folders are printed). */
  keep: boolean;
  /** Node flags for next start (default: as deployed, see next-process.ts). */
  nodeFlags?: string;
}

export interface BenchSite {
  baseUrl: string;
  next: Child;
  generatedDir: string;
  projectDir: string;
  /** Paths the build prerendered. */
  prerendered: Set<string>;
  pairs: PairSource;
  /** Stops the server and removes the temporary folders (unless kept). */
  close(): Promise<void>;
}

/** The occupations and scraped pairs an ingest wrote. */
export function readPairSource(generatedDir: string): PairSource {
  const index = OccupationIndex.parse(JSON.parse(fs.readFileSync(path.join(generatedDir, 'index.json'), 'utf8')));
  return { slugs: index.occupations.map((o) => o.slug), scraped: index.pairs };
}

async function ingest(input: string, output: string, log: (line: string) => void): Promise<void> {
  const child = startChild('ingest', process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--input', input, '--output', output, '--quiet'], { cwd: PROJECT_ROOT });
  const code = await child.exited;
  if (code !== 0) throw new Error(`ingest failed (${code}):\n${child.output()}`);
  log(child.output());
}

export async function prepareBenchSite(options: BenchSiteOptions, log: (line: string) => void): Promise<BenchSite> {
  await assertPortFree(options.port);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-site-'));
  const raw = path.join(work, 'raw');
  const generatedDir = path.join(work, 'generated');
  let projectDir: string | undefined;
  let next: Child | undefined;
  const removeFolders = cleanUpOnExit(() => {
    if (options.keep) {
      log(`kept: corpus and output in ${work}, build in ${projectDir ?? '(none)'}`);
      return;
    }
    for (const dir of [work, projectDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  const close = async () => {
    await next?.stop();
    removeFolders();
  };
  try {
    const manifest = generateCorpus({ outDir: raw, occupations: options.occupations, pages: options.occupations * options.pagesPerOccupation, seed: options.seed });
    log(`corpus: ${describeCorpus(manifest)}`);
    await ingest(raw, generatedDir, log);
    projectDir = createProjectSnapshot('bench-build');
    log(
      `building in ${path.relative(PROJECT_ROOT, projectDir)} (prerendering at most ${options.prerenderPairs} pairs, ${options.prerenderOccupations} occupation pages) …`,
    );
    const env = {
      GENERATED_DIR: generatedDir,
      PRERENDER_PAIR_LIMIT: String(options.prerenderPairs),
      PRERENDER_OCCUPATION_LIMIT: String(options.prerenderOccupations),
    };
    const seconds = await buildSnapshot(projectDir, env);
    log(`build: ${seconds.toFixed(0)} s`);
    const nodeFlags = options.nodeFlags ?? DEPLOYED_NODE_FLAGS;
    next = await startNextServer(projectDir, options.port, env, nodeFlags);
    log(`next start: pid ${next.pid}, http://127.0.0.1:${options.port}, node flags: ${nodeFlags || '(none)'}`);
    return {
      baseUrl: `http://127.0.0.1:${options.port}`,
      next,
      generatedDir,
      projectDir,
      prerendered: prerenderedPaths(projectDir),
      pairs: readPairSource(generatedDir),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
