/**
 * What a 404 page can offer for the path that missed: why it missed, and
 * "did you mean" links to the nearest occupations or comparisons.
 */
import type { IndexEntry } from '../profile-schema';
import { roughSlug } from '../text/slug';
import { multiComparePath, occupationPath, pairPath, pairSplits, PAIR_SEPARATOR, MAX_COMPARED, MIN_COMPARED } from './pair-path';

export interface NotFoundHelp {
  reason: string;
  suggestions: { href: string; label: string }[];
}

export interface OccupationLookup {
  bySlug: (slug: string) => IndexEntry | undefined;
  suggest: (slug: string, limit: number) => IndexEntry[];
}

const GENERIC: NotFoundHelp = { reason: 'There is no page at this address.', suggestions: [] };

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Known occupations near a path segment that names none. */
function nearest(segment: string, lookup: OccupationLookup, limit: number): IndexEntry[] {
  return lookup.suggest(roughSlug(safeDecode(segment)), limit);
}

function closest(text: string, lookup: OccupationLookup, limit: number): IndexEntry[] {
  const known = lookup.bySlug(text);
  return known ? [known] : nearest(text, lookup, limit);
}

function pairHelp(segment: string, lookup: OccupationLookup): NotFoundHelp {
  const [split] = pairSplits(segment).sort(
    // Prefer the split where the most sides are known occupations.
    ([a1, b1], [a2, b2]) => Number(!!lookup.bySlug(a2)) + Number(!!lookup.bySlug(b2)) - Number(!!lookup.bySlug(a1)) - Number(!!lookup.bySlug(b1)),
  );
  if (!split) {
    const one = closest(segment, lookup, 3);
    return {
      reason: `A comparison address names two occupations: /compare/<first>${PAIR_SEPARATOR}<second>.`,
      suggestions: one.map((o) => ({ href: occupationPath(o.slug), label: o.title })),
    };
  }
  const [a, b] = split;
  const knownA = lookup.bySlug(a);
  const knownB = lookup.bySlug(b);
  if (knownA && knownB && a === b) {
    return {
      reason: `An occupation compared with itself: pick a second occupation to compare ${knownA.title} with.`,
      suggestions: [{ href: occupationPath(a), label: `${knownA.title}: full profile` }],
    };
  }
  const firsts = knownA ? [knownA] : nearest(a, lookup, 3);
  const seconds = knownB ? [knownB] : nearest(b, lookup, 3);
  const unknown = [knownA ? undefined : safeDecode(a), knownB ? undefined : safeDecode(b)].filter((x) => x !== undefined);
  const suggestions: NotFoundHelp['suggestions'] = [];
  for (const x of firsts) {
    for (const y of seconds) {
      if (x.slug !== y.slug && suggestions.length < 5) suggestions.push({ href: pairPath(x.slug, y.slug), label: `${x.title} vs ${y.title}` });
    }
  }
  return { reason: `No occupation is called ${unknown.map((u) => `“${u.slice(0, 80)}”`).join(' or ')}.`, suggestions };
}

function multiHelp(search: URLSearchParams, lookup: OccupationLookup): NotFoundHelp {
  const slugs = search.getAll('o');
  if (slugs.length < MIN_COMPARED || slugs.length > MAX_COMPARED) {
    return { reason: `Compare between ${MIN_COMPARED} and ${MAX_COMPARED} occupations at once (this address names ${slugs.length}).`, suggestions: [] };
  }
  if (new Set(slugs).size !== slugs.length) return { reason: 'The same occupation is listed twice.', suggestions: [] };
  const fixed = slugs.map((s) => closest(s, lookup, 1)[0]);
  const unknown = slugs.filter((s) => !lookup.bySlug(s));
  const complete = fixed.filter((f) => f !== undefined);
  const suggestions =
    complete.length === slugs.length && new Set(complete.map((f) => f.slug)).size === complete.length
      ? [{ href: multiComparePath(complete.map((f) => f.slug)), label: complete.map((f) => f.title).join(' vs ') }]
      : [];
  return { reason: `No occupation is called ${unknown.map((u) => `“${u.slice(0, 80)}”`).join(' or ')}.`, suggestions };
}

/** Help for a missed path such as "/compare/a-vs-b", "/occupations/x" or "/compare?o=…". */
export function notFoundHelp(pathWithQuery: string, lookup: OccupationLookup): NotFoundHelp {
  let url: URL;
  try {
    url = new URL(pathWithQuery, 'http://localhost');
  } catch {
    return GENERIC;
  }
  const parts = url.pathname.split('/').filter((p) => p !== '');
  if (parts[0] === 'compare' && parts.length === 1) return multiHelp(url.searchParams, lookup);
  if (parts[0] === 'compare' && parts.length === 2 && parts[1]) return pairHelp(parts[1], lookup);
  if (parts[0] === 'occupations' && parts.length === 2 && parts[1]) {
    const near = nearest(parts[1], lookup, 5);
    return {
      reason: `No occupation is called “${safeDecode(parts[1]).slice(0, 80)}”.`,
      suggestions: near.map((o) => ({ href: occupationPath(o.slug), label: o.title })),
    };
  }
  return GENERIC;
}
