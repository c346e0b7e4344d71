import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Profile, SourcePage } from '@/lib/profile-schema';
import { parseSitemapFileName } from '@/lib/seo/site-sitemaps';
import {
  escapeXml,
  newestPageDate,
  planSitemaps,
  SITEMAP_URL_LIMIT,
  sitemapEntries,
  sitemapIndexXml,
  sitemapOccupations,
  sitemapXml,
  type SitemapEntry,
  type SitemapOccupation,
  type SitemapPair,
  type SitemapPlan,
} from '@/lib/seo/sitemap';
import { seedProfile } from '../helpers/seed-profiles';

const SITE = 'https://careers.example.com';
const SEED_SLUGS = [
  'order-processing-specialist',
  'customer-service-specialist',
  'order-processor',
  'customer-relations-specialist',
  'lead-customer-service-representative',
  'collections-customer-service',
];
/** The four pairs the seed pages compare, in the pages' order (not canonical). */
const SEED_PAIRS: SitemapPair[] = [
  { a: 'collections-customer-service', b: 'customer-service-specialist' },
  { a: 'lead-customer-service-representative', b: 'customer-service-specialist' },
  { a: 'order-processing-specialist', b: 'customer-relations-specialist' },
  { a: 'order-processing-specialist', b: 'customer-service-specialist' },
];

/** Code-unit order written out here, not the production comparators (lib/sort-order.ts) the plan is checked against. */
const before = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Every URL the plan should list, built the obvious way, for comparison. */
function bruteForce(occupations: readonly SitemapOccupation[], pairs: readonly SitemapPair[]): SitemapEntry[] {
  const bySlug = new Map<string, SitemapOccupation>();
  for (const o of occupations) if (!bySlug.has(o.slug)) bySlug.set(o.slug, o);
  const sorted = [...bySlug.values()].sort((x, y) => before(x.slug, y.slug));
  const time = (o: SitemapOccupation) => (o.lastmod === undefined ? -Infinity : Date.parse(o.lastmod));
  const out: SitemapEntry[] = sorted.map((o) => (o.lastmod ? { path: `/occupations/${o.slug}`, lastmod: o.lastmod } : { path: `/occupations/${o.slug}` }));
  const canonical = new Map<string, { a: string; b: string }>();
  for (const p of pairs) {
    if (p.a === p.b || !bySlug.has(p.a) || !bySlug.has(p.b)) continue;
    const [a, b] = p.a < p.b ? [p.a, p.b] : [p.b, p.a];
    canonical.set(`${a}\t${b}`, { a, b });
  }
  for (const { a, b } of [...canonical.values()].sort((x, y) => before(x.a, y.a) || before(x.b, y.b))) {
    const oa = bySlug.get(a);
    const ob = bySlug.get(b);
    if (!oa || !ob) continue;
    const newer = time(ob) > time(oa) ? ob : oa;
    const path = `/compare/${a}-vs-${b}`;
    out.push(newer.lastmod ? { path, lastmod: newer.lastmod } : { path });
  }
  return out;
}

function allEntries(plan: SitemapPlan): SitemapEntry[][] {
  return Array.from({ length: plan.fileCount }, (_, k) => [...sitemapEntries(plan, k)]);
}

function withPages(profile: Profile, ...pages: { scrapedAt?: string; modifiedAt?: string }[]): Profile {
  return { ...profile, sources: pages.map((dates, i): SourcePage => ({ file: `${i}.txt`, format: 'pair-page', ...dates })) };
}

const seedPlan = (limit = 4) => planSitemaps(sitemapOccupations(SEED_SLUGS.map(seedProfile)), SEED_PAIRS, limit);

/** n synthetic occupations "job-0000"… and the first `count` pairs (i < j) in row order. */
function synthetic(n: number, count: number): { occupations: SitemapOccupation[]; pairs: SitemapPair[] } {
  const slug = (i: number) => `job-${String(i).padStart(4, '0')}`;
  const pairs: SitemapPair[] = [];
  for (let i = 0; i < n && pairs.length < count; i += 1) {
    for (let j = i + 1; j < n && pairs.length < count; j += 1) pairs.push({ a: slug(i), b: slug(j) });
  }
  return { occupations: Array.from({ length: n }, (_, i) => ({ slug: slug(i) })), pairs };
}

