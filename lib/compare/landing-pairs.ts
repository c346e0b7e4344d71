/**
 * Which comparisons are search landing pages. Every pair of occupations
 * renders, shares and links, but only the pairs a job seeker would search
 * for are indexed and listed in the sitemaps:
 *
 *   scraped  a scraped comparison page compared the two;
 *   similar  a Handbook page lists one as a similar occupation of the other;
 *   group    the Handbook files both under the same occupational group.
 *
 * Shared skills are not a reason: the Handbook's qualities ("Communication
 * skills") are shared by most pairs and would index nearly all of them.
 */
import type { LandingPair, Profile, ScrapedPair } from '../profile-schema';
import { byCanonicalPair, canonicalPair, pairKey } from './pair-path';
import { SimilarOccupationMatcher } from './similar-occupations';

export type LandingReason = LandingPair['reasons'][number];

const REASON_ORDER: readonly LandingReason[] = ['scraped', 'similar', 'group'];

export function landingPairs(profiles: readonly Profile[], scraped: readonly ScrapedPair[]): LandingPair[] {
  const pairs = new Map<string, { a: string; b: string; reasons: Set<LandingReason> }>();
  const add = (x: string, y: string, reason: LandingReason) => {
    if (x === y) return;
    const [a, b] = canonicalPair(x, y);
    const key = pairKey(a, b);
    const entry = pairs.get(key) ?? { a, b, reasons: new Set<LandingReason>() };
    entry.reasons.add(reason);
    pairs.set(key, entry);
  };
  for (const p of scraped) add(p.a, p.b, 'scraped');
  const matcher = new SimilarOccupationMatcher(profiles);
  for (const profile of profiles) for (const slug of matcher.similarSlugs(profile)) add(profile.slug, slug, 'similar');
  const groups = new Map<string, string[]>();
  for (const profile of profiles) {
    const group = profile.facts.occupationGroup?.value;
    if (!group) continue;
    const members = groups.get(group) ?? [];
    members.push(profile.slug);
    groups.set(group, members);
  }
  for (const members of groups.values()) {
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) add(members[i] ?? '', members[j] ?? '', 'group');
    }
  }
  return [...pairs.values()]
    .map((p) => ({ a: p.a, b: p.b, reasons: REASON_ORDER.filter((r) => p.reasons.has(r)) }))
    .sort(byCanonicalPair);
}

export interface LandingPairCounts {
  /** Every pair of occupations: n(n − 1)/2. */
  pairs: number;
  /** Pairs that are landing pages. */
  landing: number;
  /** Landing pairs each reason covers (a pair may have several reasons). */
  byReason: Record<LandingReason, number>;
}

export function countLandingPairs(occupations: number, landing: readonly LandingPair[]): LandingPairCounts {
  const byReason: Record<LandingReason, number> = { scraped: 0, similar: 0, group: 0 };
  for (const p of landing) for (const r of p.reasons) byReason[r] += 1;
  return { pairs: (occupations * (occupations - 1)) / 2, landing: landing.length, byReason };
}
