/**
 * The `npm run ingest` command end to end: output layout, byte-identical
 * re-runs, --strict, and output that survives failed runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOccupationStore } from '@/lib/occupations';
import { runIngest } from '@/scripts/shared/ingest-command';
import { copySeedPages, seedPagesDir } from '../helpers/seeds';
import { folderSnapshot } from '../helpers/folder-snapshot';

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-cli-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('npm run ingest', () => {
  it('writes one profile per occupation, the index, the report and the JSON Schema, and prints a summary', () => {
    const out = path.join(work, 'out');
    const r = runIngest(['--input', seedPagesDir(), '--output', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ingest: 5 pages read, 5 parsed, 0 partial, 0 rejected; 6 occupations, 0 conflicts, 0 unrecognised items; \d+\.\d\d s → /m);
    expect(fs.readdirSync(out).sort()).toEqual(['index.json', 'ingest-report.json', 'occupations', 'profile.schema.json']);
    expect(fs.readdirSync(path.join(out, 'occupations')).sort()).toEqual([
      'collections-customer-service.json',
      'customer-relations-specialist.json',
      'customer-service-specialist.json',
      'lead-customer-service-representative.json',
      'order-processing-specialist.json',
      'order-processor.json',
    ]);
    const schema = JSON.parse(fs.readFileSync(path.join(out, 'profile.schema.json'), 'utf8'));
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['slug', 'title', 'facts', 'sources']));
    // The site's loader accepts what the ingest wrote.
    const store = loadOccupationStore(out);
    expect(store.bySlug.get('collections-customer-service')?.title).toBe('Collections, Customer Service');
  });

  it('gives byte-identical output when the same pages are ingested again', () => {
    const a = path.join(work, 'same-a');
    const b = path.join(work, 'same-b');
    expect(runIngest(['--input', seedPagesDir(), '--output', a]).status).toBe(0);
    expect(runIngest(['--input', seedPagesDir(), '--output', b]).status).toBe(0);
    const first = folderSnapshot(a);
    expect(Object.keys(first)).toHaveLength(9);
    expect(folderSnapshot(b)).toEqual(first);
    expect(runIngest(['--input', seedPagesDir(), '--output', a]).status).toBe(0);
    expect(folderSnapshot(a)).toEqual(first);
  });

  it('--strict exits non-zero when a page is rejected, naming the file and reason; without it the run succeeds', () => {
    const input = path.join(work, 'strict-in');
    copySeedPages(input);
    fs.writeFileSync(path.join(input, 'broken.html'), '<html><body>Not a career page</body></html>');
    const lax = runIngest(['--input', input, '--output', path.join(work, 'strict-lax')]);
    expect(lax.status).toBe(0);
    expect(lax.stderr).toContain('broken.html:1: unknown page format');
    const strict = runIngest(['--input', input, '--output', path.join(work, 'strict-out'), '--strict']);
    expect(strict.status).toBe(3);
    expect(strict.stderr).toContain('--strict: 1 rejected and 0 truncated pages');
  });

  it('keeps the previous output when a run finds nothing usable', () => {
    const out = path.join(work, 'keep');
    expect(runIngest(['--input', seedPagesDir(), '--output', out]).status).toBe(0);
    const before = folderSnapshot(out);
    const junk = path.join(work, 'junk-in');
    fs.mkdirSync(junk);
    fs.writeFileSync(path.join(junk, 'empty.txt'), '');
    const r = runIngest(['--input', junk, '--output', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no occupations found');
    expect(r.stderr).toContain('empty.txt: empty file (0 bytes)');
    expect(folderSnapshot(out)).toEqual(before);
  });

  it('rejects unknown flags and missing input folders with usage', () => {
    expect(runIngest(['--bogus']).status).toBe(2);
    const r = runIngest(['--input', path.join(work, 'does-not-exist')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('input folder not found');
  });

  it('restores the previous output if a run died between the two renames of the swap', () => {
    const out = path.join(work, 'swap');
    expect(runIngest(['--input', seedPagesDir(), '--output', out]).status).toBe(0);
    const before = folderSnapshot(out);
    // A dead run's state: output moved aside, new output never moved in.
    fs.renameSync(out, `${out}.old-999999`);
    fs.mkdirSync(`${out}.tmp-999999`);
    expect(runIngest(['--input', seedPagesDir(), '--output', out]).status).toBe(0);
    expect(folderSnapshot(out)).toEqual(before);
    expect(fs.readdirSync(work).filter((n) => n.startsWith('swap.'))).toEqual([]);
  });
});
