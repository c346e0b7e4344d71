/** The JSON-LD each indexable page carries, with absolute canonical URLs. */
import type { Profile } from '../profile-schema';
import { canonicalPairPath, occupationPath } from '../compare/pair-path';
import { occupationDescription, pairDescription } from './page-descriptions';
import { comparisonTitle } from './page-titles';
import { comparisonPageJsonLd, occupationPageJsonLd, type JsonLdNode } from './json-ld';
import { absoluteUrl } from './site-url';

export function pairJsonLd(a: Profile, b: Profile): JsonLdNode {
  const url = absoluteUrl(canonicalPairPath(a.slug, b.slug));
  const name = comparisonTitle([a, b]);
  return comparisonPageJsonLd({
    url,
    name,
    description: pairDescription(a, b),
    occupations: [a, b].map((profile) => ({ profile, url: absoluteUrl(occupationPath(profile.slug)) })),
    breadcrumbs: [{ name: 'Home', url: absoluteUrl('/') }, { name: `${a.title} vs ${b.title}` }],
  });
}

export function occupationJsonLdFor(profile: Profile): JsonLdNode {
  const url = absoluteUrl(occupationPath(profile.slug));
  return occupationPageJsonLd({
    url,
    name: profile.title,
    description: occupationDescription(profile),
    profile,
    breadcrumbs: [{ name: 'Home', url: absoluteUrl('/') }, { name: profile.title }],
  });
}
