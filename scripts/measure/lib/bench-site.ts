/**
 * The site the serving benchmarks run against: a seeded synthetic corpus,
 * ingested into a temporary folder, built in a project snapshot and served
 * by `next start` on 127.0.0.1. Nothing in the checkout changes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeCorpus, generateCorpus } from '../../corpus/generate-corpus';
import { cleanUpOnExit } from '../../shared/child-process';
import { runIngest } from '../../shared/ingest-command';
import { DEPLOYED_NODE_FLAGS, startNextServer, type NextServer } from '../../shared/next-server';
import { readOccupationIndex } from '../../shared/occupation-index';
import { assertPortFree } from '../../shared/ports';
import { PROJECT_ROOT } from '../../shared/project-root';
import type { PairSource } from './pair-sample';
import { buildSnapshot, createProjectSnapshot, prerenderedPaths } from './project-snapshot';

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
  /** Node flags for next start (default: as deployed, DEPLOYED_NODE_FLAGS). */
  nodeFlags?: string;
}

export interface BenchSite {
  next: NextServer;
  generatedDir: string;
  /** Paths the build prerendered. */
  prerendered: Set<string>;
  pairs: PairSource;
  /** Stops the server and removes the temporary folders (unless kept). */
  close(): Promise<void>;
}

/** The occupations and scraped pairs an ingest wrote. */
export function readPairSource(generatedDir: string): PairSource {
  const index = readOccupationIndex(generatedDir);
  return { slugs: index.occupations.map((o) => o.slug), scraped: index.pairs };
}

export async function prepareBenchSite(options: BenchSiteOptions, log: (line: string) => void): Promise<BenchSite> {
  await assertPortFree(options.port);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-site-'));
  const raw = path.join(work, 'raw');
  const generatedDir = path.join(work, 'generated');
  let projectDir: string | undefined;
  let next: NextServer | undefined;
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
    const ingest = runIngest(['--input', raw, '--output', generatedDir, '--quiet']);
    if (ingest.status !== 0) throw new Error(`ingest failed (${ingest.status}):\n${ingest.stderr}`);
    log(ingest.stdout.trim());
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
    next = await startNextServer({ projectDir, port: options.port, env, nodeFlags });
    log(`next start: pid ${next.pid}, ${next.url}, node flags: ${nodeFlags || '(none)'}`);
    return { next, generatedDir, prerendered: prerenderedPaths(projectDir), pairs: readPairSource(generatedDir), close };
  } catch (error) {
    await close();
    throw error;
  }
}
