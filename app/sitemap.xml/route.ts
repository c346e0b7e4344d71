import { getSitemapPlan } from '@/lib/seo/site-sitemaps';
import { sitemapIndexXml } from '@/lib/seo/sitemap';
import { siteUrl } from '@/lib/seo/site-url';

/** The sitemap index: one entry per file of at most 50,000 URLs. */
export function GET(): Response {
  return new Response(sitemapIndexXml(getSitemapPlan(), siteUrl()), {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600, s-maxage=86400' },
  });
}
