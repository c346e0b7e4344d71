/** The site's pairs: which two occupations a pair segment names, and which pairs are landing pages. */
import { derivedFromStore, getOccupationBySlug, isOccupationSlug } from '../occupations';
import type { Profile } from '../profile-schema';
import { pairKey, parsePairSegment } from './pair-path';

/** The two profiles a "<a>-vs-<b>" segment names, in that order; undefined if unknown or the same. */
export function getPair(segment: string): [Profile, Profile] | undefined {
  const split = parsePairSegment(segment, isOccupationSlug);
  if (!split || split[0] === split[1]) return undefined;
  const a = getOccupationBySlug(split[0]);
  const b = getOccupationBySlug(split[1]);
  return a && b ? [a, b] : undefined;
}

/** pairKey of every landing pair, for order-free O(1) lookups. */
const getLandingKeys = derivedFromStore((store) => new Set(store.landingPairs.map((p) => pairKey(p.a, p.b))));

/** Whether the comparison of these two occupations, in either order, is a landing page. */
export function isLandingPair(a: string, b: string): boolean {
  return getLandingKeys().has(pairKey(a, b));
}
