/**
 * npx tsx scripts/measure/start-time.ts [--port 3900] [--repo DIR] [--cold-cache] [--keep]
 *
 * What a newcomer's (or CI's) first `npm start` costs: the repository is
 * cloned (committed files only) into a temporary folder, `npm start` runs
 * there with PORT set, and as soon as the server answers an HTTP request the
 * whole process group is stopped. Prints the wall time from `npm start` to
 * the first response, split by phase as npm announces each script (install
 * by scripts/setup.mjs, ingest, build, then serve until the first response),
 * the peak RSS of the process tree in each phase (sampled every 250 ms; the
 * tree includes npm's own processes), and the machine's load average before
 * and during the run.
 *
 * The install uses npm's cache as it is (a machine that installed before);
 * --cold-cache gives npm an empty cache folder, so every package is
 * downloaded, as on a machine that never installed it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { cleanUpOnExit, startChild } from '../shared/child-process';
import { parseOptions, runIfMain } from '../shared/cli';
import { assertPortFree } from '../shared/ports';
import { PROJECT_ROOT } from '../shared/project-root';
import { waitUntilServing } from '../shared/wait-until-serving';
import { printTable } from './lib/format-table';
import { describeMachine, oneMinuteLoad } from './lib/machine-info';
import { formatMiB } from './lib/process-memory';
import { treeRssBytes } from './lib/process-tree-rss';

const TARGET_SECONDS = 240;
/** Give up after this long: something is wrong. */
const TIMEOUT_SECONDS = 1_800;

const PHASES = ['install', 'ingest', 'build', 'serve'] as const;
type Phase = (typeof PHASES)[number];

/** npm's banner for a script it starts: "> career-compare@0.1.0 build". */
const BANNER = /^> [^\s@]+@\S+ (ingest|build|serve)$/;

const Args = z.object({
  port: z.coerce.number().int().min(1).max(65_535).default(3900),
  repo: z.string().min(1).default(PROJECT_ROOT),
  'cold-cache': z.boolean().default(false),
  keep: z.boolean().default(false),
});

async function main(): Promise<number> {
  const args = parseOptions(Args);
  await assertPortFree(args.port);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'start-time-'));
  // On exit, however it comes (a failed clone, Ctrl-C): a finally block would not run on an interrupt.
  const removeWork = cleanUpOnExit(() => {
    if (args.keep) console.log(`kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  });
  const clone = path.join(work, 'career-compare');
  const cloneStarted = process.hrtime.bigint();
  const cloned = spawnSync('git', ['clone', '--quiet', path.resolve(args.repo), clone], { encoding: 'utf8' });
  if (cloned.status !== 0) throw new Error(`git clone failed: ${cloned.stderr}`);
  const cloneSeconds = Number(process.hrtime.bigint() - cloneStarted) / 1e9;
  const commit = spawnSync('git', ['-C', clone, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const npmVersion = spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim();
  const loadBefore = oneMinuteLoad();
  console.log(
    `start-time — fresh clone of ${commit} (${cloneSeconds.toFixed(1)} s to clone) in ${clone}; npm ${npmVersion}; ` +
      `npm cache ${args['cold-cache'] ? 'empty (every package downloaded)' : 'as it is on this machine'}`,
  );
  for (const line of describeMachine()) console.log(`  ${line}`);

  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(args.port), NODE_OPTIONS: '' };
  if (args['cold-cache']) env.npm_config_cache = path.join(work, 'npm-cache');
  const log = fs.createWriteStream(path.join(work, 'npm-start.log'));
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  // Its own process group, so the server and every helper npm started stop together.
  const child = startChild('npm start', 'npm', ['start'], { cwd: clone, env });
  const { pid } = child;
  const phaseStart: Partial<Record<Phase, number>> = { install: 0 };
  const peak: Partial<Record<Phase, number>> = {};
  // An object, not a variable: the output handler moves it on, out of the type checker's sight.
  const now: { phase: Phase } = { phase: 'install' };
  let pending = '';
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const next = PHASES.find((p) => p === BANNER.exec(line.trim())?.[1]);
      if (next && phaseStart[next] === undefined) {
        phaseStart[next] = elapsed();
        now.phase = next;
      }
    }
  };
  child.process.stdout?.on('data', onData);
  child.process.stderr?.on('data', (chunk: Buffer) => log.write(chunk));

  let maxLoad = loadBefore;
  const sampler = setInterval(() => {
    peak[now.phase] = Math.max(peak[now.phase] ?? 0, treeRssBytes(pid));
    maxLoad = Math.max(maxLoad, oneMinuteLoad());
  }, 250);
  let status: number | undefined;
  try {
    status = await waitUntilServing(child, `http://127.0.0.1:${args.port}/`, TIMEOUT_SECONDS * 1000);
  } finally {
    clearInterval(sampler);
    const total = elapsed();
    await child.stop(1_000);
    log.end();
    if (status !== undefined) {
      console.log(`first response: HTTP ${status} from http://127.0.0.1:${args.port}/ after ${total.toFixed(1)} s (server stopped)`);
      const ends = [...PHASES.slice(1).map((p) => phaseStart[p]), total];
      const rows = PHASES.map((p, i) => {
        const from = phaseStart[p] ?? 0;
        const to = ends[i] ?? total;
        const label = p === 'install' ? 'install (scripts/setup.mjs: npm ci)' : p === 'serve' ? 'serve, until the first response' : `npm run ${p}`;
        return [label, `${(to - from).toFixed(1)} s`, formatMiB(peak[p] ?? 0)];
      });
      printTable(['phase', 'time', 'peak RSS of the tree'], rows);
      console.log(`load average (1 min): ${loadBefore.toFixed(2)} before, at most ${maxLoad.toFixed(2)} during`);
      console.log(`${total <= TARGET_SECONDS ? 'meets' : 'MISSES'} target: npm start on a fresh clone, install included, under ${TARGET_SECONDS / 60} minutes (${total.toFixed(1)} s)`);
    }
    removeWork();
  }
  return 0;
}

runIfMain(import.meta.url, 'start-time', main);
