import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Profile } from '@/lib/profile-schema';
import {
  escapeXml,
  newestScrapedAt,
  pairAt,
  planSitemaps,
  RangeMax,
  SITEMAP_URL_LIMIT,
  sitemapEntries,
  sitemapIndexXml,
  sitemapOccupations,
  sitemapUrlCount,
  sitemapXml,
  type SitemapEntry,
  type SitemapOccupation,
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

/** Every URL the plan should list, built the obvious (quadratic) way, for comparison. */
function bruteForce(occupations: readonly SitemapOccupation[]): SitemapEntry[] {
  const sorted = [...occupations].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const time = (o: SitemapOccupation) => (o.lastmod === undefined ? -Infinity : Date.parse(o.lastmod));
  const out: SitemapEntry[] = sorted.map((o) => (o.lastmod ? { path: `/occupations/${o.slug}`, lastmod: o.lastmod } : { path: `/occupations/${o.slug}` }));
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i + 1; j < sorted.length; j += 1) {
      const a = sorted[i];
      const b = sorted[j];
      if (!a || !b) continue;
      const newer = time(b) > time(a) ? b : a;
      const path = `/compare/${a.slug}-vs-${b.slug}`;
      out.push(newer.lastmod ? { path, lastmod: newer.lastmod } : { path });
    }
  }
  return out;
}

function allEntries(plan: ReturnType<typeof planSitemaps>): SitemapEntry[][] {
  return Array.from({ length: plan.fileCount }, (_, k) => [...sitemapEntries(plan, k)]);
}

function withDates(profile: Profile, ...dates: (string | undefined)[]): Profile {
  return { ...profile, sources: dates.map((scrapedAt, i) => (scrapedAt === undefined ? { file: `${i}.txt`, format: 'pair-page' } : { file: `${i}.txt`, format: 'pair-page', scrapedAt })) };
}

