/** The site's sitemap plan, built once per server process from the occupation store. */
import { getAllOccupations, getOccupationBySlug } from '../occupations';
import type { Profile } from '../profile-schema';
import { planSitemaps, sitemapOccupations, type SitemapPlan } from './sitemap';

let cached: { source: unknown; plan: SitemapPlan } | undefined;

function* profiles(): Generator<Profile> {
  for (const entry of getAllOccupations()) {
    const profile = getOccupationBySlug(entry.slug);
    if (profile) yield profile;
  }
}

export function getSitemapPlan(): SitemapPlan {
  const source = getAllOccupations();
  if (!cached || cached.source !== source) cached = { source, plan: planSitemaps(sitemapOccupations(profiles())) };
  return cached.plan;
}

/** "/sitemap/12.xml" → 12; anything else → undefined. */
export function parseSitemapFileName(name: string): number | undefined {
  const match = /^(0|[1-9]\d{0,6})\.xml$/.exec(name);
  return match ? Number(match[1]) : undefined;
}
