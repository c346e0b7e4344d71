/**
 * A real kill: the ingest CLI is SIGKILLed while it writes its temporary
 * output folder. The previous output must be byte-for-byte intact, and the
 * next run must succeed, write valid output and remove the dead run's folder.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOccupationStore } from '@/lib/occupations';
import { generateCorpus, type CorpusManifest } from '@/scripts/corpus/generate-corpus';
import { ingestCommand, runIngest } from '@/scripts/shared/ingest-command';
import { PROJECT_ROOT as ROOT } from '@/scripts/shared/project-root';
import { seedPagesDir } from '../helpers/seeds';
import { folderSnapshot } from '../helpers/folder-snapshot';

/** Enough occupations that writing their profiles takes a good fraction of a second: the window for the kill. */
const CORPUS = { seed: 7, occupations: 3_000, pages: 3_000 };

let work: string;
let corpusDir: string;
let manifest: CorpusManifest;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'killed-run-'));
  corpusDir = path.join(work, 'corpus');
  manifest = generateCorpus({ ...CORPUS, outDir: corpusDir });
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface KilledRun {
  pid: number;
  temp: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  tempLeftBehind: boolean;
}

/**
 * Starts the ingest CLI and SIGKILLs it the moment its temporary folder
 * `<output>.tmp-<pid>` appears (watched with fs.watch, polled as a fallback).
 */
function ingestKilledWhileWriting(input: string, output: string): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const [program = process.execPath, ...args] = ingestCommand(['--input', input, '--output', output, '--quiet']);
    const child = spawn(program, args, {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: 'ignore',
    });
    const { pid } = child;
    if (pid === undefined) {
      reject(new Error('ingest did not start'));
      return;
    }
    const temp = `${output}.tmp-${pid}`;
    const killIfWriting = () => {
      if (fs.existsSync(temp)) child.kill('SIGKILL');
    };
    const watcher = fs.watch(path.dirname(output), killIfWriting);
    const poll = setInterval(killIfWriting, 2);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      watcher.close();
      clearInterval(poll);
      resolve({ pid, temp, code, signal, tempLeftBehind: fs.existsSync(temp) });
    });
  });
}

describe('an ingest killed while writing its output', () => {
  it('leaves the previous output intact; the next run succeeds and removes the dead run\'s folder', async () => {
    const output = path.join(work, 'generated');
    // The previous output: the five seed pages.
    expect(runIngest(['--input', seedPagesDir(), '--output', output, '--quiet']).status).toBe(0);
    const before = folderSnapshot(output);
    expect(Object.keys(before).length).toBeGreaterThan(5);

    const killed = await ingestKilledWhileWriting(corpusDir, output);
    // It really died by the kill, part-way through writing (its temporary folder is still there).
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.code).toBeNull();
    expect(killed.tempLeftBehind).toBe(true);
    expect(folderSnapshot(output)).toEqual(before);

    // (stderr may carry warnings about other content, such as editorial files; the status is what counts.)
    const next = runIngest(['--input', corpusDir, '--output', output, '--quiet']);
    expect(next.status, next.stderr).toBe(0);
    expect(fs.existsSync(killed.temp)).toBe(false);
    expect(fs.readdirSync(work).filter((n) => n.startsWith('generated.'))).toEqual([]);
    // The site's loader validates every file it reads.
    const store = loadOccupationStore(output);
    expect(store.index).toHaveLength(manifest.covered);
    const someone = manifest.occupations[0];
    expect(someone && store.bySlug.get(someone.slug)?.facts.averageSalary?.value).toBe(someone?.pay.averageSalary);
  });

  it('cleans up only folders named by a process id: "<output>.tmp-backup" is someone\'s, and stays', () => {
    const output = path.join(work, 'keep');
    expect(runIngest(['--input', seedPagesDir(), '--output', output, '--quiet']).status).toBe(0);
    const theirs = [`${output}.tmp-backup`, `${output}.old-notes`, `${output}.tmp-12abc`];
    for (const dir of theirs) {
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'precious.txt'), 'do not delete');
    }
    // A dead run's leftovers are still removed.
    fs.mkdirSync(`${output}.tmp-999999`);
    expect(runIngest(['--input', seedPagesDir(), '--output', output, '--quiet']).status).toBe(0);
    expect(fs.existsSync(`${output}.tmp-999999`)).toBe(false);
    for (const dir of theirs) expect(fs.readFileSync(path.join(dir, 'precious.txt'), 'utf8')).toBe('do not delete');
  });
});
