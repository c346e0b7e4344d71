/**
 * The Handbook's similar occupations on the site: each matched to the
 * site's page for it, when there is one (see similar-occupations.ts).
 */
import { derivedFromStore, profilesInIndexOrder } from '../occupations';
import type { FactValue, Profile } from '../profile-schema';
import { SimilarOccupationMatcher } from './similar-occupations';

type Similar = FactValue<'similarOccupations'>[number];

/** A similar occupation as the Handbook lists it, with our slug when the site has a page for it. */
interface SimilarLink {
  similar: Similar;
  slug?: string;
}

/** The matcher over every occupation the site has, in the index's order (the first title or address claimed wins). */
export const getSimilarMatcher: () => SimilarOccupationMatcher = derivedFromStore((store) => new SimilarOccupationMatcher(profilesInIndexOrder(store)));

/** A profile's similar occupations, in the Handbook's order, each with our slug when the site has a page for it. */
function similarOccupationLinks(profile: Profile, matcher: SimilarOccupationMatcher): SimilarLink[] {
  return (profile.facts.similarOccupations?.value ?? []).map((similar) => {
    const slug = matcher.slugFor(similar);
    return slug && slug !== profile.slug ? { similar, slug } : { similar };
  });
}

export type SimilarLinks = ReadonlyMap<string, SimilarLink[]>;

/** The similar occupations of each of the profiles, by slug, for a page to show. */
export function similarLinksFor(profiles: readonly Profile[], matcher: SimilarOccupationMatcher = getSimilarMatcher()): SimilarLinks {
  return new Map(profiles.map((p) => [p.slug, similarOccupationLinks(p, matcher)]));
}
