import { describe, expect, it } from 'vitest';
import { canonicalMultiComparePath, canonicalPair, canonicalPairPath, occupationPath, pairKey, pairSegment, parsePairSegment } from '@/lib/compare/pair-path';
import { SEED_SLUGS } from '../../scripts/shared/seed-slugs';

/** The canonical path of a requested pair segment, as the pair page's metadata gives it: undefined unless it names two different known occupations. */
function canonicalPathFor(segment: string, isKnown: (slug: string) => boolean): string | undefined {
  const split = parsePairSegment(segment, isKnown);
  return split && split[0] !== split[1] ? canonicalPairPath(...split) : undefined;
}

describe('canonical paths', () => {
  it('a pair in either order has one canonical path, slugs alphabetical', () => {
    const path = '/compare/customer-service-specialist-vs-order-processing-specialist';
    expect(canonicalPairPath('order-processing-specialist', 'customer-service-specialist')).toBe(path);
    expect(canonicalPairPath('customer-service-specialist', 'order-processing-specialist')).toBe(path);
    expect(canonicalPair('order-processing-specialist', 'customer-service-specialist')).toEqual(['customer-service-specialist', 'order-processing-specialist']);
    expect(canonicalPair('customer-service-specialist', 'order-processing-specialist')).toEqual(['customer-service-specialist', 'order-processing-specialist']);
    expect(pairKey('order-processing-specialist', 'customer-service-specialist')).toBe(pairKey('customer-service-specialist', 'order-processing-specialist'));
  });

  it('orders by character code, so "order-processing-…" precedes "order-processor" whatever the locale', () => {
    expect(canonicalPairPath('order-processor', 'order-processing-specialist')).toBe('/compare/order-processing-specialist-vs-order-processor');
    // "-" sorts before letters: "cook" < "cook-assistant" < "cooker".
    expect(canonicalPair('cooker', 'cook-assistant')).toEqual(['cook-assistant', 'cooker']);
  });

  it('canonicalises a requested segment split the way the pair route splits it', () => {
    const known = new Set(SEED_SLUGS);
    const isKnown = (s: string) => known.has(s);
    expect(canonicalPathFor('order-processing-specialist-vs-customer-service-specialist', isKnown)).toBe(
      '/compare/customer-service-specialist-vs-order-processing-specialist',
    );
    expect(canonicalPathFor('customer-service-specialist-vs-order-processing-specialist', isKnown)).toBe(
      '/compare/customer-service-specialist-vs-order-processing-specialist',
    );
    expect(canonicalPathFor('order-processor-vs-order-processor', isKnown)).toBeUndefined();
    expect(canonicalPathFor('order-processor-vs-astronaut', isKnown)).toBeUndefined();
    expect(canonicalPathFor('order-processor', isKnown)).toBeUndefined();
  });

  it('slugs that contain "-vs-" still round-trip through the canonical segment', () => {
    const known = new Set(['pros-vs-cons-analyst', 'baker']);
    const isKnown = (s: string) => known.has(s);
    const path = canonicalPathFor('pros-vs-cons-analyst-vs-baker', isKnown);
    expect(path).toBe('/compare/baker-vs-pros-vs-cons-analyst');
    expect(parsePairSegment(pairSegment('baker', 'pros-vs-cons-analyst'), isKnown)).toEqual(['baker', 'pros-vs-cons-analyst']);
  });

  it('a multi-compare query is canonical with its slugs sorted, and the input is left alone', () => {
    const slugs = ['order-processor', 'customer-service-specialist', 'collections-customer-service'];
    expect(canonicalMultiComparePath(slugs)).toBe('/compare?o=collections-customer-service&o=customer-service-specialist&o=order-processor');
    expect(canonicalMultiComparePath([...slugs].reverse())).toBe(canonicalMultiComparePath(slugs));
    expect(slugs[0]).toBe('order-processor');
  });

  it('an occupation page', () => {
    expect(occupationPath('order-processor')).toBe('/occupations/order-processor');
  });
});

