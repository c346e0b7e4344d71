import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/ingest/build-corpus';
import { readSeed, SEED_FILES } from '../helpers/seeds';
import { profileOf } from '../helpers/corpus-profiles';

const seeds = () => Object.values(SEED_FILES).map((file) => ({ file, read: () => readSeed(file) }));
const md = (file: string, text: string) => ({ file: `occupations/${file}`, read: () => text });

describe('editorial files', () => {
  it('merge another scraped title into an occupation, keeping every page and every disagreement', () => {
    const corpus = buildCorpus(seeds(), undefined, [
      md('customer-service-specialist.md', '---\naliases:\n  titles: [Lead Customer Service Representative]\n---\n'),
    ]);
    const slugs = corpus.profiles.map((p) => p.slug);
    expect(slugs).not.toContain('lead-customer-service-representative');
    const merged = profileOf(corpus, 'customer-service-specialist');
    expect(merged.titles).toEqual(['Customer Service Specialist', 'Lead Customer Service Representative']);
    // The old slug redirects here.
    expect(merged.aliases).toEqual(['lead-customer-service-representative']);
    expect(corpus.index.find((e) => e.slug === 'customer-service-specialist')?.aliases).toEqual(['lead-customer-service-representative']);
    // $33,238 (three pages) against $36,097 (one page): the most common value wins, the conflict is reported.
    expect(merged.facts.averageSalary?.value).toBe(33238);
    const conflict = corpus.report.conflicts.find((c) => c.occupation === 'customer-service-specialist' && c.field === 'averageSalary');
    expect(conflict?.values.map((v) => v.value)).toEqual(expect.arrayContaining([33238, 36097]));
    // The scraped pair Lead vs Customer Service is now one occupation: no self-pair is listed.
    expect(corpus.pairs.every((p) => p.a !== p.b)).toBe(true);
  });

  it('set a display title, an introduction and alias slugs', () => {
    const corpus = buildCorpus(seeds(), undefined, [
      md('collections-customer-service.md', '---\ntitle: Collections Customer Service Representative\naliases:\n  slugs: [collections-agent]\n---\nThey call customers about **overdue** accounts.\n'),
    ]);
    const profile = profileOf(corpus, 'collections-customer-service');
    expect(profile.title).toBe('Collections Customer Service Representative');
    expect(profile.titles).toEqual(['Collections, Customer Service']);
    expect(profile.introduction).toBe('They call customers about **overdue** accounts.');
    expect(profile.aliases).toEqual(['collections-agent']);
  });

  it('move an occupation to a new slug: the computed one becomes an alias', () => {
    const corpus = buildCorpus(seeds(), undefined, [md('order-processing-clerk.md', '---\naliases:\n  slugs: [order-processor]\n---\n')]);
    const profile = profileOf(corpus, 'order-processing-clerk');
    expect(profile.title).toBe('Order Processor');
    expect(profile.aliases).toEqual(['order-processor']);
    expect(corpus.profiles.some((p) => p.slug === 'order-processor')).toBe(false);
  });

  it('report bad files by name and reason, and use the good ones', () => {
    const corpus = buildCorpus(seeds(), undefined, [
      md('Bad Name.md', '---\ntitle: X\n---\n'),
      md('order-processor.md', '---\ntitle: [unclosed\n---\n'),
      md('customer-service-specialist.md', '---\ntitel: Typo\n---\n'),
      md('astronaut.md', 'Nobody scraped astronauts.'),
      md('collections-customer-service.md', 'Intro kept.'),
    ]);
    const byFile = Object.fromEntries(corpus.report.diagnostics.filter((d) => d.file.startsWith('occupations/')).map((d) => [d.file, `${d.severity} ${d.code}`]));
    expect(byFile).toEqual({
      'occupations/Bad Name.md': 'error bad-editorial',
      'occupations/order-processor.md': 'error bad-editorial',
      'occupations/customer-service-specialist.md': 'error bad-editorial',
      'occupations/astronaut.md': 'warning unmatched-editorial',
    });
    expect(corpus.report.diagnostics.find((d) => d.file === 'occupations/customer-service-specialist.md')?.message).toContain('titel');
    expect(profileOf(corpus, 'collections-customer-service').introduction).toBe('Intro kept.');
    expect(corpus.profiles).toHaveLength(6);
  });
});
