/**
 * A crawler's view: start at /, follow every internal link, and check that
 * nothing is broken and every URL in the sitemaps is reachable from the home
 * page and answers 200.
 */
import { expect, test } from '@playwright/test';

const MAX_PAGES = 3000;

function decodeEntities(href: string): string {
  return href.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
}

function internalLinks(html: string, base: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
    const url = new URL(decodeEntities(match[1] ?? ''), base);
    if (url.origin !== new URL(base).origin) continue;
    url.hash = '';
    links.push(`${url.pathname}${url.search}`);
  }
  return links;
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeEntities(m[1] ?? ''));
}

test('every internal link works, and every sitemap URL answers 200 and is reachable from /', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const origin = baseURL ?? '';
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const broken: string[] = [];
  const titles = new Map<string, string>();
  while (queue.length > 0 && seen.size <= MAX_PAGES) {
    const path = queue.shift() ?? '/';
    const response = await request.get(path);
    if (response.status() !== 200) {
      broken.push(`${response.status()} ${path}`);
      continue;
    }
    const html = await response.text();
    titles.set(path, /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
    for (const link of internalLinks(html, `${origin}${path}`)) {
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeLessThanOrEqual(MAX_PAGES);

  const index = await request.get('/sitemap.xml');
  expect(index.headers()['content-type']).toContain('xml');
  const urls: string[] = [];
  for (const file of locs(await index.text())) {
    const sitemap = await request.get(new URL(file).pathname);
    expect(sitemap.status(), file).toBe(200);
    urls.push(...locs(await sitemap.text()));
  }
  // 6 occupation pages and 15 canonical pairs at seed scale.
  expect(urls).toHaveLength(6 + 15);
  const unreachable = urls.map((u) => new URL(u)).filter((u) => !seen.has(`${u.pathname}${u.search}`));
  expect(unreachable.map(String)).toEqual([]);
  for (const url of urls) {
    expect((await request.get(new URL(url).pathname, { maxRedirects: 0 })).status(), url).toBe(200);
  }
  // Every indexable page has a title of its own.
  const sitemapTitles = urls.map((u) => titles.get(new URL(u).pathname));
  expect(new Set(sitemapTitles).size).toBe(urls.length);
});
