import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/site-url';

export default function robots(): MetadataRoute.Robots {
  return {
    // The form handler and the JSON endpoints are not pages; everything else may be crawled.
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/compare/pick'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
