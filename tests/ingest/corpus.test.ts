/**
 * The seed corpus merged into profiles: one profile per occupation across
 * pages, stable unique slugs, provenance, and conflict resolution.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus, type PageInput } from '@/lib/ingest/build-corpus';
import { readSeed, SEED_FILES } from '../helpers/seeds';
import { profileOf } from '../helpers/corpus-profiles';

const seedInputs = (): PageInput[] =>
  Object.values(SEED_FILES)
    .sort()
    .map((file) => ({ file, read: () => readSeed(file) }));

const textInput = (file: string, text: string): PageInput => ({ file, read: () => Buffer.from(text) });

const seedText = (file: string) => readSeed(file).toString('utf8');

describe('the five seed pages', () => {
  const corpus = buildCorpus(seedInputs());

  it('become six occupations with URL-safe slugs', () => {
    expect(corpus.index.map((e) => [e.slug, e.title])).toEqual([
      ['collections-customer-service', 'Collections, Customer Service'],
      ['customer-relations-specialist', 'Customer Relations Specialist'],
      ['customer-service-specialist', 'Customer Service Specialist'],
      ['lead-customer-service-representative', 'Lead Customer Service Representative'],
      ['order-processing-specialist', 'Order Processing Specialist'],
      ['order-processor', 'Order Processor'],
    ]);
  });

  it('merge an occupation seen on three pages into one profile citing all three', () => {
    const css = profileOf(corpus, 'customer-service-specialist');
    expect(css.sources.map((s) => s.file)).toEqual([
      SEED_FILES.orderVsCustomerService,
      SEED_FILES.leadVsCustomerService,
      SEED_FILES.collectionsVsCustomerService,
    ]);
    expect(css.facts.bestPayingCompany).toEqual({
      value: 'Dell',
      sources: [
        { file: SEED_FILES.orderVsCustomerService, lines: [26] },
        { file: SEED_FILES.leadVsCustomerService, lines: [26] },
        { file: SEED_FILES.collectionsVsCustomerService, lines: [26] },
      ],
    });
  });

  it('keeps "-" as null (not reported), never 0', () => {
    const ops = profileOf(corpus, 'order-processing-specialist');
    expect(ops.facts.growthRate?.value).toBeNull();
    expect(ops.facts.jobSatisfaction?.value).toBeNull();
    expect(ops.facts.mostCommonCollege?.value).toBeNull();
  });

  it('reports every page parsed, none rejected, and no conflicts (the seeds agree)', () => {
    expect(corpus.report.summary).toEqual({
      pagesRead: 5,
      pagesParsed: 5,
      pagesPartial: 0,
      pagesRejected: 0,
      occupations: 6,
      conflicts: 0,
      unrecognised: 0,
      likelyMatches: 0,
      // Six occupations make 15 pairs; the four the pages compared are the landing pages.
      landingPairs: { pairs: 15, landing: 4, byReason: { scraped: 4, similar: 0, group: 0 } },
    });
    expect(corpus.report.pages.find((p) => p.file === SEED_FILES.collectionsVsCustomerService)?.occupations).toEqual([
      'collections-customer-service',
      'customer-service-specialist',
    ]);
  });
});

describe('conflicts between pages', () => {
  const base = seedText(SEED_FILES.orderVsCustomerService);
  // Customer Service Specialist's best paying company is Dell on pages 000, 003 and 004 (line 26 of each).
  const page = (file: string, company: string, frontMatter = '') =>
    frontMatter + seedText(file).replace('| Dell |', `| ${company} |`);

  it('the most recently scraped page wins, and the report lists every value with its pages', () => {
    const corpus = buildCorpus([
      textInput('a.txt', page(SEED_FILES.leadVsCustomerService, 'Dell', '---\nscraped_at: 2024-01-10\nsource: https://example.com/a\n---\n')),
      textInput('b.txt', page(SEED_FILES.orderVsCustomerService, 'HP', '---\nscraped_at: 2025-03-01\n---\n')),
      textInput('c.txt', page(SEED_FILES.collectionsVsCustomerService, 'Dell')),
    ]);
    const css = profileOf(corpus, 'customer-service-specialist');
    expect(css.facts.bestPayingCompany?.value).toBe('HP');
    expect(css.facts.bestPayingCompany?.sources).toEqual([{ file: 'b.txt', lines: [29] }]);
    const conflict = corpus.report.conflicts.find((c) => c.field === 'bestPayingCompany');
    expect(conflict).toEqual({
      occupation: 'customer-service-specialist',
      field: 'bestPayingCompany',
      chosen: 'HP',
      rule: 'newest page',
      values: [
        {
          value: 'Dell',
          sources: [
            { file: 'a.txt', lines: [30], scrapedAt: '2024-01-10' },
            { file: 'c.txt', lines: [26] },
          ],
        },
        { value: 'HP', sources: [{ file: 'b.txt', lines: [29], scrapedAt: '2025-03-01' }] },
      ],
    });
    expect(corpus.report.summary.conflicts).toBe(1);
  });

  it('a dated page beats undated ones, even when they are more', () => {
    const corpus = buildCorpus([
      textInput('a.txt', page(SEED_FILES.leadVsCustomerService, 'Dell')),
      textInput('b.txt', page(SEED_FILES.collectionsVsCustomerService, 'Dell', '---\nsource: https://example.com/b\n---\n')),
      textInput('c.txt', page(SEED_FILES.orderVsCustomerService, 'HP', '---\nscraped_at: 2020-01-01\n---\n')),
    ]);
    expect(profileOf(corpus, 'customer-service-specialist').facts.bestPayingCompany?.value).toBe('HP');
  });

  it('among undated pages the most common value wins, ties going to the first file name', () => {
    const majority = buildCorpus([
      textInput('a.txt', page(SEED_FILES.orderVsCustomerService, 'HP')),
      textInput('b.txt', page(SEED_FILES.leadVsCustomerService, 'Dell')),
      textInput('c.txt', page(SEED_FILES.collectionsVsCustomerService, 'Dell')),
    ]);
    const m = majority.report.conflicts.find((c) => c.field === 'bestPayingCompany');
    expect([m?.chosen, m?.rule]).toEqual(['Dell', 'most pages']);

    const tie = buildCorpus([
      textInput('b.txt', page(SEED_FILES.leadVsCustomerService, 'Dell')),
      textInput('a.txt', page(SEED_FILES.orderVsCustomerService, 'HP')),
    ]);
    const t = tie.report.conflicts.find((c) => c.field === 'bestPayingCompany');
    expect([t?.chosen, t?.rule]).toEqual(['HP', 'first file']);
  });

  it('"not reported" on one page never overrides a value from another, and is no conflict', () => {
    const corpus = buildCorpus([
      textInput('a.txt', base),
      textInput('b.txt', base.replace('| Job satisfaction | - | 4 |', '| Job satisfaction | 3.5 | 4 |')),
    ]);
    const ops = profileOf(corpus, 'order-processing-specialist');
    expect(ops.facts.jobSatisfaction).toEqual({ value: 3.5, sources: [{ file: 'b.txt', lines: [14] }] });
    expect(corpus.report.conflicts).toEqual([]);
  });

  it('cites the page and its lines on every fact, and the front matter URL and date once, on the page', () => {
    const corpus = buildCorpus([textInput('a.txt', `---\nsource: https://example.com/compare\nscraped_at: 2025-06-01\nlang: en\n---\n${base}`)]);
    const ops = profileOf(corpus, 'order-processing-specialist');
    expect(ops.facts.hourlyRate).toEqual({ value: 18.05, sources: [{ file: 'a.txt', lines: [16] }] });
    // intro sentence, "Yearly salary" row, "Average salary" row
    expect(ops.facts.averageSalary).toEqual({ value: 37540, sources: [{ file: 'a.txt', lines: [12, 15, 27] }] });
    expect(ops.sources).toEqual([
      { file: 'a.txt', format: 'pair-page', url: 'https://example.com/compare', scrapedAt: '2025-06-01', meta: { lang: 'en' } },
    ]);
  });
});

describe('identity across pages', () => {
  it('titles differing only in case, accents or punctuation are one occupation; its display title is the most common header form', () => {
    const base = seedText(SEED_FILES.collectionsVsCustomerService);
    const corpus = buildCorpus([
      textInput('a.txt', base),
      textInput('b.txt', base.replaceAll('| Collections, Customer Service |', '| Collections Customer Service |').replace('$32,870 |', '$32,870 | ')),
      textInput('c.txt', base.replace('Dell', 'Dell Technologies')),
    ]);
    const collections = corpus.profiles.filter((p) => p.slug.startsWith('collections'));
    expect(collections.map((p) => [p.slug, p.title, p.titles])).toEqual([
      ['collections-customer-service', 'Collections, Customer Service', ['Collections Customer Service', 'Collections, Customer Service']],
    ]);
  });

  it('"C++ Developer" and "C# Developer" get distinct slugs', () => {
    const base = seedText(SEED_FILES.orderVsCustomerService);
    const corpus = buildCorpus([
      textInput('a.txt', base.replaceAll('Order Processing Specialist', 'C++ Developer').replaceAll('order processing specialist', 'c++ developer')),
      textInput('b.txt', base.replaceAll('Order Processing Specialist', 'C# Developer').replaceAll('order processing specialist', 'c# developer').replace('$37,540 |', '$37,541 |')),
    ]);
    const slugs = corpus.index.map((e) => e.slug);
    expect(slugs).toContain('c-plus-plus-developer');
    expect(slugs).toContain('c-sharp-developer');
  });
});
