/**
 * Next.js Metadata for each kind of page, written from the profiles: title,
 * description, canonical URL, robots, OpenGraph and Twitter card. Routes
 * call these from generateMetadata and stay thin.
 */
import type { Metadata } from 'next';
import { isLandingPair } from '../occupations';
import type { Profile } from '../profile-schema';
import {
  canonicalMultiComparePath,
  canonicalOccupationPath,
  canonicalPairPath,
  comparisonDescription,
  comparisonTitle,
  occupationDescription,
  occupationTitle,
} from './canonical';

export const SITE_NAME = 'Career Compare';

function social(title: string, description: string, url: string, type: 'website' | 'article'): Pick<Metadata, 'openGraph' | 'twitter'> {
  return {
    openGraph: { title, description, url, type, siteName: SITE_NAME, locale: 'en_US' },
    twitter: { card: 'summary_large_image', title, description },
  };
}

/**
 * A two-occupation page: one canonical URL for both orders. Indexable when
 * the pair is a landing page (lib/compare/landing-pairs.ts, either order);
 * any other pair renders, shares and links as usual but is `noindex,
 * follow`. `landing` defaults to the store's answer (isLandingPair).
 */
export function pairMetadata(a: Profile, b: Profile, landing: boolean = isLandingPair(a.slug, b.slug)): Metadata {
  const title = comparisonTitle([a, b]);
  const description = comparisonDescription([a, b]);
  const canonical = canonicalPairPath(a.slug, b.slug);
  return {
    title,
    description,
    alternates: { canonical },
    ...(landing ? {} : { robots: { index: false, follow: true } }),
    ...social(title, description, canonical, 'article'),
  };
}

export function occupationMetadata(profile: Profile): Metadata {
  const title = occupationTitle(profile);
  const description = occupationDescription(profile);
  const canonical = canonicalOccupationPath(profile.slug);
  return { title, description, alternates: { canonical }, ...social(title, description, canonical, 'article') };
}

/**
 * Three or four occupations: useful to visitors but combinatorially many,
 * so not indexed; its canonical is its own sorted form.
 */
export function multiCompareMetadata(profiles: readonly Profile[]): Metadata {
  const title = comparisonTitle(profiles);
  const description = comparisonDescription(profiles);
  const canonical = canonicalMultiComparePath(profiles.map((p) => p.slug));
  return { title, description, alternates: { canonical }, robots: { index: false, follow: true }, ...social(title, description, canonical, 'website') };
}
