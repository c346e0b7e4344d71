/**
 * npx tsx scripts/measure/ingest-profile.ts --input DIR [--top 15] [--all-cores]
 *
 * Where an ingest's time goes: runs the real ingest CLI on DIR (into a
 * scratch output folder) under V8's sampling CPU profiler (node --cpu-prof),
 * then prints, for each stage of the pipeline, the time spent in it and in
 * everything it calls (a stage's time includes the garbage collection it
 * triggers only where V8 attributes it so: collection is listed on its own),
 * and the functions with the most time of their own. Pinned to one CPU, as
 * bench:ingest is, unless --all-cores.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { parseOptions, runIfMain } from '../shared/cli';
import { ingestCommand, runCommand } from '../shared/ingest-command';
import { PROJECT_ROOT } from '../shared/project-root';
import { printTable } from './lib/format-table';
import { onOneCpu, tasksetAvailable } from './lib/one-cpu';

/** The pipeline's stages: a function, by name and the end of its file's path. */
const STAGES: { label: string; name: string; file: string }[] = [
  { label: 'the ingest (discover → emitOutput; GC apart)', name: 'main', file: 'scripts/ingest.ts' },
  { label: 'load: unpack gzip', name: 'unpack', file: 'lib/ingest/decode-bytes.ts' },
  { label: 'load: decode bytes (charset, markup sniffing)', name: 'decodePage', file: 'lib/ingest/decode-bytes.ts' },
  { label: 'load: parse5 tree with source locations (parseHtml)', name: 'parseHtml', file: 'lib/ingest/html/html-document.ts' },
  { label: '  of which parse5 itself', name: 'parse', file: 'parse5/dist/index.js' },
  { label: 'load: canonical link', name: 'canonicalUrl', file: 'lib/ingest/load-page.ts' },
  { label: 'recognise the format', name: 'recognisePage', file: 'lib/ingest/recognise-format.ts' },
  { label: 'Handbook readers (parseHandbookPage)', name: 'parseHandbookPage', file: 'lib/ingest/handbook/parse-handbook-page.ts' },
  { label: 'plain-text pair pages', name: 'parsePairPage', file: 'lib/ingest/parse-pair-page.ts' },
  { label: 'plain-text articles', name: 'parseArticlePage', file: 'lib/ingest/parse-article-page.ts' },
  { label: 'duplicate check (content hash)', name: 'contentHash', file: 'lib/ingest/build-corpus.ts' },
  { label: 'collect: add a page', name: 'add', file: 'lib/ingest/collect-profiles.ts' },
  { label: 'collect: merge and validate profiles', name: 'finish', file: 'lib/ingest/collect-profiles.ts' },
  { label: 'landing pairs', name: 'landingPairs', file: 'lib/compare/landing-pairs.ts' },
  { label: 'likely matches', name: 'likelyMatches', file: 'lib/ingest/likely-matches.ts' },
  { label: 'write the output (emitOutput)', name: 'emitOutput', file: 'lib/ingest/emit-output.ts' },
  { label: 'garbage collection', name: '(garbage collector)', file: '' },
];

const CallFrame = z.object({ functionName: z.string(), url: z.string() });
const CpuProfile = z.object({
  nodes: z.array(z.object({ id: z.number(), callFrame: CallFrame, children: z.array(z.number()).optional() })),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
type CpuProfile = z.infer<typeof CpuProfile>;

interface ProfileSummary {
  seconds: number;
  /** Seconds in each function (by "name file") and everything it calls, each sample counted once per function. */
  inclusive: Map<string, number>;
  /** Seconds in each function's own code. */
  self: Map<string, number>;
}

const frameKey = (frame: z.infer<typeof CallFrame>) => `${frame.functionName} ${frame.url.replace(/^file:\/\//, '')}`;

/** Inclusive and self time per function, from a .cpuprofile. */
function summariseProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    // The delta before the next sample is the time this sample stands for.
    const seconds = (profile.timeDeltas[i + 1] ?? 0) / 1e6;
    total += seconds;
    const node = byId.get(id);
    if (!node) return;
    const own = frameKey(node.callFrame);
    self.set(own, (self.get(own) ?? 0) + seconds);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame) break;
      const key = frameKey(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + seconds);
    }
  });
  return { seconds: total, inclusive, self };
}

function stageSeconds(summary: ProfileSummary, stage: { name: string; file: string }): number {
  let seconds = 0;
  for (const [key, value] of summary.inclusive) if (key.startsWith(`${stage.name} `) && key.endsWith(stage.file)) seconds += value;
  return seconds;
}

const Args = z.object({
  input: z.string().min(1),
  top: z.coerce.number().int().min(0).default(15),
  'all-cores': z.boolean().default(false),
});

function main(): number {
  const args = parseOptions(Args);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-profile-'));
  try {
    const pin = !args['all-cores'] && tasksetAvailable();
    const profiler = ['--cpu-prof', '--cpu-prof-dir', path.join(work, 'profiles')];
    const child = runCommand(onOneCpu(ingestCommand(['--input', path.resolve(args.input), '--output', path.join(work, 'out'), '--quiet'], profiler), pin));
    if (child.status !== 0) throw new Error(`ingest failed (status ${child.status}): ${child.stderr}`);
    console.log(child.stdout.trim().split('\n').find((l) => l.startsWith('ingest: ')) ?? '');
    // tsx's loader runs in a worker thread with a profile of its own: the ingest's is the one that ran buildCorpus.
    const summaries = fs
      .readdirSync(path.join(work, 'profiles'))
      .map((f) => summariseProfile(CpuProfile.parse(JSON.parse(fs.readFileSync(path.join(work, 'profiles', f), 'utf8')))));
    const summary = summaries.find((s) => [...s.inclusive.keys()].some((k) => k.startsWith('buildCorpus '))) ?? summaries[0];
    if (!summary) throw new Error('no CPU profile written');
    console.log(`profiled ${summary.seconds.toFixed(2)} s of the ingest process${pin ? ' (pinned to one CPU)' : ''}; time in each stage and what it calls:`);
    const row = (label: string, seconds: number) => [label, `${seconds.toFixed(2)} s`, `${((100 * seconds) / summary.seconds).toFixed(1)} %`];
    const rows = STAGES.map((stage) => row(stage.label, stageSeconds(summary, stage)));
    const [ingest, gc] = [STAGES[0], STAGES[STAGES.length - 1]].map((s) => (s ? stageSeconds(summary, s) : 0));
    rows.push(row('the rest: start-up (Node, tsx compiling), idle', summary.seconds - (ingest ?? 0) - (gc ?? 0)));
    printTable(['stage', 'time', 'share'], rows);
    if (args.top > 0) {
      console.log(`functions with the most time of their own:`);
      const top = [...summary.self].sort((a, b) => b[1] - a[1]).slice(0, args.top);
      for (const [key, seconds] of top) {
        const [name = '', file = ''] = key.split(' ');
        const where = file.includes('/node_modules/') ? file.slice(file.indexOf('/node_modules/') + 14) : path.relative(PROJECT_ROOT, file) || file;
        console.log(`  ${seconds.toFixed(2).padStart(7)} s  ${((100 * seconds) / summary.seconds).toFixed(1).padStart(5)} %  ${name || '(anonymous)'} ${where}`);
      }
    }
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, 'ingest-profile', main);
