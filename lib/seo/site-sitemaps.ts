/** The site's sitemap plan, built once per server process from the occupation store. */
import { derivedFromStore, type OccupationStore } from '../occupations';
import { planSitemaps, sitemapOccupations, SITEMAP_URL_LIMIT, type SitemapPlan } from './sitemap';

/**
 * Every occupation page and the store's landing pairs (never every pair),
 * lastmod from each occupation's newest page date.
 */
export function sitemapPlanFor(store: OccupationStore, maxUrlsPerFile = SITEMAP_URL_LIMIT): SitemapPlan {
  return planSitemaps(sitemapOccupations(store.bySlug.values()), store.landingPairs, maxUrlsPerFile);
}

export const getSitemapPlan: () => SitemapPlan = derivedFromStore((store) => sitemapPlanFor(store));

/** "/sitemap/12.xml" → 12; anything else → undefined. */
export function parseSitemapFileName(name: string): number | undefined {
  const match = /^(0|[1-9]\d{0,6})\.xml$/.exec(name);
  return match ? Number(match[1]) : undefined;
}
