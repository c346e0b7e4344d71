/**
 * Comparison URLs: `/compare/<a>-vs-<b>` for two occupations and
 * `/compare?o=<a>&o=<b>…` for up to four.
 */
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
