import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useSeedSiteData } from '../helpers/seed-site-data';
import { buildRelatedIndex, DEFAULT_RELATED_LIMIT, relatedOccupations, SALARY_WEIGHT, type RelatedOccupation } from '@/lib/compare/related-occupations';
import type { Profile } from '@/lib/profile-schema';
import { bySlug } from '@/lib/sort-order';
import { foldForSearch } from '@/lib/text/fold';
import { emptyProfile, seedProfile } from '../helpers/seed-profiles';
import { SEED_SLUGS } from '../../scripts/shared/seed-slugs';

const seedIndex = () => buildRelatedIndex(SEED_SLUGS.map(seedProfile));
const slugsOf = (list: RelatedOccupation[]) => list.map((r) => r.slug);

const ref = { sources: [{ file: 'x.txt', lines: [1] }] };

function synthetic(slug: string, skills: string[], average?: number, median?: number): Profile {
  const facts: Profile['facts'] = {};
  if (skills.length > 0) facts.topSkills = { value: skills, ...ref };
  if (average !== undefined) facts.averageSalary = { value: average, ...ref };
  if (median !== undefined) facts.medianSalary = { value: { yearly: median, hourly: null }, ...ref };
  return { ...emptyProfile(slug, slug.toUpperCase()), facts };
}

describe('related occupations from the seed pages', () => {
  it('Order Processing Specialist: those sharing a skill first, by overlap and pay, then the nearest in pay', () => {
    const related = seedIndex().related('order-processing-specialist', 10);
    expect(related.map((r) => [r.slug, r.sharedSkills])).toEqual([
      // Shares "data entry"; $37,827 is nearly its $37,540.
      ['customer-relations-specialist', ['Data entry']],
      // Shares "customer service": $33,238, then $32,870.
      ['customer-service-specialist', ['Customer service']],
      ['collections-customer-service', ['Customer service']],
      // The article's "Customer Service" matches "customer service" whatever the case; six skills dilute the overlap.
      ['order-processor', ['Customer service']],
      // Shares nothing, listed only to fill up: $36,097.
      ['lead-customer-service-representative', []],
    ]);
    const [crs, css, , op, lcsr] = related;
    expect(crs?.score).toBeCloseTo(1 / 3 + SALARY_WEIGHT * (1 - (37827 - 37540) / 37827), 12);
    expect(css?.score).toBeCloseTo(1 / 3 + SALARY_WEIGHT * (1 - (37540 - 33238) / 37540), 12);
    expect(op?.score).toBeCloseTo(1 / Math.sqrt(3 * 6) + SALARY_WEIGHT * (1 - (41475 - 37540) / 41475), 12);
    expect(lcsr?.score).toBeCloseTo(SALARY_WEIGHT * (1 - (37540 - 36097) / 37540), 12);
    expect(css?.salary).toBe(33238);
    // Order Processor has no average; its median stands in.
    expect(op?.salary).toBe(41475);
  });

  it('Customer Service Specialist is closest to Collections, Customer Service: two shared skills', () => {
    const related = seedIndex().related('customer-service-specialist', 3);
    expect(related.map((r) => [r.slug, r.sharedSkills])).toEqual([
      ['collections-customer-service', ['Customer service', 'Strong customer service']],
      ['lead-customer-service-representative', ['Cleanliness']],
      ['order-processing-specialist', ['Customer service']],
    ]);
  });

  it('Order Processor (article skills) finds the comparison-page occupations listing customer service', () => {
    expect(slugsOf(seedIndex().related('order-processor', 3))).toEqual(['order-processing-specialist', 'customer-service-specialist', 'collections-customer-service']);
    expect(seedIndex().related('order-processor', 3).every((r) => r.sharedSkills.join() === 'Customer Service')).toBe(true);
  });

  it('never lists itself; respects the limit; unknown slugs and non-positive limits give nothing', () => {
    const index = seedIndex();
    for (const slug of SEED_SLUGS) {
      const all = index.related(slug, 100);
      expect(slugsOf(all)).not.toContain(slug);
      expect(all).toHaveLength(5);
      expect(index.related(slug)).toHaveLength(Math.min(5, DEFAULT_RELATED_LIMIT));
      expect(index.related(slug, 2)).toEqual(all.slice(0, 2));
    }
    expect(index.related('astronaut')).toEqual([]);
    expect(index.related('order-processor', 0)).toEqual([]);
    expect(index.related('order-processor', -1)).toEqual([]);
  });

  it('the order of the input does not matter', () => {
    const reversed = buildRelatedIndex([...SEED_SLUGS].reverse().map(seedProfile));
    for (const slug of SEED_SLUGS) expect(reversed.related(slug, 10)).toEqual(seedIndex().related(slug, 10));
  });
});

