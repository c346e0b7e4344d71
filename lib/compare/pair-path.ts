/**
 * Comparison URLs: `/compare/<a>-vs-<b>` for two occupations and
 * `/compare?o=<a>&o=<b>…` for up to four; and the canonical order of a
 * pair. Pages keep the order the visitor asked for, while canonical paths
 * are order-free, so /compare/b-vs-a and /compare/a-vs-b count as one page
 * for search engines.
 */
import { compareCodeUnits } from '../sort-order';

export const PAIR_SEPARATOR = '-vs-';
export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;

export function pairSegment(a: string, b: string): string {
  return `${a}${PAIR_SEPARATOR}${b}`;
}

export function pairPath(a: string, b: string): string {
  return `/compare/${pairSegment(a, b)}`;
}

export function occupationPath(slug: string): string {
  return `/occupations/${slug}`;
}

export function multiComparePath(slugs: readonly string[]): string {
  return `/compare?${slugs.map((s) => `o=${encodeURIComponent(s)}`).join('&')}`;
}

/**
 * Every way to split "<a>-vs-<b>" at a "-vs-". Slugs may themselves contain
 * "-vs-" ("pros-vs-cons-analyst"), so callers try each split against the
 * known slugs.
 */
export function pairSplits(segment: string): [string, string][] {
  const splits: [string, string][] = [];
  for (let i = segment.indexOf(PAIR_SEPARATOR); i > 0; i = segment.indexOf(PAIR_SEPARATOR, i + 1)) {
    const a = segment.slice(0, i);
    const b = segment.slice(i + PAIR_SEPARATOR.length);
    if (b !== '') splits.push([a, b]);
  }
  return splits;
}

/** The pair a segment names, if both sides are known occupations. */
export function parsePairSegment(segment: string, isKnown: (slug: string) => boolean): [string, string] | undefined {
  return pairSplits(segment).find(([a, b]) => isKnown(a) && isKnown(b));
}

/** The two slugs in canonical order: code-unit order (slugs are ASCII, so alphabetical), as canonical URLs are. */
export function canonicalPair(a: string, b: string): [string, string] {
  return compareCodeUnits(a, b) <= 0 ? [a, b] : [b, a];
}

/** One key for a pair of slugs in either order (slugs never contain a space). */
export function pairKey(a: string, b: string): string {
  return canonicalPair(a, b).join(' ');
}

/** Orders pairs held in canonical order by their first slug, then their second. */
export function byCanonicalPair(x: { readonly a: string; readonly b: string }, y: { readonly a: string; readonly b: string }): number {
  return compareCodeUnits(x.a, y.a) || compareCodeUnits(x.b, y.b);
}

/** "/compare/<first>-vs-<second>", slugs in canonical order. */
export function canonicalPairPath(a: string, b: string): string {
  return pairPath(...canonicalPair(a, b));
}

/** The multi-compare query with its slugs sorted, so every order of the same set is one page. */
export function canonicalMultiComparePath(slugs: readonly string[]): string {
  return multiComparePath([...slugs].sort(compareCodeUnits));
}
