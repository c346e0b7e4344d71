/**
 * Profiles are validated once, in collectProfiles, then frozen; emitOutput
 * writes those as they are and validates anything else. And the merge's fast
 * path for agreeing pages still groups and splits object values correctly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, isValidatedReport, type Corpus, type PageInput } from '@/lib/ingest/build-corpus';
import { isValidatedProfile } from '@/lib/ingest/collect-profiles';
import { emitOutput } from '@/lib/ingest/emit-output';
import { ProfileSchema } from '@/lib/profile-schema';
import { planCorpus, renderPage } from '@/scripts/generate-corpus';
import { readSeed, SEED_FILES } from '../helpers/seeds';
import { folderSnapshot } from '../helpers/folder-snapshot';

const seedInputs = (): PageInput[] => Object.values(SEED_FILES).map((file) => ({ file, read: () => readSeed(file) }));
const textInput = (file: string, text: string): PageInput => ({ file, read: () => Buffer.from(text) });

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'validated-profiles-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('profiles validated once', () => {
  const corpus = buildCorpus(seedInputs());

  it('profiles from the pipeline are registered as validated and frozen, deep down', () => {
    for (const profile of corpus.profiles) {
      expect(isValidatedProfile(profile)).toBe(true);
      expect(Object.isFrozen(profile)).toBe(true);
      expect(Object.isFrozen(profile.facts.averageSalary?.sources[0] ?? profile.sources[0])).toBe(true);
    }
    const copy = structuredClone(corpus.profiles[0]);
    if (!copy) throw new Error('no profile');
    expect(isValidatedProfile(copy)).toBe(false);
  });

  it('a copy of a profile is validated by emitOutput and written identically', () => {
    const original = path.join(work, 'original');
    const copied = path.join(work, 'copied');
    emitOutput(original, corpus);
    const copies: Corpus = { ...corpus, profiles: corpus.profiles.map((p) => structuredClone(p)), report: structuredClone(corpus.report) };
    expect(isValidatedReport(corpus.report)).toBe(true);
    expect(Object.isFrozen(corpus.report.pages[0])).toBe(true);
    expect(isValidatedReport(copies.report)).toBe(false);
    emitOutput(copied, copies);
    expect(folderSnapshot(copied)).toEqual(folderSnapshot(original));
  });

  it('an invalid profile that did not come from the pipeline is refused, and the previous output kept', () => {
    const out = path.join(work, 'refused');
    emitOutput(out, corpus);
    const before = folderSnapshot(out);
    const [first, ...rest] = corpus.profiles;
    if (!first) throw new Error('no profile');
    const broken: Corpus = { ...corpus, profiles: [{ ...structuredClone(first), slug: 'Not A Slug!' }, ...rest] };
    expect(() => emitOutput(out, broken)).toThrow();
    const badReport: Corpus = { ...corpus, report: { ...structuredClone(corpus.report), pages: [{ file: 'x', status: 'lost' }] } as unknown as Corpus['report'] };
    expect(() => emitOutput(out, badReport)).toThrow();
    expect(folderSnapshot(out)).toEqual(before);
    expect(fs.readdirSync(work).filter((n) => n.startsWith('refused.'))).toEqual([]);
  });
});

describe('profiles assembled from validated parts', () => {
  const hostile = path.join(import.meta.dirname, '../fixtures/hostile');
  const manifest = planCorpus({ seed: 7, occupations: 40, pages: 120 });
  const generated = Array.from({ length: 120 }, (_, i) => textInput(`g${String(i).padStart(3, '0')}.txt`, renderPage(manifest, i)));
  const padded = readSeed(SEED_FILES.orderVsCustomerService)
    .toString('utf8')
    .replace('source: ', 'crawler: nightly-7\nsource: ');
  const inputs = [
    ...seedInputs(),
    ...generated,
    ...fs.readdirSync(hostile).map((name) => textInput(`h-${name}`, fs.readFileSync(path.join(hostile, name), 'utf8'))),
    textInput('padded.txt', padded),
  ];

  it('equal what a full ProfileSchema parse of each returns, byte for byte', () => {
    const corpus = buildCorpus(inputs);
    expect(corpus.profiles.length).toBeGreaterThan(40);
    for (const profile of corpus.profiles) {
      expect(JSON.stringify(profile, null, 2)).toBe(JSON.stringify(ProfileSchema.parse(structuredClone(profile)), null, 2));
    }
  });
});

describe('merging object values', () => {
  const base = readSeed(SEED_FILES.orderVsCustomerService).toString('utf8');

  it('equal object values from several pages merge, citing every page', () => {
    const corpus = buildCorpus(seedInputs());
    const css = corpus.profiles.find((p) => p.slug === 'customer-service-specialist');
    expect(css?.facts.raceRatio?.sources.map((s) => s.file)).toEqual([
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