describe('files', () => {
  it('six seed occupations and their four compared pairs, four URLs a file: 10 URLs in 3 files, occupations first', () => {
    const plan = seedPlan();
    expect(plan.urlCount).toBe(10);
    expect(plan.pairCount).toBe(4);
    expect(plan.fileCount).toBe(3);
    const files = allEntries(plan).map((f) => f.map((e) => e.path));
    expect(files).toEqual([
      [
        '/occupations/collections-customer-service',
        '/occupations/customer-relations-specialist',
        '/occupations/customer-service-specialist',
        '/occupations/lead-customer-service-representative',
      ],
      // The file that crosses from occupation pages to pair pages.
      [
        '/occupations/order-processing-specialist',
        '/occupations/order-processor',
        '/compare/collections-customer-service-vs-customer-service-specialist',
        '/compare/customer-relations-specialist-vs-order-processing-specialist',
      ],
      [
        '/compare/customer-service-specialist-vs-lead-customer-service-representative',
        '/compare/customer-service-specialist-vs-order-processing-specialist',
      ],
    ]);
  });

  it('only the pairs given are listed, each once, under its canonical (code-unit) path', () => {
    const pairs = allEntries(seedPlan(SITEMAP_URL_LIMIT))
      .flat()
      .map((e) => e.path)
      .filter((p) => p.startsWith('/compare/'));
    expect(pairs).toHaveLength(4);
    expect(pairs).toContain('/compare/customer-service-specialist-vs-order-processing-specialist');
    expect(pairs).not.toContain('/compare/order-processing-specialist-vs-customer-service-specialist');
    // A pair no page compared is not listed, in either order.
    expect(pairs.some((p) => p.includes('order-processor'))).toBe(false);
    // "-" sorts before letters: order-processing-… precedes order-processor.
    const plan = planSitemaps([{ slug: 'order-processor' }, { slug: 'order-processing-specialist' }], [{ a: 'order-processor', b: 'order-processing-specialist' }]);
    expect([...sitemapEntries(plan, 0)].map((e) => e.path)).toEqual([
      '/occupations/order-processing-specialist',
      '/occupations/order-processor',
      '/compare/order-processing-specialist-vs-order-processor',
    ]);
  });

  it('a pair given twice or in both orders is listed once; a pair of one occupation or of an unknown one is left out', () => {
    const plan = planSitemaps(
      [{ slug: 'b' }, { slug: 'a' }, { slug: 'c' }],
      [
        { a: 'c', b: 'a' },
        { a: 'a', b: 'c' },
        { a: 'a', b: 'c' },
        { a: 'b', b: 'b' },
        { a: 'a', b: 'zz' },
        { a: 'b', b: 'a' },
      ],
    );
    expect(plan.pairCount).toBe(2);
    expect([...sitemapEntries(plan, 0)].map((e) => e.path)).toEqual(['/occupations/a', '/occupations/b', '/occupations/c', '/compare/a-vs-b', '/compare/a-vs-c']);
  });

  it('a repeated slug is listed once', () => {
    const plan = planSitemaps([{ slug: 'b' }, { slug: 'a' }, { slug: 'b', lastmod: '2025-01-01' }], [{ a: 'b', b: 'a' }]);
    expect([...sitemapEntries(plan, 0)].map((e) => e.path)).toEqual(['/occupations/a', '/occupations/b', '/compare/a-vs-b']);
  });

  it('property: the files concatenated are exactly the full list, each within the limit, each dated by its newest URL', () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,4}(-[a-z0-9]{1,3})?$/);
    const date = fc.option(
      fc.oneof(
        fc.constantFrom('2025-06-01', '2025-06-01T12:00:00Z'),
        fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10)),
      ),
      { nil: undefined },
    );
    const occupation = fc.record({ slug, lastmod: date });
    fc.assert(
      fc.property(fc.array(occupation, { maxLength: 25 }), fc.array(fc.record({ a: slug, b: slug }), { maxLength: 80 }), fc.integer({ min: 1, max: 60 }), (raw, rawPairs, limit) => {
        const occupations = [...new Map(raw.map((o) => [o.slug, o.lastmod === undefined ? { slug: o.slug } : { slug: o.slug, lastmod: o.lastmod }])).values()];
        // Pairs of real occupations mostly (slugs drawn from the list), some unknown.
        const slugs = occupations.map((o) => o.slug);
        const pairs = rawPairs.map((p, i) => (slugs.length > 0 && i % 4 !== 0 ? { a: slugs[p.a.length % slugs.length] ?? p.a, b: slugs[(p.a.length + p.b.charCodeAt(0)) % slugs.length] ?? p.b } : p));
        const plan = planSitemaps(occupations, pairs, limit);
        const expected = bruteForce(occupations, pairs);
        expect(plan.urlCount).toBe(expected.length);
        expect(plan.fileCount).toBe(Math.ceil(expected.length / limit));
        const files = allEntries(plan);
        for (const f of files.slice(0, -1)) expect(f).toHaveLength(limit);
        for (const f of files) expect(f.length).toBeLessThanOrEqual(limit);
        expect(files.flat()).toEqual(expected);
        files.forEach((f, k) => {
          const times = f.flatMap((e) => (e.lastmod ? [Date.parse(e.lastmod)] : []));
          const newest = times.length === 0 ? undefined : Math.max(...times);
          const got = plan.lastmod(k);
          expect(got === undefined ? undefined : Date.parse(got)).toBe(newest);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('splits at 50,000 URLs: exactly 50,000 fit one file, one more starts a second', () => {
    // 400 occupations + 49,600 pairs = 50,000 URLs.
    const { occupations, pairs } = synthetic(400, 49_601);
    const full = planSitemaps(occupations, pairs.slice(0, 49_600));
    expect(full.maxUrlsPerFile).toBe(SITEMAP_URL_LIMIT);
    expect([full.urlCount, full.fileCount]).toEqual([50_000, 1]);
    expect(sitemapXml(full, 0, SITE).match(/<url>/g)).toHaveLength(50_000);

    const over = planSitemaps(occupations, pairs);
    expect([over.urlCount, over.fileCount]).toEqual([50_001, 2]);
    expect(over.fileRange(1)).toEqual({ start: 50_000, end: 50_001 });
    const last = pairs[pairs.length - 1];
    expect([...sitemapEntries(over, 1)]).toEqual([{ path: `/compare/${last?.a}-vs-${last?.b}` }]);
    expect(sitemapIndexXml(over, SITE).match(/<sitemap>/g)).toHaveLength(2);
  });

  it('5,000 occupations and 200,000 landing pairs: 5 files, any file built from its position', () => {
    const { occupations, pairs } = synthetic(5000, 200_000);
    // Given in reverse, reversed pairs: the plan orders them itself.
    const plan = planSitemaps(occupations, pairs.map((p) => ({ a: p.b, b: p.a })).reverse());
    expect([plan.urlCount, plan.pairCount, plan.fileCount]).toEqual([205_000, 200_000, 5]);
    // File 3 starts at URL 150,000 = pair 145,000 in canonical order.
    const first = sitemapEntries(plan, 3).next();
    expect(first.value).toEqual({ path: `/compare/${pairs[145_000]?.a}-vs-${pairs[145_000]?.b}` });
    const tail = [...sitemapEntries(plan, 4)];
    expect(tail).toHaveLength(5000);
    expect(tail[tail.length - 1]).toEqual({ path: `/compare/${pairs[199_999]?.a}-vs-${pairs[199_999]?.b}` });
  });

  it('rejects file numbers that do not exist and limits the protocol does not allow', () => {
    const plan = seedPlan();
    expect(plan.fileCount).toBe(3);
    expect(() => sitemapXml(plan, 3, SITE)).toThrow(RangeError);
    expect(() => sitemapXml(plan, -1, SITE)).toThrow(RangeError);
    expect(() => [...sitemapEntries(plan, 1.5)]).toThrow(RangeError);
    expect(() => plan.lastmod(3)).toThrow(RangeError);
    expect(() => planSitemaps([], [], 0)).toThrow(RangeError);
    expect(() => planSitemaps([], [], SITEMAP_URL_LIMIT + 1)).toThrow(RangeError);
    expect(planSitemaps([], [{ a: 'a', b: 'b' }]).fileCount).toBe(0);
    expect(sitemapIndexXml(planSitemaps([], []), SITE)).not.toContain('<sitemap>');
  });

  it('file names the route accepts', () => {
    expect(parseSitemapFileName('0.xml')).toBe(0);
    expect(parseSitemapFileName('12.xml')).toBe(12);
    for (const bad of ['01.xml', '-1.xml', '1.5.xml', '1', 'a.xml', '12345678.xml', '0.xml.gz']) expect(parseSitemapFileName(bad), bad).toBeUndefined();
  });
});

describe('lastmod', () => {
  it('the seed pages are undated, so no lastmod is claimed', () => {
    expect(sitemapOccupations(SEED_SLUGS.map(seedProfile)).every((o) => o.lastmod === undefined)).toBe(true);
    const xml = sitemapXml(seedPlan(SITEMAP_URL_LIMIT), 0, SITE);
    expect(xml.match(/<url>/g)).toHaveLength(10);
    expect(xml).not.toContain('<lastmod>');
  });

  it("a page's date is modifiedAt when it gives one, else scrapedAt; an occupation's lastmod is its newest page's", () => {
    const ops = seedProfile('order-processing-specialist');
    // Scraped later than it last changed: the change date counts.
    expect(newestPageDate(withPages(ops, { scrapedAt: '2025-09-30', modifiedAt: '2025-08-28' }))).toBe('2025-08-28');
    // The newest page wins, whichever field dates it.
    expect(newestPageDate(withPages(ops, { scrapedAt: '2025-09-30', modifiedAt: '2025-08-28' }, { scrapedAt: '2025-09-01' }))).toBe('2025-09-01');
    expect(newestPageDate(withPages(ops, { scrapedAt: '2025-06-01' }, { modifiedAt: '2025-07-15' }, {}))).toBe('2025-07-15');
    expect(newestPageDate(withPages(ops, { scrapedAt: '2025-06-01' }, {}, { scrapedAt: '2025-07-15T10:00:00.000Z' }, { scrapedAt: '2025-07-15' }))).toBe('2025-07-15T10:00:00Z');
    // A zone-less time is read as UTC, so every server prints the same thing; nonsense is ignored.
    expect(newestPageDate(withPages(ops, { scrapedAt: '2025-06-01 08:30' }, { scrapedAt: 'yesterday' }))).toBe('2025-06-01T08:30:00Z');
    expect(newestPageDate(withPages(ops, { modifiedAt: '2025-06-01T08:30:00+02:00' }))).toBe('2025-06-01T06:30:00Z');
    expect(newestPageDate(withPages(ops, {}))).toBeUndefined();
  });

  it('a pair page takes the newer of its two occupations; the index takes the newest of each file', () => {
    const occupations = sitemapOccupations([
      withPages(seedProfile('order-processing-specialist'), { scrapedAt: '2025-06-01' }),
      withPages(seedProfile('customer-service-specialist'), { scrapedAt: '2025-09-01', modifiedAt: '2025-07-15' }, { scrapedAt: '2025-03-01' }),
      withPages(seedProfile('order-processor'), {}),
    ]);
    expect(occupations).toEqual([
      { slug: 'order-processing-specialist', lastmod: '2025-06-01' },
      { slug: 'customer-service-specialist', lastmod: '2025-07-15' },
      { slug: 'order-processor' },
    ]);
    const plan = planSitemaps(
      occupations,
      [
        { a: 'order-processing-specialist', b: 'customer-service-specialist' },
        { a: 'order-processor', b: 'order-processing-specialist' },
      ],
      3,
    );
    expect(allEntries(plan)).toEqual([
      [
        { path: '/occupations/customer-service-specialist', lastmod: '2025-07-15' },
        { path: '/occupations/order-processing-specialist', lastmod: '2025-06-01' },
        { path: '/occupations/order-processor' },
      ],
      [
        { path: '/compare/customer-service-specialist-vs-order-processing-specialist', lastmod: '2025-07-15' },
        { path: '/compare/order-processing-specialist-vs-order-processor', lastmod: '2025-06-01' },
      ],
    ]);
    expect(sitemapXml(plan, 1, SITE)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        `<url><loc>${SITE}/compare/customer-service-specialist-vs-order-processing-specialist</loc><lastmod>2025-07-15</lastmod></url>\n` +
        `<url><loc>${SITE}/compare/order-processing-specialist-vs-order-processor</loc><lastmod>2025-06-01</lastmod></url>\n` +
        '</urlset>\n',
    );
    expect(sitemapXml(plan, 0, SITE)).toContain(`<url><loc>${SITE}/occupations/order-processor</loc></url>`);
    expect([plan.lastmod(0), plan.lastmod(1)]).toEqual(['2025-07-15', '2025-07-15']);
  });

  it('the index lists every file with its newest lastmod, and none for an undated file', () => {
    const plan = planSitemaps(
      [{ slug: 'a', lastmod: '2025-01-01' }, { slug: 'b' }, { slug: 'c', lastmod: '2025-03-01T09:00:00Z' }, { slug: 'd' }],
      [
        { a: 'b', b: 'd' },
        { a: 'a', b: 'b' },
        { a: 'c', b: 'd' },
      ],
      2,
    );
    // Files: [a b] [c d] [a-b b-d] [c-d]
    expect(sitemapIndexXml(plan, SITE, (k) => `/sitemaps/pages-${k}.xml`)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        `<sitemap><loc>${SITE}/sitemaps/pages-0.xml</loc><lastmod>2025-01-01</lastmod></sitemap>\n` +
        `<sitemap><loc>${SITE}/sitemaps/pages-1.xml</loc><lastmod>2025-03-01T09:00:00Z</lastmod></sitemap>\n` +
        `<sitemap><loc>${SITE}/sitemaps/pages-2.xml</loc><lastmod>2025-01-01</lastmod></sitemap>\n` +
        `<sitemap><loc>${SITE}/sitemaps/pages-3.xml</loc><lastmod>2025-03-01T09:00:00Z</lastmod></sitemap>\n` +
        '</sitemapindex>\n',
    );
    const undated = planSitemaps([{ slug: 'a', lastmod: '2025-01-01' }, { slug: 'b' }, { slug: 'c' }], [{ a: 'c', b: 'b' }], 1);
    // Files: a, b, c, b-c — only "a" has a date.
    expect(sitemapIndexXml(undated, SITE).match(/<sitemap>.*?<\/sitemap>/g)).toEqual([
      `<sitemap><loc>${SITE}/sitemap/0.xml</loc><lastmod>2025-01-01</lastmod></sitemap>`,
      `<sitemap><loc>${SITE}/sitemap/1.xml</loc></sitemap>`,
      `<sitemap><loc>${SITE}/sitemap/2.xml</loc></sitemap>`,
      `<sitemap><loc>${SITE}/sitemap/3.xml</loc></sitemap>`,
    ]);
  });
});

describe('XML', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'Tom' & "Jerry"</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;Tom&apos; &amp; &quot;Jerry&quot;&lt;/a&gt;');
  });

  it('a base URL with XML specials is escaped in every <loc>', () => {
    const plan = planSitemaps([{ slug: 'a' }, { slug: 'b' }], [{ a: 'a', b: 'b' }]);
    const xml = sitemapXml(plan, 0, "https://example.com/r&d's");
    expect(xml).toContain('<loc>https://example.com/r&amp;d&apos;s/compare/a-vs-b</loc>');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(sitemapIndexXml(plan, 'https://example.com/r&d')).toContain('<loc>https://example.com/r&amp;d/sitemap/0.xml</loc>');
  });
});
