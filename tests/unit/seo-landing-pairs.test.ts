/**
 * The landing-page rule on the shipped pages: ingest content/raw with the
 * real command, load the folder as the site does, and check that the
 * sitemaps list exactly the landing pairs, that the prerender policy and the
 * pair pages' robots follow them, and that the store refuses an index whose
 * landing pairs name no occupation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLandingPair } from '@/lib/compare/pair-lookup';
import { pairKey } from '@/lib/compare/pair-path';
import { SimilarOccupationMatcher } from '@/lib/compare/similar-occupations';
import { pageDate } from '@/lib/ingest/page-date';
import { GeneratedDataError, loadOccupationStore, type OccupationStore } from '@/lib/occupations';
import { getPrerenderPairs } from '@/lib/prerender-plan';
import type { Profile } from '@/lib/profile-schema';
import { pairMetadata } from '@/lib/seo/page-metadata';
import { sitemapPlanFor } from '@/lib/seo/site-sitemaps';
import { sitemapEntries, sitemapXml, SITEMAP_URL_LIMIT, type SitemapEntry, type SitemapPlan } from '@/lib/seo/sitemap';
import { runIngest } from '@/scripts/shared/ingest-command';
import { RAW_DIR, seedPagesDir } from '../helpers/seeds';

let work: string;
let dir: string;
let store: OccupationStore;
const savedGeneratedDir = process.env.GENERATED_DIR;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'landing-pairs-'));
  dir = path.join(work, 'generated');
  const run = runIngest(['--input', RAW_DIR, '--output', dir, '--quiet']);
  expect(run.status, run.stderr).toBe(0);
  store = loadOccupationStore(dir);
  // The site's accessors (getOccupationStore) read GENERATED_DIR.
  process.env.GENERATED_DIR = dir;
}, 120_000);

afterAll(() => {
  if (savedGeneratedDir === undefined) delete process.env.GENERATED_DIR;
  else process.env.GENERATED_DIR = savedGeneratedDir;
  fs.rmSync(work, { recursive: true, force: true });
});

function profile(slug: string): Profile {
  const p = store.bySlug.get(slug);
  if (!p) throw new Error(`no occupation ${slug} in the shipped pages`);
  return p;
}

function allEntries(plan: SitemapPlan): SitemapEntry[] {
  return Array.from({ length: plan.fileCount }, (_, k) => [...sitemapEntries(plan, k)]).flat();
}

/**
 * The rule stated pair by pair over all n(n−1)/2 pairs, independently of
 * lib/compare/landing-pairs.ts's grouping: a scraped page compared them, one
 * lists the other as a similar occupation, or they share an occupational group.
 */
function landingByBruteForce(): Set<string> {
  const profiles = [...store.bySlug.values()];
  const scraped = new Set(store.pairs.map((p) => pairKey(p.a, p.b)));
  const matcher = new SimilarOccupationMatcher(profiles);
  const similar = new Map(profiles.map((p) => [p.slug, new Set(matcher.similarSlugs(p))]));
  const out = new Set<string>();
  for (const x of profiles) {
    for (const y of profiles) {
      if (x.slug >= y.slug) continue;
      const group = x.facts.occupationGroup?.value;
      const sameGroup = group !== undefined && group === y.facts.occupationGroup?.value;
      if (scraped.has(pairKey(x.slug, y.slug)) || similar.get(x.slug)?.has(y.slug) || similar.get(y.slug)?.has(x.slug) || sameGroup) out.add(pairKey(x.slug, y.slug));
    }
  }
  return out;
}

