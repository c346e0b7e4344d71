/**
 * The synthetic corpus generator against the real ingest: its pages parse
 * with no rejections, no conflicts and nothing unrecognised, every fact it
 * generated comes out exactly in the profiles, and the same seed gives the
 * same bytes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus } from '@/lib/ingest/build-corpus';
import { discoverPages } from '@/lib/ingest/discover-pages';
import type { Profile } from '@/lib/profile-schema';
import { expectedFacts } from '@/scripts/corpus/expected-facts';
import { money } from '@/scripts/corpus/format-values';
import { generateCorpus, renderPage, type CorpusManifest } from '@/scripts/corpus/generate-corpus';
import { runCommand, tsScriptCommand } from '@/scripts/shared/ingest-command';
import { PROJECT_ROOT } from '@/scripts/shared/project-root';
import { profileOf } from '../helpers/corpus-profiles';
import { folderSnapshot } from '../helpers/folder-snapshot';

const OPTIONS = { seed: 42, occupations: 40, pages: 100, articleShare: 0.15 };

let work: string;
let manifest: CorpusManifest;
let corpus: Corpus;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'generate-corpus-'));
  manifest = generateCorpus({ ...OPTIONS, outDir: path.join(work, 'a') });
  corpus = buildCorpus(discoverPages(path.join(work, 'a')));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('a generated corpus, ingested by the real pipeline', () => {
  it('parses every page, rejects none, finds no conflicts and leaves nothing unrecognised', () => {
    expect(corpus.report.summary).toEqual({
      pagesRead: 100,
      pagesParsed: 100,
      pagesPartial: 0,
      pagesRejected: 0,
      occupations: OPTIONS.occupations,
      conflicts: 0,
      unrecognised: 0,
      likelyMatches: 0,
      landingPairs: { pairs: (OPTIONS.occupations * (OPTIONS.occupations - 1)) / 2, landing: corpus.pairs.length, byReason: { scraped: corpus.pairs.length, similar: 0, group: 0 } },
    });
    expect(corpus.report.diagnostics).toEqual([]);
    expect(manifest.covered).toBe(OPTIONS.occupations);
  });

  it('uses both formats, and puts every occupation on at least two comparison pages (counted from the report)', () => {
    const pairPages = new Map<string, number>();
    for (const page of corpus.report.pages) {
      if (page.format !== 'pair-page') continue;
      for (const slug of page.occupations) pairPages.set(slug, (pairPages.get(slug) ?? 0) + 1);
    }
    expect(pairPages.size).toBe(OPTIONS.occupations);
    expect(Math.min(...pairPages.values())).toBeGreaterThanOrEqual(2);
    const articles = corpus.report.pages.filter((p) => p.format === 'career-article').length;
    expect(articles).toBe(15);
  });

  it('gives each occupation exactly the facts the generator chose for it', () => {
    for (const o of manifest.occupations) {
      const profile = profileOf(corpus, o.slug);
      expect(profile.title).toBe(o.title);
      const values = Object.fromEntries(Object.entries(profile.facts).map(([field, fact]) => [field, fact?.value]));
      const on = { pairPage: (manifest.pairPagesPer[o.index] ?? 0) > 0, article: manifest.hasArticle[o.index] === true };
      expect(values, o.title).toEqual(expectedFacts(o, on));
    }
  });

  it('reads a chosen occupation (a title with a comma, with an article) exactly: salary, skills, degree, median', () => {
    const o = manifest.occupations.find((x) => x.title.includes(',') && manifest.hasArticle[x.index] === true);
    if (!o) throw new Error('seed 42 should give a comma title with an article');
    const profile = profileOf(corpus, o.slug);
    expect(profile.facts.averageSalary?.value).toBe(o.pay.averageSalary);
    expect(profile.facts.topSkills?.value).toEqual(o.topSkills);
    expect(profile.facts.topSkills?.value).toHaveLength(3);
    expect(profile.facts.mostCommonDegree?.value).toEqual(o.education.degree);
    expect(profile.facts.medianSalary?.value?.yearly).toBe(o.article.median.yearly);
    // Every comparison page states the salary three times (intro, two tables), all cited.
    const pairPages = manifest.pairPagesPer[o.index] ?? 0;
    expect(profile.facts.averageSalary?.sources.length).toBe(pairPages);
    expect(profile.facts.averageSalary?.sources.every((s) => s.lines.length === 3)).toBe(true);
    const pageText = fs.readFileSync(path.join(work, 'a', profile.facts.averageSalary?.sources[0]?.file ?? ''), 'utf8');
    expect(pageText).toContain(`| ${money(o.pay.averageSalary)} |`);
  });

  it('writes the scraped site\'s quirks: comma titles, lower-case mis-pluralised prose, "-", navigation, front matter', () => {
    const texts = manifest.pages.map((_, i) => renderPage(manifest, i));
    expect(manifest.occupations.filter((o) => o.title.includes(',')).length).toBeGreaterThan(3);
    expect(texts.some((t) => /^Explore jobs$/m.test(t))).toBe(true);
    expect(texts.some((t) => /\| - \|/.test(t))).toBe(true);
    expect(texts.some((t) => /^---\r?\nsource: https:/.test(t))).toBe(true);
    // A prose plural of a head word already ending in "s" doubles it, as "collectionss, customer service" does.
    expect(texts.some((t) => /The differences between [a-z ,-]*ss[ ,]/.test(t))).toBe(true);
    const dated = corpus.profiles.flatMap((p) => p.sources).filter((s) => s.scrapedAt !== undefined && s.url !== undefined);
    expect(dated.length).toBeGreaterThan(0);
  });

  it('a page that disagrees with the others is caught as a conflict (the consistency check has teeth)', () => {
    const o = manifest.occupations[0];
    if (!o) throw new Error('no occupation');
    const dir = path.join(work, 'tampered');
    fs.cpSync(path.join(work, 'a'), dir, { recursive: true });
    const file = profileOf(corpus, o.slug).facts.bestPayingCompany?.sources[0]?.file ?? '';
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    fs.writeFileSync(path.join(dir, file), text.replace(`| ${o.pay.bestPayingCompany} |`, '| Acme Widgets |'));
    const tampered = buildCorpus(discoverPages(dir));
    expect(tampered.report.conflicts.map((c) => [c.occupation, c.field])).toEqual([[o.slug, 'bestPayingCompany']]);
  });
});

describe('reproducibility', () => {
  it('the same seed gives byte-identical files; another seed gives another corpus', () => {
    generateCorpus({ ...OPTIONS, outDir: path.join(work, 'same') });
    generateCorpus({ ...OPTIONS, seed: 43, outDir: path.join(work, 'other') });
    const first = folderSnapshot(path.join(work, 'a'));
    expect(Object.keys(first)).toHaveLength(100);
    expect(folderSnapshot(path.join(work, 'same'))).toEqual(first);
    const other = folderSnapshot(path.join(work, 'other'));
    expect(Object.keys(other)).toHaveLength(100);
    expect(Object.keys(other)).not.toEqual(Object.keys(first));
    const firstHashes = new Set(Object.values(first));
    expect(Object.values(other).filter((hash) => firstHashes.has(hash))).toEqual([]);
  });

  it('an occupation keeps its facts when only the page count changes', () => {
    const bigger = generateCorpus({ ...OPTIONS, pages: 150, outDir: path.join(work, 'bigger') });
    expect(bigger.occupations).toEqual(manifest.occupations);
  });

  it('refuses to write into a folder that already holds files', () => {
    expect(() => generateCorpus({ ...OPTIONS, outDir: path.join(work, 'a') })).toThrow(/not empty/);
  });
});

describe('the command line', () => {
  const cli = (args: string[]) => runCommand(tsScriptCommand(path.join(PROJECT_ROOT, 'scripts/corpus/generate-corpus.ts'), args));

  it('writes the same files as the function, and rejects bad arguments with usage', () => {
    const out = path.join(work, 'cli');
    const r = cli(['--out', out, '--occupations', '40', '--pages', '100', '--seed', '42', '--article-share', '0.15']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^generate-corpus: 100 pages \(85 comparisons, 15 articles\) about 40 occupations/);
    expect(folderSnapshot(out)).toEqual(folderSnapshot(path.join(work, 'a')));
    const bad = cli(['--out', path.join(work, 'cli-bad'), '--occupations', 'many', '--pages', '10']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage:');
  });
});
