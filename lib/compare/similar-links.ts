/**
 * The Handbook's similar occupations on the site: each matched to the
 * site's page for it, when there is one (see similar-occupations.ts).
 */
import { getAllOccupations, getOccupationBySlug } from '../occupations';
import type { FactValue, Profile } from '../profile-schema';
import type { MoveContext } from './career-move';
import { SimilarOccupationMatcher } from './similar-occupations';

type Similar = FactValue<'similarOccupations'>[number];

/** Built on first use and kept for the process, like the occupation store it reads. */
let cached: { source: unknown; matcher: SimilarOccupationMatcher } | undefined;

/** The matcher over every occupation the site has. */
export function getSimilarMatcher(): SimilarOccupationMatcher {
  const occupations = getAllOccupations();
  // Keyed on the store's list, so a reloaded store never meets a stale matcher.
  if (!cached || cached.source !== occupations) {
    const profiles = occupations.map((o) => getOccupationBySlug(o.slug)).filter((p) => p !== undefined);
    cached = { source: occupations, matcher: new SimilarOccupationMatcher(profiles) };
  }
  return cached.matcher;
}

/** A profile's similar occupations, in the Handbook's order, each with our slug when the site has a page for it. */
export function similarOccupationLinks(profile: Profile, matcher: SimilarOccupationMatcher = getSimilarMatcher()): { similar: Similar; slug?: string }[] {
  return (profile.facts.similarOccupations?.value ?? []).map((similar) => {
    const slug = matcher.slugFor(similar);
    return slug && slug !== profile.slug ? { similar, slug } : { similar };
  });
}

export type SimilarLinks = ReadonlyMap<string, { similar: Similar; slug?: string }[]>;

/** The similar occupations of each of the profiles, by slug, for a page to show. */
export function similarLinksFor(profiles: readonly Profile[], matcher: SimilarOccupationMatcher = getSimilarMatcher()): SimilarLinks {
  return new Map(profiles.map((p) => [p.slug, similarOccupationLinks(p, matcher)]));
}

/** The site's data a career move needs for its stepping stones (career-move.ts). */
export function getMoveContext(): MoveContext {
  const matcher = getSimilarMatcher();
  return { profileOf: getOccupationBySlug, similarSlugs: (p) => matcher.similarSlugs(p) };
}
