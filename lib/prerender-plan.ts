/**
 * Which pages the build prerenders, so a build stays bounded however big
 * the corpus; the rest render on first request. The limits come from the
 * environment (PRERENDER_PAIR_LIMIT, PRERENDER_OCCUPATION_LIMIT).
 */
import { pairKey } from './compare/pair-path';
import { getOccupationStore } from './occupations';
import type { IndexEntry } from './profile-schema';
import { bySlug } from './sort-order';

/** A whole number from the environment, or the fallback when unset or not one. */
function envLimit(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** How many ordered pairs to prerender at build time. */
function prerenderPairLimit(): number {
  return envLimit('PRERENDER_PAIR_LIMIT', 2000);
}

/** How many occupation pages to prerender at build time. */
function prerenderOccupationLimit(): number {
  return envLimit('PRERENDER_OCCUPATION_LIMIT', 2000);
}

/** The occupation pages to prerender: the ones most pages talk about (the likeliest landings) first. */
export function getPrerenderOccupations(limit = prerenderOccupationLimit()): IndexEntry[] {
  const all = getOccupationStore().index;
  if (all.length <= limit) return all;
  return [...all].sort((a, b) => b.pages - a.pages || bySlug(a, b)).slice(0, limit);
}

/**
 * The ordered pairs to prerender: all of them while there are few (both
 * orders count), otherwise the scraped pairs, most-compared first, then the
 * other landing pairs in their canonical order, both orders of each, up to
 * the limit.
 */
export function getPrerenderPairs(limit = prerenderPairLimit()): [string, string][] {
  const store = getOccupationStore();
  const slugs = store.index.map((e) => e.slug);
  const out: [string, string][] = [];
  if (slugs.length * (slugs.length - 1) <= limit) {
    for (const a of slugs) for (const b of slugs) if (a !== b) out.push([a, b]);
    return out;
  }
  const taken = new Set<string>();
  for (const p of [...store.pairs, ...store.landingPairs]) {
    if (out.length + 2 > limit) break;
    const key = pairKey(p.a, p.b);
    if (p.a === p.b || taken.has(key) || !store.bySlug.has(p.a) || !store.bySlug.has(p.b)) continue;
    taken.add(key);
    out.push([p.a, p.b], [p.b, p.a]);
  }
  return out;
}
