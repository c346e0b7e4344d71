/** The JSON-LD each indexable page carries, with absolute canonical URLs. */
import type { Profile } from '../profile-schema';
import { canonicalOccupationPath, canonicalPairPath, comparisonDescription, comparisonTitle, occupationDescription } from './canonical';
import { comparisonPageJsonLd, occupationPageJsonLd, type JsonLdNode } from './json-ld';
import { absoluteUrl } from './site-url';

export function pairJsonLd(a: Profile, b: Profile): JsonLdNode {
  const url = absoluteUrl(canonicalPairPath(a.slug, b.slug));
  const name = comparisonTitle([a, b]);
  return comparisonPageJsonLd({
    url,
    name,
    description: comparisonDescription([a, b]),
    occupations: [a, b].map((profile) => ({ profile, url: absoluteUrl(canonicalOccupationPath(profile.slug)) })),
    breadcrumbs: [{ name: 'Home', url: absoluteUrl('/') }, { name: `${a.title} vs ${b.title}` }],
  });
}

export function occupationJsonLdFor(profile: Profile): JsonLdNode {
  const url = absoluteUrl(canonicalOccupationPath(profile.slug));
  return occupationPageJsonLd({
    url,
    name: profile.title,
    description: occupationDescription(profile),
    profile,
    breadcrumbs: [{ name: 'Home', url: absoluteUrl('/') }, { name: profile.title }],
  });
}
