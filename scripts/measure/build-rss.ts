/**
 * npx tsx scripts/measure/build-rss.ts --dir DIR [--fresh]
 *
 * Peak memory of `npm run build` in DIR (a checkout of this project that has
 * been installed and ingested, e.g. a clone kept by start-time.ts --keep):
 * the RSS of the build's whole process tree (npm, the cache-handler compile,
 * `next build` and its workers), sampled every 250 ms. Prints the build's
 * wall time, its peak, which processes made up the tree at the peak, and the
 * machine's load average. --fresh deletes DIR/.next first, so the build is a
 * first build, as on a fresh clone (Next.js otherwise reuses .next/cache).
 * Also prints when each of the build's steps ended (the lines it prints as
 * it finishes one), to show where the time goes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { startChild } from '../shared/child-process';
import { parseOptions, runIfMain } from '../shared/cli';
import { describeMachine, oneMinuteLoad } from './lib/machine-info';
import { formatMiB } from './lib/process-memory';
import { treeMembers, treeRssBytes, type TreeMember } from './lib/process-tree-rss';

const TARGET_BYTES = 4 * 1024 ** 3;

const Args = z.object({ dir: z.string().min(1), fresh: z.boolean().default(false) });

/** A process as people know it: "next build (worker)", "npm run build". */
function describe(command: string): string {
  const short = command.replace(/\S*\/node_modules\/next\/dist\//g, 'next/dist/').replace(/\S*\/bin\/(node|npm|sh)\b/g, '$1');
  return short.length > 110 ? `${short.slice(0, 107)}...` : short;
}

async function main(): Promise<number> {
  const args = parseOptions(Args);
  const dir = path.resolve(args.dir);
  if (!fs.existsSync(path.join(dir, 'package.json'))) throw new Error(`no package.json in ${dir}`);
  if (args.fresh) fs.rmSync(path.join(dir, '.next'), { recursive: true, force: true });
  for (const line of describeMachine()) console.log(`build-rss: ${line}`);
  const loadBefore = oneMinuteLoad();
  const started = process.hrtime.bigint();
  const child = startChild('npm run build', 'npm', ['run', 'build'], { cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
  let pending = '';
  /** Each output line with the second it appeared: the build says what it finished, not when. */
  const lines: { at: number; line: string }[] = [];
  const onData = (d: Buffer) => {
    pending += d.toString();
    const parts = pending.split(/\r?\n|\r/);
    pending = parts.pop() ?? '';
    const at = Number(process.hrtime.bigint() - started) / 1e9;
    for (const line of parts) if (line.trim() !== '') lines.push({ at, line: line.trim() });
  };
  child.process.stdout?.on('data', onData);
  child.process.stderr?.on('data', onData);
  const { pid } = child;
  let peak = 0;
  let atPeak: TreeMember[] = [];
  let maxLoad = loadBefore;
  const timer = setInterval(() => {
    const total = treeRssBytes(pid);
    // Commands are read only for a new peak: reading every process's command line each time costs more.
    if (total > peak) {
      peak = total;
      atPeak = treeMembers(pid, true);
    }
    maxLoad = Math.max(maxLoad, oneMinuteLoad());
  }, 250);
  const code = await child.exited;
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const output = child.output();
  if (code !== 0) throw new Error(`npm run build failed (${code}):\n${output.slice(-4000)}`);
  const prerendered = /Generating static pages[^\n]*\((\d+)\/(\d+)\)/.exec(output.replace(/\r/g, '\n').split('\n').filter((l) => l.includes('Generating static pages')).pop() ?? '');
  console.log(
    `npm run build in ${dir}${args.fresh ? ' (after deleting .next)' : ''}: ${seconds.toFixed(1)} s, peak RSS of the process tree ${formatMiB(peak)}` +
      `${prerendered ? `, ${prerendered[2]} static pages` : ''}; load average (1 min) ${loadBefore.toFixed(2)} before, at most ${maxLoad.toFixed(2)} during`,
  );
  console.log('steps (seconds since the build started, as each line appeared):');
  const steps = lines.filter((l) => /^(?:✓|>|Creating an optimized|Collecting|Finalizing|Generating static pages|Running TypeScript|copy-standalone|compile-cache)/i.test(l.line) || /\bin \d+(?:\.\d+)?m?s\b/.test(l.line));
  // Progress lines ("Generating static pages (120/2299)"): the first and the last are enough.
  const progress = steps.filter((l) => /^Generating static pages/.test(l.line));
  for (const l of steps) {
    if (progress.includes(l) && l !== progress[0] && l !== progress[progress.length - 1]) continue;
    console.log(`  ${l.at.toFixed(1).padStart(6)} s  ${l.line.slice(0, 120)}`);
  }
  console.log('at the peak:');
  for (const m of [...atPeak].sort((a, b) => b.rssBytes - a.rssBytes)) console.log(`  ${formatMiB(m.rssBytes).padStart(9)}  ${describe(m.command)}`);
  console.log(`${peak < TARGET_BYTES ? 'meets' : 'MISSES'} target: peak RSS of the build under 4 GB (${formatMiB(peak)})`);
  return 0;
}

runIfMain(import.meta.url, 'build-rss', main);