describe('landing pairs on the shipped pages', () => {
  it('the sitemaps list every occupation page and exactly the landing pairs, in canonical order', () => {
    const plan = sitemapPlanFor(store);
    const n = store.bySlug.size;
    const entries = allEntries(plan);
    const occupationPaths = entries.filter((e) => e.path.startsWith('/occupations/')).map((e) => e.path);
    const pairPaths = entries.filter((e) => e.path.startsWith('/compare/')).map((e) => e.path);
    expect(occupationPaths).toEqual([...store.bySlug.keys()].sort().map((s) => `/occupations/${s}`));
    expect(occupationPaths.length + pairPaths.length).toBe(entries.length);

    // The index's landing pairs, as the ingest wrote them: canonical order, sorted, unique.
    const landing = store.landingPairs;
    for (const p of landing) expect(p.a < p.b, `${p.a} vs ${p.b}`).toBe(true);
    expect(pairPaths).toEqual(landing.map((p) => `/compare/${p.a}-vs-${p.b}`));
    expect(new Set(pairPaths).size).toBe(pairPaths.length);

    // …and they are what the rule says, computed here the slow way.
    const expected = landingByBruteForce();
    expect(new Set(landing.map((p) => pairKey(p.a, p.b)))).toEqual(expected);
    // A small share of all pairs (3,079 of 41,328 for the 288 shipped occupations).
    expect(pairPaths.length).toBe(expected.size);
    expect(pairPaths.length).toBeGreaterThan(1000);
    expect(pairPaths.length).toBeLessThan((n * (n - 1)) / 2 / 5);
    // All of it fits one file; smaller files split it without loss or reordering.
    expect(plan.fileCount).toBe(Math.ceil((n + landing.length) / SITEMAP_URL_LIMIT));
    const small = sitemapPlanFor(store, 1000);
    expect(small.fileCount).toBe(Math.ceil((n + landing.length) / 1000));
    expect(allEntries(small)).toEqual(entries);
  });

  it('a scraped pair and a Handbook similar pair are landing pages; a pair of unrelated occupations is not', () => {
    // A comparison page compared these two.
    expect(store.pairs.some((p) => pairKey(p.a, p.b) === pairKey('order-processing-specialist', 'customer-service-specialist'))).toBe(true);
    expect(isLandingPair('order-processing-specialist', 'customer-service-specialist')).toBe(true);
    expect(isLandingPair('customer-service-specialist', 'order-processing-specialist')).toBe(true);
    expect(store.landingPairs.find((p) => p.a === 'customer-service-specialist' && p.b === 'order-processing-specialist')?.reasons).toContain('scraped');

    // The Handbook's Actuaries page lists Financial Analysts as similar; they are in different groups.
    expect(profile('actuaries').facts.similarOccupations?.value?.map((s) => s.title)).toContain('Financial Analysts');
    expect(profile('actuaries').facts.occupationGroup?.value).not.toBe(profile('financial-analysts').facts.occupationGroup?.value);
    expect(isLandingPair('financial-analysts', 'actuaries')).toBe(true);
    expect(store.landingPairs.find((p) => p.a === 'actuaries' && p.b === 'financial-analysts')?.reasons).toEqual(['similar']);

    // Bartenders and actuaries: no page compares them, neither lists the other, different groups.
    expect(profile('bartenders').facts.occupationGroup?.value).not.toBe(profile('actuaries').facts.occupationGroup?.value);
    expect(isLandingPair('actuaries', 'bartenders')).toBe(false);
    expect(isLandingPair('bartenders', 'actuaries')).toBe(false);
    expect(isLandingPair('actuaries', 'actuaries')).toBe(false);
    expect(isLandingPair('actuaries', 'no-such-occupation')).toBe(false);

    const xml = sitemapXml(sitemapPlanFor(store), 0, 'https://careers.example.com');
    expect(xml).toContain('<loc>https://careers.example.com/compare/customer-service-specialist-vs-order-processing-specialist</loc>');
    expect(xml).toContain('<loc>https://careers.example.com/compare/actuaries-vs-financial-analysts</loc>');
    expect(xml).not.toContain('/compare/order-processing-specialist-vs-customer-service-specialist<');
    expect(xml).not.toContain('/compare/actuaries-vs-bartenders<');
  });

  it('pair metadata: landing pairs are indexable, any other pair is noindex, follow; the canonical is the same either way', () => {
    for (const [a, b] of [
      ['order-processing-specialist', 'customer-service-specialist'],
      ['financial-analysts', 'actuaries'],
    ] as const) {
      const forward = pairMetadata(profile(a), profile(b));
      const backward = pairMetadata(profile(b), profile(a));
      expect(forward.robots, `${a} vs ${b}`).toBeUndefined();
      expect(backward.robots, `${b} vs ${a}`).toBeUndefined();
      expect(forward.alternates?.canonical).toBe(`/compare/${[a, b].sort().join('-vs-')}`);
      expect(backward.alternates?.canonical).toBe(forward.alternates?.canonical);
    }
    for (const [a, b] of [
      ['actuaries', 'bartenders'],
      ['bartenders', 'actuaries'],
    ] as const) {
      const metadata = pairMetadata(profile(a), profile(b));
      expect(metadata.robots).toEqual({ index: false, follow: true });
      expect(metadata.alternates?.canonical).toBe('/compare/actuaries-vs-bartenders');
      // Otherwise the page's head is as usual: its title in the visitor's order.
      expect(String(metadata.title).startsWith(`${profile(a).title} vs ${profile(b).title}`)).toBe(true);
    }
  });

  it("lastmod is each URL's newest page date: modifiedAt for the Handbook pages, none for the undated seeds", () => {
    const entries = new Map(allEntries(sitemapPlanFor(store)).map((e) => [e.path, e.lastmod]));
    const newest = (slug: string) =>
      profile(slug)
        .sources.map(pageDate)
        .filter((d) => d !== undefined)
        .sort()
        .at(-1);
    // The Handbook pages carry "Last Modified Date" and no scrape date.
    expect(profile('actuaries').sources.every((s) => s.modifiedAt !== undefined && s.scrapedAt === undefined)).toBe(true);
    const actuaries = newest('actuaries');
    expect(actuaries).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entries.get('/occupations/actuaries')).toBe(actuaries);
    const pair = [actuaries, newest('financial-analysts')].sort().at(-1);
    expect(entries.get('/compare/actuaries-vs-financial-analysts')).toBe(pair);
    // The seed comparison pages give no date: nothing is claimed.
    expect(entries.get('/occupations/order-processing-specialist')).toBeUndefined();
    expect(entries.get('/compare/customer-service-specialist-vs-order-processing-specialist')).toBeUndefined();
    // Every dated URL's lastmod is some page's date.
    const dates = new Set([...store.bySlug.values()].flatMap((p) => p.sources.map(pageDate)));
    for (const [url, lastmod] of entries) if (lastmod !== undefined) expect(dates.has(lastmod), url).toBe(true);
  });

  it('prerendering takes the scraped pairs, then the other landing pairs, both orders, up to the limit', () => {
    const scraped = store.pairs;
    expect(scraped.length).toBeGreaterThan(0);
    const ordered = (pairs: [string, string][]) => pairs.map(([a, b]) => `${a}-vs-${b}`);

    const few = getPrerenderPairs(2 * scraped.length + 2);
    expect(few).toHaveLength(2 * scraped.length + 2);
    expect(ordered(few.slice(0, 2 * scraped.length))).toEqual(scraped.flatMap((p) => [`${p.a}-vs-${p.b}`, `${p.b}-vs-${p.a}`]));
    // Then the first landing pair no page compared, in canonical order first.
    const next = store.landingPairs.find((p) => !scraped.some((s) => pairKey(s.a, s.b) === pairKey(p.a, p.b)));
    expect(ordered(few.slice(-2))).toEqual([`${next?.a}-vs-${next?.b}`, `${next?.b}-vs-${next?.a}`]);

    const limit = 2000;
    const many = getPrerenderPairs(limit);
    expect(many).toHaveLength(limit);
    expect(new Set(ordered(many)).size).toBe(limit);
    for (const [a, b] of many) expect(isLandingPair(a, b), `${a} vs ${b}`).toBe(true);

    // An odd limit stops at the last whole pair; none at all is none.
    expect(getPrerenderPairs(7)).toHaveLength(6);
    expect(getPrerenderPairs(0)).toEqual([]);
    // More than every landing pair, both orders: all of them, and no other pair.
    const all = getPrerenderPairs(2 * store.landingPairs.length + 100);
    expect(all).toHaveLength(2 * store.landingPairs.length);
  });
});

describe('the store checks the landing pairs', () => {
  it('an index whose landing pair names an unknown occupation stops the load, naming the file and the entry', () => {
    const seeds = path.join(work, 'seeds');
    expect(runIngest(['--input', seedPagesDir(), '--output', seeds, '--quiet']).status).toBe(0);
    const indexFile = path.join(seeds, 'index.json');
    const index = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
    expect(loadOccupationStore(seeds).landingPairs).toEqual(index.landingPairs);
    index.landingPairs.push({ a: 'order-processor', b: 'zookeeper', reasons: ['group'] });
    fs.writeFileSync(indexFile, JSON.stringify(index));
    expect(() => loadOccupationStore(seeds)).toThrow(GeneratedDataError);
    expect(() => loadOccupationStore(seeds)).toThrow(`invalid ${indexFile}: landingPairs.${index.landingPairs.length - 1}: unknown occupation "zookeeper"`);
  });
});
