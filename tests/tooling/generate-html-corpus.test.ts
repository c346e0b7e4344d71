/**
 * The synthetic Handbook corpus (copies of the shipped Occupational Outlook
 * Handbook pages, one new occupation each) against the real ingest: every
 * page parses, each is its own occupation, the Quick Facts figures the
 * generator wrote are the ones the profiles hold, every copy gives the same
 * facts as the real page it was copied from (so every reader is exercised),
 * copies link to copies, and the same seed gives the same bytes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus } from '@/lib/ingest/build-corpus';
import { discoverPages } from '@/lib/ingest/discover-pages';
import type { Profile } from '@/lib/profile-schema';
import {
  HANDBOOK_TEMPLATES_DIR,
  loadHandbookTemplates,
  planHandbookCorpus,
  SYNTHETIC_ORIGIN,
  generateHandbookCorpus,
  writeHandbookCorpus,
  type HandbookCorpusManifest,
  type HandbookTemplate,
} from '@/scripts/corpus/handbook-pages';
import { runCommand, tsScriptCommand } from '@/scripts/shared/ingest-command';
import { PROJECT_ROOT } from '@/scripts/shared/project-root';
import { profileOf } from '../helpers/corpus-profiles';
import { folderSnapshot } from '../helpers/folder-snapshot';

/** 40 templates, 100 pages: every template copied twice or three times. */
const TEMPLATES = 40;
const OPTIONS = { seed: 42, pages: 100 };

