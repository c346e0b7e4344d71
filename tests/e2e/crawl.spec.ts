/**
 * A crawler's view: start at /, follow every internal link, and check that
 * nothing is broken and every URL in the sitemaps is reachable from the home
 * page and answers 200.
 *
 * Every page but the comparisons is fetched. Comparisons are too many to
 * fetch all (288 occupations make 41,328 pairs): every one linked is
 * collected, and a fixed sample of them, spread over the sorted list, is
 * fetched and its own links followed.
 */
import { expect, test } from '@playwright/test';

/** Pages other than comparisons: occupations, their comparison lists, the directory. */
const MAX_PAGES = 2_000;
/** Comparison pages fetched, out of every one linked. */
const PAIR_SAMPLE = 120;

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

const isPair = (path: string) => /^\/compare\/[^/?]+-vs-[^/?]+$/.test(path);

/** `count` items spread evenly over a sorted list, always including its first and last. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]).filter((x): x is T => x !== undefined);
}

test('every internal link works, and every sitemap URL answers 200 and is reachable from /', async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  const origin = baseURL ?? '';
  const seen = new Set<string>(['/']);
  const pairs = new Set<string>();
  const queue = ['/'];
  const broken: string[] = [];
  const titles = new Map<string, string>();
  const visit = async (path: string) => {
    const response = await request.get(path);
    if (response.status() !== 200) {
      broken.push(`${response.status()} ${path}`);
      return;
    }
    const html = await response.text();
    titles.set(path, /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
    for (const link of internalLinks(html, `${origin}${path}`)) {
      if (isPair(link)) pairs.add(link);
      else if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  };
  const crawl = async () => {
    while (queue.length > 0 && titles.size <= MAX_PAGES) await visit(queue.shift() ?? '/');
  };
  await crawl();
  // A sample of the comparisons, and whatever they link to that nothing else did.
  const sampled = spread([...pairs].sort(), PAIR_SAMPLE);
  for (const path of sampled) await visit(path);
  await crawl();
  expect(broken).toEqual([]);
  // The crawl reached the end of the site rather than its page limit.
  expect(queue).toEqual([]);

  const index = await request.get('/sitemap.xml');
  expect(index.headers()['content-type']).toContain('xml');
  const urls: string[] = [];
  for (const file of locs(await index.text())) {
    const sitemap = await request.get(new URL(file).pathname);
    expect(sitemap.status(), file).toBe(200);
    urls.push(...locs(await sitemap.text()));
  }
  const paths = urls.map((u) => new URL(u)).map((u) => `${u.pathname}${u.search}`);
  const occupationPaths = paths.filter((p) => p.startsWith('/occupations/'));
  const pairPaths = paths.filter(isPair);
  expect(occupationPaths.length + pairPaths.length).toBe(paths.length);
  // Every occupation, and only the landing pairs: far fewer than every pair.
  const n = occupationPaths.length;
  expect(n).toBeGreaterThanOrEqual(288);
  expect(pairPaths.length).toBeGreaterThan(n);
  expect(pairPaths.length).toBeLessThan((n * (n - 1)) / 2 / 5);
  // Reachable from the home page: every occupation page was fetched, every landing pair is linked.
  expect(occupationPaths.filter((p) => !titles.has(p))).toEqual([]);
  expect(pairPaths.filter((p) => !pairs.has(p))).toEqual([]);
  // Every occupation page and a sample of the landing pairs answer 200 without a redirect, each with a title of its own.
  const fetched = [...occupationPaths, ...spread(pairPaths, PAIR_SAMPLE)];
  for (const path of fetched) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    titles.set(path, /<title>([^<]*)<\/title>/.exec(await response.text())?.[1] ?? '');
  }
  const fetchedTitles = fetched.map((p) => titles.get(p));
  expect(new Set(fetchedTitles).size).toBe(fetched.length);
});
