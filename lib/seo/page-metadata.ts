/**
 * Next.js Metadata for each kind of page, written from the profiles: title,
 * description, canonical URL, robots, OpenGraph and Twitter card. Routes
 * call these from generateMetadata and stay thin.
 */
import type { Metadata } from 'next';
import { isLandingPair } from '../compare/pair-lookup';
import type { PageOfOthers } from '../compare/compare-with-pages';
import type { IndexEntry, Profile } from '../profile-schema';
import { canonicalMultiComparePath, canonicalPairPath, occupationPath } from '../compare/pair-path';
import { comparisonDescription, occupationDescription, pairDescription } from './page-descriptions';
import { comparisonTitle, occupationTitle } from './page-titles';

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
  const description = pairDescription(a, b);
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
  const canonical = occupationPath(profile.slug);
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

/** Page 2 onwards of an occupation's "compare with" list: lists of links for crawlers and browsing, not indexed (the comparisons are the pages worth indexing). */
export function compareWithListMetadata(entry: IndexEntry, list: PageOfOthers<IndexEntry>): Metadata {
  return {
    title: `Compare ${entry.title} with other occupations, page ${list.page} of ${list.pageCount}`,
    description: `Side-by-side comparisons of ${entry.title} with ${list.others[0]?.title ?? 'other occupations'} and more: salary, skills, education.`,
    robots: { index: false, follow: true },
  };
}