let work: string;
let templates: HandbookTemplate[];
let manifest: HandbookCorpusManifest;
let corpus: Corpus;
/** The real pages the copies were made from, ingested on their own. */
let originals: Map<string, Profile>;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'generate-html-corpus-'));
  templates = loadHandbookTemplates(HANDBOOK_TEMPLATES_DIR, TEMPLATES);
  manifest = writeHandbookCorpus(templates, { ...OPTIONS, outDir: path.join(work, 'a') });
  corpus = buildCorpus(discoverPages(path.join(work, 'a')));
  const real = buildCorpus(templates.map((t) => ({ file: t.file, read: () => fs.readFileSync(path.join(HANDBOOK_TEMPLATES_DIR, t.file)) })));
  originals = new Map(real.profiles.map((p) => [p.sources[0]?.file ?? '', p]));
}, 60_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('a generated Handbook corpus, ingested by the real pipeline', () => {
  it('parses every page as a Handbook profile, rejects none and cuts none', () => {
    const { summary } = corpus.report;
    expect(summary).toMatchObject({ pagesRead: OPTIONS.pages, pagesParsed: OPTIONS.pages, pagesPartial: 0, pagesRejected: 0, conflicts: 0 });
    expect(corpus.report.pages.every((p) => p.format === 'handbook-profile' && p.status === 'parsed')).toBe(true);
    expect(corpus.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(manifest.templates).toBe(TEMPLATES);
    expect(manifest.pages.map((p) => p.variant).sort((a, b) => b - a)[0]).toBe(2);
  });

  it('makes each page its own occupation: distinct titles, slugs, addresses and SOC codes', () => {
    expect(corpus.profiles).toHaveLength(OPTIONS.pages);
    expect(new Set(manifest.pages.map((p) => p.slug)).size).toBe(OPTIONS.pages);
    expect(new Set(manifest.pages.map((p) => p.url)).size).toBe(OPTIONS.pages);
    for (const page of manifest.pages) {
      const profile = profileOf(corpus, page.slug);
      expect(profile.title).toBe(page.title);
      expect(profile.sources).toHaveLength(1);
      expect(profile.sources[0]).toMatchObject({ file: page.file, format: 'handbook-profile', url: page.url });
      expect(page.url.startsWith(`${SYNTHETIC_ORIGIN}/ooh/`)).toBe(true);
    }
    const codes = corpus.profiles.flatMap((p) => (p.facts.socCode?.value ? [p.facts.socCode.value] : []));
    expect(codes.length).toBeGreaterThan(OPTIONS.pages / 2);
    expect(new Set(codes).size).toBe(codes.length);
    // No two copies share a code, so none is offered to an editor as "the same occupation".
    expect(corpus.report.summary.likelyMatches).toBe(0);
  });

  it('gives the Quick Facts figures the generator wrote, varied from the real page', () => {
    let varied = 0;
    let withJobs = 0;
    for (const page of manifest.pages) {
      const facts = profileOf(corpus, page.slug).facts;
      const { medianPay, jobs } = page.quickFacts;
      expect(medianPay?.yearly ?? medianPay?.hourly, page.file).toBeDefined();
      if (medianPay?.yearly !== undefined) expect(facts.medianPay?.value?.yearly?.amount, page.file).toBe(medianPay.yearly);
      if (medianPay?.hourly !== undefined) expect(facts.medianPay?.value?.hourly?.amount, page.file).toBe(medianPay.hourly);
      if (jobs !== undefined) {
        withJobs += 1;
        expect(facts.employment?.value?.count, page.file).toBe(jobs);
      }
      const original = originals.get(page.template)?.facts.medianPay?.value;
      const pay = (p: typeof original) => p?.yearly?.amount ?? p?.hourly?.amount;
      if (pay(original) !== pay(facts.medianPay?.value)) varied += 1;
    }
    expect(varied).toBeGreaterThan(OPTIONS.pages * 0.9);
    // A record need not give the number of jobs: most must, or the check above checked nothing.
    expect(withJobs).toBeGreaterThan(OPTIONS.pages / 2);
  });

  it('reads the same facts from every copy as from the real page it copies (every reader finds its section)', () => {
    for (const page of manifest.pages) {
      const original = originals.get(page.template);
      const copy = profileOf(corpus, page.slug);
      expect(original, page.template).toBeDefined();
      expect(Object.keys(copy.facts).sort(), page.file).toEqual(Object.keys(original?.facts ?? {}).sort());
      expect(copy.facts.specialties?.value?.length ?? 0, page.file).toBe(original?.facts.specialties?.value?.length ?? 0);
      expect(copy.facts.similarOccupations?.value?.length ?? 0, page.file).toBe(original?.facts.similarOccupations?.value?.length ?? 0);
      expect(copy.unrecognised.length, page.file).toBe(original?.unrecognised.length);
    }
    // Each reader finds its section on most pages (the per-page equality above says the rest).
    for (const field of ['medianPay', 'employment', 'projectedGrowth', 'duties', 'workEnvironment', 'skills', 'wagePercentiles', 'outlook', 'similarOccupations', 'occupationGroup'] as const) {
      expect(corpus.profiles.filter((p) => p.facts[field] !== undefined).length, field).toBeGreaterThan(OPTIONS.pages / 2);
    }
  });

  it('links copies to copies: a similar occupation of a copy is the copy of that occupation with the same variant', () => {
    const byUrl = new Map(manifest.pages.map((p) => [p.url, p]));
    let linked = 0;
    for (const page of manifest.pages) {
      for (const similar of profileOf(corpus, page.slug).facts.similarOccupations?.value ?? []) {
        const target = similar.url ? byUrl.get(similar.url) : undefined;
        if (!target) continue;
        linked += 1;
        expect(target.variant).toBe(page.variant);
        expect(similar.title).toBe(target.title);
      }
    }
    expect(linked).toBeGreaterThan(0);
    expect(corpus.report.summary.landingPairs.byReason.similar).toBeGreaterThan(0);
  });

  it('gives byte-identical files for the same seed, and other occupations for another', () => {
    writeHandbookCorpus(templates, { ...OPTIONS, outDir: path.join(work, 'b') });
    expect(folderSnapshot(path.join(work, 'b'))).toEqual(folderSnapshot(path.join(work, 'a')));
    const other = planHandbookCorpus(templates, OPTIONS.pages, OPTIONS.seed + 1);
    const titles = new Set(manifest.pages.map((p) => p.title));
    expect(other.filter((p) => titles.has(p.title)).length).toBeLessThan(OPTIONS.pages / 4);
  });
});

describe('the command line (--format handbook)', () => {
  it('writes the same files as the function, from the templates folder it is given', () => {
    const dir = path.join(work, 'templates');
    fs.mkdirSync(dir);
    for (const t of templates.slice(0, 3)) fs.copyFileSync(path.join(HANDBOOK_TEMPLATES_DIR, t.file), path.join(dir, t.file));
    const out = path.join(work, 'cli');
    const script = path.join(PROJECT_ROOT, 'scripts/corpus/generate-corpus.ts');
    const r = runCommand(tsScriptCommand(script, ['--format', 'handbook', '--out', out, '--pages', '7', '--seed', '5', '--templates', dir]));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^generate-corpus: 7 Handbook pages \(one occupation each\) copied from 3 real pages, up to 3 copies of each \(seed 5\)/);
    generateHandbookCorpus({ outDir: path.join(work, 'fn'), pages: 7, seed: 5, templatesDir: dir });
    expect(folderSnapshot(out)).toEqual(folderSnapshot(path.join(work, 'fn')));
    expect(Object.keys(folderSnapshot(out)).every((f) => f.endsWith('.html.gz'))).toBe(true);
  });
});