describe('ranking rules', () => {
  it('ties go to the smaller slug', () => {
    const index = buildRelatedIndex([
      synthetic('me', ['welding'], 50000),
      synthetic('zed', ['welding'], 50000),
      synthetic('abe', ['welding'], 50000),
      synthetic('mid', ['Welding'], 50000),
    ]);
    expect(slugsOf(index.related('me'))).toEqual(['abe', 'mid', 'zed']);
  });

  it('matches skills across case, accents and punctuation', () => {
    const index = buildRelatedIndex([synthetic('a', ['Résumé writing']), synthetic('b', ['resume-writing'])]);
    expect(index.related('a')).toEqual([{ slug: 'b', title: 'B', sharedSkills: ['Résumé writing'], score: 1 }]);
  });

  it('with no skills and no pay there is nothing to relate on', () => {
    const index = buildRelatedIndex([synthetic('blank', []), synthetic('b', ['x'], 40000)]);
    expect(index.related('blank')).toEqual([]);
  });

  it('with no skills, pay alone ranks (a relative measure: $60,000 is nearer $50,000 than $40,000 is)', () => {
    const index = buildRelatedIndex([synthetic('me', [], 50000), synthetic('low', [], 40000), synthetic('high', [], 60000), synthetic('far', [], 10000), synthetic('unpaid', ['x'])]);
    const related = index.related('me');
    expect(slugsOf(related)).toEqual(['high', 'low', 'far']);
    expect(related[0]?.score).toBeCloseTo(SALARY_WEIGHT * (1 - 10000 / 60000), 12);
    expect(related[1]?.score).toBeCloseTo(SALARY_WEIGHT * (1 - 10000 / 50000), 12);
  });

  /** The documented ranking, computed over every candidate. */
  function reference(profiles: Profile[], slug: string, limit: number): { slug: string; score: number; shared: number }[] {
    const skillsOf = (p: Profile) => new Set((p.facts.topSkills?.value ?? []).map(foldForSearch));
    const pay = (p: Profile) => p.facts.averageSalary?.value ?? p.facts.medianSalary?.value?.yearly ?? undefined;
    const self = profiles.find((p) => p.slug === slug);
    if (!self) return [];
    const mine = skillsOf(self);
    const rows = profiles
      .filter((p) => p.slug !== slug)
      .map((p) => {
        const theirs = skillsOf(p);
        const shared = [...mine].filter((s) => theirs.has(s)).length;
        const a = pay(self);
        const b = pay(p);
        const close = a === undefined || b === undefined ? 0 : Math.max(a, b) === 0 ? 1 : 1 - Math.abs(a - b) / Math.max(a, b);
        const overlap = shared === 0 ? 0 : shared / Math.sqrt(mine.size * theirs.size);
        return { slug: p.slug, shared, score: overlap + SALARY_WEIGHT * close, paid: a !== undefined && b !== undefined };
      });
    const order = (x: { slug: string; score: number }, y: { slug: string; score: number }) => y.score - x.score || bySlug(x, y);
    const tier1 = rows.filter((r) => r.shared > 0).sort(order);
    const tier2 = rows.filter((r) => r.shared === 0 && r.paid).sort(order);
    return [...tier1, ...tier2].slice(0, limit).map(({ slug: s, score, shared }) => ({ slug: s, score, shared }));
  }

  it('property: the index gives exactly the documented ranking over every candidate', () => {
    const vocabulary = ['Customer service', 'customer service', 'Data entry', 'cleanliness', 'cash handling', 'Welding', 'résumé writing', 'resume writing'];
    const profileArb = fc.record({
      skills: fc.uniqueArray(fc.constantFrom(...vocabulary), { maxLength: 4 }),
      average: fc.option(fc.constantFrom(0, 30000, 33238, 37540, 40000, 41475, 90000), { nil: undefined }),
      median: fc.option(fc.constantFrom(30000, 41475), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(profileArb, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 12 }), fc.nat(), (specs, limit, pick) => {
        // Duplicate names after folding (e.g. "Customer service" twice) must count once.
        const profiles = specs.map((s, i) => synthetic(`occ-${String(i).padStart(2, '0')}`, s.skills, s.average, s.median));
        const index = buildRelatedIndex(profiles);
        const slug = profiles[pick % profiles.length]?.slug ?? '';
        const got = index.related(slug, limit).map((r) => ({ slug: r.slug, score: r.score, shared: r.sharedSkills.length }));
        expect(got).toEqual(reference(profiles, slug, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('5,000 occupations: built once, each query touches only skill neighbours and pay neighbours', () => {
    const skills = Array.from({ length: 400 }, (_, i) => `skill ${i}`);
    const profiles = Array.from({ length: 5000 }, (_, i) =>
      synthetic(`job-${String(i).padStart(4, '0')}`, [skills[i % 400] ?? '', skills[(i * 7) % 400] ?? '', skills[(i * 13) % 400] ?? ''], 25000 + ((i * 37) % 100) * 1000),
    );
    const index = buildRelatedIndex(profiles);
    const started = performance.now();
    for (let i = 0; i < 5000; i += 1) expect(index.related(`job-${String(i).padStart(4, '0')}`, 6)).toHaveLength(6);
    // Generous bound: an all-pairs scan would be 25 million comparisons per 5,000 queries.
    expect(performance.now() - started).toBeLessThan(10_000);
    const first = index.related('job-0000', 6);
    // job-0000 lists skill 0 three times (0, 0·7, 0·13): one skill, shared with every 400th job.
    expect(first[0]?.sharedSkills).toEqual(['Skill 0']);
  });
});

describe('relatedOccupations (the site data)', () => {
  useSeedSiteData();

  it('reads the generated profiles and ranks them as the index does', () => {
    expect(slugsOf(relatedOccupations('order-processing-specialist', 3))).toEqual(['customer-relations-specialist', 'customer-service-specialist', 'collections-customer-service']);
    expect(relatedOccupations('customer-service-specialist')).toEqual(seedIndex().related('customer-service-specialist'));
    expect(relatedOccupations('no-such-job')).toEqual([]);
  });
});
