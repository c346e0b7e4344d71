import { describe, expect, it } from 'vitest';
import { notFoundHelp, type OccupationLookup } from '@/lib/compare/not-found-help';
import { suggestSlugs } from '@/lib/compare/suggest-slugs';
import { roughSlug } from '@/lib/text/slug';
import { seedIndex } from '../helpers/seed-profiles';

const lookup: OccupationLookup = {
  bySlug: (slug) => seedIndex().find((e) => e.slug === slug),
  suggest: (slug, limit) => suggestSlugs(slug, seedIndex().map((e) => e.slug), limit).flatMap((s) => seedIndex().filter((e) => e.slug === s)),
};

describe('a rough slug of a typed address', () => {
  it('keeps ASCII letters and digits, lower-cased, hyphens between', () => {
    expect(roughSlug('  Order_Processing  SPECIALIST!! ')).toBe('order-processing-specialist');
    expect(roughSlug('Résumé Writer')).toBe('r-sum-writer');
    expect(roughSlug('C++ Developer')).toBe('c-developer');
    expect(roughSlug('x'.repeat(500))).toHaveLength(120);
  });
});

describe('"did you mean" slugs', () => {
  const known = ['order-processing-specialist', 'order-processor', 'customer-service-specialist', 'customer-relations-specialist'];

  it('offers the nearest known slugs first', () => {
    expect(suggestSlugs('order-procesing-specialist', known)).toEqual(['order-processing-specialist']);
    expect(suggestSlugs('CUSTOMER-SERVICE-SPECIALIS', known, 1)).toEqual(['customer-service-specialist']);
    expect(suggestSlugs('specialist-customer-service', known, 1)).toEqual(['customer-service-specialist']);
  });

  it('offers nothing when nothing is near', () => {
    expect(suggestSlugs('astronaut', known)).toEqual([]);
    expect(suggestSlugs('', known)).toEqual([]);
  });
});

describe('help for a path that missed', () => {
  it('corrects a mistyped side of a comparison', () => {
    const help = notFoundHelp('/compare/order-procesing-specialist-vs-customer-service-specialist', lookup);
    expect(help.reason).toBe('No occupation is called “order-procesing-specialist”.');
    expect(help.suggestions[0]).toEqual({
      href: '/compare/order-processing-specialist-vs-customer-service-specialist',
      label: 'Order Processing Specialist vs Customer Service Specialist',
    });
  });

  it('suggests occupations for a mistyped, percent-encoded occupation address', () => {
    const help = notFoundHelp(`/occupations/${encodeURIComponent('Order Procesing Specialist')}`, lookup);
    expect(help.reason).toBe('No occupation is called “Order Procesing Specialist”.');
    expect(help.suggestions[0]).toEqual({ href: '/occupations/order-processing-specialist', label: 'Order Processing Specialist' });
  });
});
