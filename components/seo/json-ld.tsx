import { serializeJsonLd, type JsonLdNode } from '@/lib/seo/json-ld';

/**
 * Structured data for search engines. The serializer escapes `<`, `>` and
 * `&`, so scraped text can never close the script element.
 */
export function JsonLd({ data }: { data: JsonLdNode }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
