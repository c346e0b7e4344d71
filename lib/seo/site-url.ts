/**
 * The site's public base URL, for anything that must be absolute: canonical
 * links, sitemaps, JSON-LD. It comes from SITE_URL (default
 * http://localhost:3000).
 *
 * The value may carry a path prefix ("https://example.com/careers") for a
 * site served below the root; it never ends in a slash, so joining it with a
 * path that starts with one gives exactly one slash.
 */

export const DEFAULT_SITE_URL = 'http://localhost:3000';

export class SiteUrlError extends Error {
  override name = 'SiteUrlError';
}

/**
 * The validated base URL a raw value names. Unset or blank means the
 * default, because an empty variable in a deployment file usually means "not
 * set"; anything else must be an absolute http(s) URL with no credentials,
 * query or fragment, since those would leak into every generated link.
 */
export function parseSiteUrl(value: string | undefined): string {
  const raw = value?.trim() ?? '';
  if (raw === '') return DEFAULT_SITE_URL;
  const problem = (why: string) => new SiteUrlError(`SITE_URL ${JSON.stringify(raw)} ${why}; expected an absolute URL such as https://example.com`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw problem('is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw problem(`uses ${url.protocol.replace(/:$/, '')}, not http or https`);
  if (url.hostname === '') throw problem('has no host');
  if (url.username !== '' || url.password !== '') throw problem('must not contain credentials');
  if (url.search !== '' || raw.includes('?')) throw problem('must not contain a query');
  if (url.hash !== '' || raw.includes('#')) throw problem('must not contain a fragment');
  // URL normalises the host (lower case, punycode) and the default port away.
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The public base URL from `SITE_URL`, read on every call so tests and deployments can set it late. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return parseSiteUrl(env.SITE_URL);
}

/**
 * An absolute URL for a site path. The path must start with one "/": a
 * relative path or a protocol-relative "//host" would point somewhere other
 * than this site.
 */
export function absoluteUrl(path: string, base: string = siteUrl()): string {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new TypeError(`absoluteUrl needs a site path starting with a single "/", got ${JSON.stringify(path)}`);
  }
  return `${base}${path}`;
}