describe('counting and unranking', () => {
  it('n occupation pages plus n(n−1)/2 pair pages', () => {
    expect(sitemapUrlCount(0)).toBe(0);
    expect(sitemapUrlCount(1)).toBe(1);
    expect(sitemapUrlCount(6)).toBe(21);
    expect(sitemapUrlCount(5000)).toBe(12_502_500);
  });

  it('pairAt gives the index-th pair in row order, for every index of small n', () => {
    for (let n = 2; n <= 40; n += 1) {
      let index = 0;
      for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) expect(pairAt(n, index++)).toEqual([i, j]);
      expect(() => pairAt(n, index)).toThrow(RangeError);
    }
    expect(() => pairAt(5, -1)).toThrow(RangeError);
    expect(() => pairAt(5, 1.5)).toThrow(RangeError);
  });

  it('pairAt at row boundaries of large n, where floating point could slip', () => {
    for (const n of [5000, 50_000, 200_000]) {
      const rowStart = (i: number) => (i * (2 * n - i - 1)) / 2;
      for (const i of [0, 1, 2, n / 2, n - 3, n - 2]) {
        expect(pairAt(n, rowStart(i))).toEqual([i, i + 1]);
        if (i > 0) expect(pairAt(n, rowStart(i) - 1)).toEqual([i - 1, n - 1]);
      }
      expect(pairAt(n, (n * (n - 1)) / 2 - 1)).toEqual([n - 2, n - 1]);
    }
  });

  it('RangeMax answers every range like a scan', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constant(-Infinity)), { maxLength: 70 }), fc.nat(), fc.nat(), (values, x, y) => {
        const table = new RangeMax(values);
        const from = values.length === 0 ? 0 : x % values.length;
        const to = values.length === 0 ? -1 : y % values.length;
        const expected = to < from ? -Infinity : Math.max(-Infinity, ...values.slice(from, to + 1));
        expect(table.max(from, to)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('files', () => {
  const seedPlan = () => planSitemaps(sitemapOccupations(SEED_SLUGS.map(seedProfile)), 4);

  it('six seed occupations, four URLs a file: 21 URLs in 6 files, occupations first, sorted by slug', () => {
    const plan = seedPlan();
    expect(plan.urlCount).toBe(21);
    expect(plan.fileCount).toBe(6);
    const files = allEntries(plan).map((f) => f.map((e) => e.path));
    expect(files.map((f) => f.length)).toEqual([4, 4, 4, 4, 4, 1]);
    expect(files[0]).toEqual([
      '/occupations/collections-customer-service',
      '/occupations/customer-relations-specialist',
      '/occupations/customer-service-specialist',
      '/occupations/lead-customer-service-representative',
    ]);
    // The file that crosses from occupation pages to pair pages.
    expect(files[1]).toEqual([
      '/occupations/order-processing-specialist',
      '/occupations/order-processor',
      '/compare/collections-customer-service-vs-customer-relations-specialist',
      '/compare/collections-customer-service-vs-customer-service-specialist',
    ]);
    // A file that crosses a row of pairs.
    expect(files[2]).toEqual([
      '/compare/collections-customer-service-vs-lead-customer-service-representative',
      '/compare/collections-customer-service-vs-order-processing-specialist',
      '/compare/collections-customer-service-vs-order-processor',
      '/compare/customer-relations-specialist-vs-customer-service-specialist',
    ]);
    expect(files[5]).toEqual(['/compare/order-processing-specialist-vs-order-processor']);
  });

  it('every pair appears once, under its canonical (alphabetical) path', () => {
    const paths = allEntries(seedPlan()).flat().map((e) => e.path);
    const pairs = paths.filter((p) => p.startsWith('/compare/'));
    expect(pairs).toHaveLength(15);
    expect(new Set(pairs).size).toBe(15);
    expect(pairs).toContain('/compare/customer-service-specialist-vs-order-processing-specialist');
    expect(pairs).not.toContain('/compare/order-processing-specialist-vs-customer-service-specialist');
  });

  it('property: the files concatenated are exactly the full list, each within the limit', () => {
    const occupation = fc.record({ slug: fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4})?$/), lastmod: fc.option(fc.oneof(fc.constantFrom('2025-06-01', '2025-06-01T12:00:00Z'), fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10))), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(occupation, { maxLength: 25 }), fc.integer({ min: 1, max: 60 }), (raw, limit) => {
        const occupations = [...new Map(raw.map((o) => [o.slug, o.lastmod === undefined ? { slug: o.slug } : { slug: o.slug, lastmod: o.lastmod }])).values()];
        const plan = planSitemaps(occupations, limit);
        const n = occupations.length;
        expect(plan.urlCount).toBe(n + (n * (n - 1)) / 2);
        expect(plan.fileCount).toBe(Math.ceil(plan.urlCount / limit));
        const files = allEntries(plan);
        for (const f of files) expect(f.length).toBeLessThanOrEqual(limit);
        expect(files.flat()).toEqual(bruteForce(occupations));
        // The index's lastmod for a file is the newest lastmod in that file.
        files.forEach((f, k) => {
          const times = f.flatMap((e) => (e.lastmod ? [Date.parse(e.lastmod)] : []));
          const newest = times.length === 0 ? undefined : Math.max(...times);
          const got = plan.lastmod(k);
          expect(got === undefined ? undefined : Date.parse(got)).toBe(newest);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('exhaustively for small n: a file is dated exactly when it holds a page of the one dated occupation', () => {
    for (let n = 1; n <= 12; n += 1) {
      for (let dated = 0; dated < n; dated += 1) {
        const occupations = Array.from({ length: n }, (_, i) => (i === dated ? { slug: `s${String(i).padStart(2, '0')}`, lastmod: '2025-05-05' } : { slug: `s${String(i).padStart(2, '0')}` }));
        for (let limit = 1; limit <= 40; limit += 1) {
          const plan = planSitemaps(occupations, limit);
          allEntries(plan).forEach((file, k) => {
            expect(plan.lastmod(k), `n=${n} dated=${dated} limit=${limit} file=${k}`).toBe(file.some((e) => e.lastmod) ? '2025-05-05' : undefined);
          });
        }
      }
    }
  });

  it('5,000 occupations: 251 files of 50,000, and any file is built straight from its position', () => {
    const occupations = Array.from({ length: 5000 }, (_, i) => ({ slug: `job-${String(i).padStart(4, '0')}` }));
    const plan = planSitemaps(occupations);
    expect(plan.maxUrlsPerFile).toBe(SITEMAP_URL_LIMIT);
    expect(plan.urlCount).toBe(12_502_500);
    expect(plan.fileCount).toBe(251);
    expect(plan.fileRange(250)).toEqual({ start: 12_500_000, end: 12_502_500 });

    // File 137 starts at URL 6,850,000 = pair 6,845,000. Find its row the slow way, independently.
    let index = 6_850_000 - 5000;
    let i = 0;
    while (index >= 5000 - 1 - i) {
      index -= 5000 - 1 - i;
      i += 1;
    }
    const j = i + 1 + index;
    const first = sitemapEntries(plan, 137).next();
    expect(first.done).toBe(false);
    expect(first.value).toEqual({ path: `/compare/job-${String(i).padStart(4, '0')}-vs-job-${String(j).padStart(4, '0')}` });

    const last = [...sitemapEntries(plan, 250)];
    expect(last).toHaveLength(2500);
    expect(last[last.length - 1]).toEqual({ path: '/compare/job-4998-vs-job-4999' });

    const xml = sitemapXml(plan, 137, SITE);
    expect(xml.match(/<url>/g)).toHaveLength(50_000);
    expect(xml).toContain(`<url><loc>${SITE}/compare/job-${String(i).padStart(4, '0')}-vs-job-${String(j).padStart(4, '0')}</loc></url>`);
  });

  it('rejects file numbers that do not exist and limits the protocol does not allow', () => {
    const plan = seedPlan();
    expect(() => sitemapXml(plan, 6, SITE)).toThrow(RangeError);
    expect(() => sitemapXml(plan, -1, SITE)).toThrow(RangeError);
    expect(() => [...sitemapEntries(plan, 1.5)]).toThrow(RangeError);
    expect(() => planSitemaps([], 0)).toThrow(RangeError);
    expect(() => planSitemaps([], SITEMAP_URL_LIMIT + 1)).toThrow(RangeError);
    expect(planSitemaps([]).fileCount).toBe(0);
  });

  it('a repeated slug is listed once', () => {
    const plan = planSitemaps([{ slug: 'b' }, { slug: 'a' }, { slug: 'b', lastmod: '2025-01-01' }]);
    expect([...sitemapEntries(plan, 0)].map((e) => e.path)).toEqual(['/occupations/a', '/occupations/b', '/compare/a-vs-b']);
  });
});

describe('lastmod', () => {
  it('the real seed pages are undated, so no lastmod is claimed', () => {
    expect(sitemapOccupations(SEED_SLUGS.map(seedProfile)).every((o) => o.lastmod === undefined)).toBe(true);
    expect(sitemapXml(planSitemaps(sitemapOccupations(SEED_SLUGS.map(seedProfile))), 0, SITE)).not.toContain('<lastmod>');
  });

  it("an occupation's lastmod is its newest dated page", () => {
    const ops = seedProfile('order-processing-specialist');
    expect(newestScrapedAt(withDates(ops, '2025-06-01', undefined, '2025-07-15T10:00:00.000Z', '2025-07-15'))).toBe('2025-07-15T10:00:00Z');
    expect(newestScrapedAt(withDates(ops, '2025-06-01', '2024-12-31'))).toBe('2025-06-01');
    // A zone-less time is read as UTC, so every server prints the same thing; nonsense is ignored.
    expect(newestScrapedAt(withDates(ops, '2025-06-01 08:30', 'yesterday'))).toBe('2025-06-01T08:30:00Z');
    expect(newestScrapedAt(withDates(ops, '2025-06-01T08:30:00+02:00'))).toBe('2025-06-01T06:30:00Z');
    expect(newestScrapedAt(withDates(ops, undefined))).toBeUndefined();
  });

  it('a pair page takes the newer of its two occupations; the index takes the newest of each file', () => {
    const occupations = sitemapOccupations([
      withDates(seedProfile('order-processing-specialist'), '2025-06-01'),
      withDates(seedProfile('customer-service-specialist'), '2025-07-15', '2025-03-01'),
      withDates(seedProfile('order-processor')),
    ]);
    expect(occupations).toEqual([
      { slug: 'order-processing-specialist', lastmod: '2025-06-01' },
      { slug: 'customer-service-specialist', lastmod: '2025-07-15' },
      { slug: 'order-processor' },
    ]);
    const plan = planSitemaps(occupations, 3);
    expect([...sitemapEntries(plan, 1)]).toEqual([
      { path: '/compare/customer-service-specialist-vs-order-processing-specialist', lastmod: '2025-07-15' },
      { path: '/compare/customer-service-specialist-vs-order-processor', lastmod: '2025-07-15' },
      { path: '/compare/order-processing-specialist-vs-order-processor', lastmod: '2025-06-01' },
    ]);
    expect(sitemapXml(plan, 1, SITE)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        `<url><loc>${SITE}/compare/customer-service-specialist-vs-order-processing-specialist</loc><lastmod>2025-07-15</lastmod></url>\n` +
        `<url><loc>${SITE}/compare/customer-service-specialist-vs-order-processor</loc><lastmod>2025-07-15</lastmod></url>\n` +
        `<url><loc>${SITE}/compare/order-processing-specialist-vs-order-processor</loc><lastmod>2025-06-01</lastmod></url>\n` +
        '</urlset>\n',
    );
    expect(sitemapXml(plan, 0, SITE)).toContain(`<url><loc>${SITE}/occupations/order-processor</loc></url>`);
  });
});

describe('XML', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'Tom' & "Jerry"</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;Tom&apos; &amp; &quot;Jerry&quot;&lt;/a&gt;');
  });

  it('a base URL with XML specials is escaped in every <loc>', () => {
    const plan = planSitemaps([{ slug: 'a' }, { slug: 'b' }]);
    const xml = sitemapXml(plan, 0, "https://example.com/r&d's");
    expect(xml).toContain('<loc>https://example.com/r&amp;d&apos;s/compare/a-vs-b</loc>');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(sitemapIndexXml(plan, 'https://example.com/r&d')).toContain('<loc>https://example.com/r&amp;d/sitemap/0.xml</loc>');
  });

  it('the index lists every file with its newest lastmod', () => {
    const plan = planSitemaps(
      [
        { slug: 'a', lastmod: '2025-01-01' },
        { slug: 'b' },
        { slug: 'c', lastmod: '2025-03-01T09:00:00Z' },
        { slug: 'd' },
      ],
      4,
    );
    // Files: [a b c d] [a-b a-c a-d b-c] [b-d c-d]
    expect(sitemapIndexXml(plan, SITE, (k) => `/sitemaps/pages-${k}.xml`)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        `<sitemap><loc>${SITE}/sitemaps/pages-0.xml</loc><lastmod>2025-03-01T09:00:00Z</lastmod></sitemap>\n` +
        `<sitemap><loc>${SITE}/sitemaps/pages-1.xml</loc><lastmod>2025-03-01T09:00:00Z</lastmod></sitemap>\n` +
        `<sitemap><loc>${SITE}/sitemaps/pages-2.xml</loc><lastmod>2025-03-01T09:00:00Z</lastmod></sitemap>\n` +
        '</sitemapindex>\n',
    );
    const undated = planSitemaps([{ slug: 'a', lastmod: '2025-01-01' }, { slug: 'b' }, { slug: 'c' }], 1);
    // Files: a, b, c, a-b, a-c, b-c — only those touching "a" have a date.
    expect(sitemapIndexXml(undated, SITE).match(/<sitemap>.*?<\/sitemap>/g)).toEqual([
      `<sitemap><loc>${SITE}/sitemap/0.xml</loc><lastmod>2025-01-01</lastmod></sitemap>`,
      `<sitemap><loc>${SITE}/sitemap/1.xml</loc></sitemap>`,
      `<sitemap><loc>${SITE}/sitemap/2.xml</loc></sitemap>`,
      `<sitemap><loc>${SITE}/sitemap/3.xml</loc><lastmod>2025-01-01</lastmod></sitemap>`,
      `<sitemap><loc>${SITE}/sitemap/4.xml</loc><lastmod>2025-01-01</lastmod></sitemap>`,
      `<sitemap><loc>${SITE}/sitemap/5.xml</loc></sitemap>`,
    ]);
  });
});
