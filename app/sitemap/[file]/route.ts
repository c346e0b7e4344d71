import { getSitemapPlan, parseSitemapFileName } from '@/lib/seo/site-sitemaps';
import { sitemapXml } from '@/lib/seo/sitemap';
import { siteUrl } from '@/lib/seo/site-url';

// Files of up to 50,000 URLs (occupations, then landing pairs): built on request from the plan and cached by CDNs, not at build time.
export const dynamic = 'force-dynamic';

/** One sitemap file: /sitemap/<k>.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const plan = getSitemapPlan();
  const k = parseSitemapFileName((await params).file);
  if (k === undefined || k >= plan.fileCount) return new Response('No such sitemap file.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(sitemapXml(plan, k, siteUrl()), {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400' },
  });
}
