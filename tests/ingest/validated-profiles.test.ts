/**
 * What the ingest writes is what the schemas parsed: emitOutput takes only
 * profiles and reports parsed by their branded schemas. A value that fails
 * its fact's schema is set aside, never written and never chosen. And equal
 * object values from several pages merge, while values that differ are a
 * conflict.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus, type PageInput } from '@/lib/ingest/build-corpus';
import { emitOutput } from '@/lib/ingest/emit-output';
import { ValidatedProfile, ValidatedReport } from '@/lib/ingest/validated-output';
import type { Profile } from '@/lib/profile-schema';
import { readSeed, SEED_FILES } from '../helpers/seeds';
import { folderSnapshot } from '../helpers/folder-snapshot';
import { profileOf } from '../helpers/corpus-profiles';

const seedInputs = (): PageInput[] => Object.values(SEED_FILES).map((file) => ({ file, read: () => readSeed(file) }));
const textInput = (file: string, text: string): PageInput => ({ file, read: () => Buffer.from(text) });

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'validated-profiles-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('what emitOutput writes', () => {
  const corpus = buildCorpus(seedInputs());

  it('is each profile and the report as their schemas parse them', () => {
    const original = path.join(work, 'original');
    const reparsed = path.join(work, 'reparsed');
    emitOutput(original, corpus);
    emitOutput(reparsed, {
      ...corpus,
      profiles: corpus.profiles.map((p) => ValidatedProfile.parse(structuredClone(p))),
      report: ValidatedReport.parse(structuredClone(corpus.report)),
    });
    expect(folderSnapshot(reparsed)).toEqual(folderSnapshot(original));
  });

  it('fails without a trace when something fails while writing: the previous output stays as it was', () => {
    const out = path.join(work, 'kept');
    emitOutput(out, corpus);
    const before = folderSnapshot(out);
    const [first, ...rest] = corpus.index;
    if (!first) throw new Error('no index entry');
    // The index is parsed as it is written, after every profile: a bad entry fails the run late.
    expect(() => emitOutput(out, { ...corpus, index: [{ ...first, slug: 'Not A Slug!' }, ...rest] })).toThrow(/lower-case letters/);
    expect(folderSnapshot(out)).toEqual(before);
    expect(fs.readdirSync(work).filter((name) => name.startsWith('kept.'))).toEqual([]);
  });

  it('cannot be handed a profile that skipped the schema (checked by the type checker)', () => {
    const [first] = corpus.profiles;
    if (!first) throw new Error('no profile');
    const unparsed: Profile = { ...structuredClone(first), slug: 'Not A Slug!' };
    // @ts-expect-error a Profile that was not parsed by ValidatedProfile is not a ValidatedProfile (tsc fails if this compiles)
    const refused: Corpus = { ...corpus, profiles: [unparsed] };
    // And the only way to one is the parse, which refuses it.
    expect(() => ValidatedProfile.parse(refused.profiles[0])).toThrow(/lower-case letters/);
  });
});

describe('a value that fails its fact\'s schema', () => {
  const seed = readSeed(SEED_FILES.orderVsCustomerService).toString('utf8');
  const base = seed.replace('| Job satisfaction | - | 4 |', '| Job satisfaction | 3.5 | 4 |');
  // The parser reads any number; job satisfaction is a rating out of 5, so the schema refuses 7.
  const inverted = seed.replace('| Job satisfaction | - | 4 |', '| Job satisfaction | 7 | 4 |');

  it('is set aside with a warning and kept verbatim, and cannot win even on the newest page', () => {
    expect(inverted).not.toBe(base);
    const corpus = buildCorpus([
      textInput('a.txt', base),
      textInput('b.txt', `---\nscraped_at: 2026-01-01\n---\n${inverted}`),
    ]);
    const ops = profileOf(corpus, 'order-processing-specialist');
    expect(ops.facts.jobSatisfaction).toEqual({ value: 3.5, sources: [{ file: 'a.txt', lines: [14] }] });
    expect(ops.unrecognised).toEqual([{ label: 'jobSatisfaction', text: '7', source: { file: 'b.txt', line: 17 } }]);
    expect(corpus.report.diagnostics).toContainEqual({
      file: 'b.txt',
      line: 17,
      severity: 'warning',
      code: 'unparsed-value',
      message: 'jobSatisfaction of Order Processing Specialist: Too big: expected number to be <=5; kept verbatim',
    });
    expect(corpus.report.conflicts).toEqual([]);
    // The other occupation's value on the same row was fine, and is kept from both pages.
    const css = profileOf(corpus, 'customer-service-specialist');
    expect(css.facts.jobSatisfaction).toEqual({ value: 4, sources: [{ file: 'a.txt', lines: [14] }, { file: 'b.txt', lines: [17] }] });
  });

  it('includes shares of one whole that add up to more than 100%', () => {
    const split = seed.replace('| Gender ratio | Male, 29.7% Female, 70.3% |', '| Gender ratio | Male, 59.7% Female, 70.3% |');
    expect(split).not.toBe(seed);
    const corpus = buildCorpus([textInput('a.txt', split)]);
    const ops = profileOf(corpus, 'order-processing-specialist');
    expect(ops.facts.genderSplit).toBeUndefined();
    expect(ops.unrecognised).toEqual([{ label: 'genderSplit', text: '{"female":70.3,"male":59.7}', source: { file: 'a.txt', line: 36 } }]);
    // Rounding may take a split a little past 100%: 50.3 + 50.1 is still a split.
    const rounded = buildCorpus([textInput('a.txt', seed.replace('Male, 29.7% Female, 70.3%', 'Male, 50.3% Female, 50.1%'))]);
    expect(profileOf(rounded, 'order-processing-specialist').facts.genderSplit?.value).toEqual({ male: 50.3, female: 50.1 });
  });

  it('alone, leaves the fact out of the profile', () => {
    const corpus = buildCorpus([textInput('b.txt', inverted)]);
    const ops = profileOf(corpus, 'order-processing-specialist');
    expect(ops.facts.jobSatisfaction).toBeUndefined();
    expect(ops.facts.averageSalary?.value).toBe(37540);
    expect(ops.unrecognised.map((u) => u.label)).toEqual(['jobSatisfaction']);
  });
});

describe('merging object values', () => {
  const base = readSeed(SEED_FILES.orderVsCustomerService).toString('utf8');

  it('equal object values from several pages merge, citing every page', () => {
    const corpus = buildCorpus(seedInputs());
    const css = profileOf(corpus, 'customer-service-specialist');
    expect(css.facts.raceRatio?.sources.map((s) => s.file)).toEqual([
      SEED_FILES.orderVsCustomerService,
      SEED_FILES.leadVsCustomerService,
      SEED_FILES.collectionsVsCustomerService,
    ]);
    expect(corpus.report.conflicts).toEqual([]);
  });

  it('object values that differ in one nested number are a conflict, with both values listed', () => {
    const changed = base.replace('Hispanic or Latino, 20.0%', 'Hispanic or Latino, 20.1%');
    expect(changed).not.toBe(base);
    const corpus = buildCorpus([textInput('a.txt', base), textInput('b.txt', changed)]);
    const conflict = corpus.report.conflicts.find((c) => c.field === 'raceRatio');
    expect(conflict?.occupation).toBe('customer-service-specialist');
    expect(conflict?.values).toHaveLength(2);
    expect(corpus.report.conflicts).toHaveLength(1);
  });
});
