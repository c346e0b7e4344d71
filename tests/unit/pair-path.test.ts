import { describe, expect, it } from 'vitest';
import { useSeedSiteData } from '../helpers/seed-site-data';
import { getPair } from '@/lib/compare/pair-lookup';
import { canonicalMultiComparePath, canonicalPair, canonicalPairPath, occupationPath, pairKey, pairSegment, parsePairSegment } from '@/lib/compare/pair-path';
import { pairMetadata } from '@/lib/seo/page-metadata';

describe('canonical paths', () => {
  it('a pair in either order has one canonical path, slugs alphabetical', () => {
    const canonical = '/compare/customer-service-specialist-vs-order-processing-specialist';
    expect(canonicalPairPath('order-processing-specialist', 'customer-service-specialist')).toBe(canonical);
    expect(canonicalPairPath('customer-service-specialist', 'order-processing-specialist')).toBe(canonical);
    expect(canonicalPair('order-processing-specialist', 'customer-service-specialist')).toEqual(['customer-service-specialist', 'order-processing-specialist']);
    expect(canonicalPair('customer-service-specialist', 'order-processing-specialist')).toEqual(['customer-service-specialist', 'order-processing-specialist']);
    expect(pairKey('order-processing-specialist', 'customer-service-specialist')).toBe(pairKey('customer-service-specialist', 'order-processing-specialist'));
  });

  it('orders by character code, so "order-processing-…" precedes "order-processor" whatever the locale', () => {
    expect(canonicalPairPath('order-processor', 'order-processing-specialist')).toBe('/compare/order-processing-specialist-vs-order-processor');
    // "-" sorts before letters: "cook" < "cook-assistant" < "cooker".
    expect(canonicalPair('cooker', 'cook-assistant')).toEqual(['cook-assistant', 'cooker']);
  });

  it('slugs that contain "-vs-" still round-trip through the canonical segment', () => {
    const known = new Set(['pros-vs-cons-analyst', 'baker']);
    const isKnown = (s: string) => known.has(s);
    expect(parsePairSegment('pros-vs-cons-analyst-vs-baker', isKnown)).toEqual(['pros-vs-cons-analyst', 'baker']);
    expect(canonicalPairPath('pros-vs-cons-analyst', 'baker')).toBe('/compare/baker-vs-pros-vs-cons-analyst');
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

/** The canonical URL the pair page's metadata gives a requested segment, looked up as its route does (generateMetadata); undefined where the route finds no pair. */
function canonicalPathFor(segment: string) {
  const pair = getPair(segment);
  return pair ? pairMetadata(...pair).alternates?.canonical : undefined;
}

describe('a requested pair segment on the site, as the pair route looks it up', () => {
  useSeedSiteData();

  it('either order has one canonical URL; the same occupation twice, an unknown one or no "-vs-" is no pair', () => {
    const canonical = '/compare/customer-service-specialist-vs-order-processing-specialist';
    expect(canonicalPathFor('order-processing-specialist-vs-customer-service-specialist')).toBe(canonical);
    expect(canonicalPathFor('customer-service-specialist-vs-order-processing-specialist')).toBe(canonical);
    expect(canonicalPathFor('order-processor-vs-order-processor')).toBeUndefined();
    expect(canonicalPathFor('order-processor-vs-astronaut')).toBeUndefined();
    expect(canonicalPathFor('order-processor')).toBeUndefined();
  });
});
