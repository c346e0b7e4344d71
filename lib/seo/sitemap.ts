/**
 * XML sitemaps for every occupation page and the landing pairs (the pair
 * pages search engines are sent to; lib/compare/landing-pairs.ts decides
 * which).
 *
 * The URL list is: every occupation page (sorted by slug), then every
 * listed pair under its canonical path (the two slugs in code-unit order),
 * sorted by that path's (first, second) slug. URL number g lives in file
 * ⌊g / maxUrlsPerFile⌋, so file k is a slice of two arrays and is built in
 * O(file size). The plan holds one entry per occupation and two integers per
 * pair (occupation numbers), plus each file's newest date, computed once
 * when the plan is built: memory is O(occupations + pairs), never
 * O(occupations²). Build the plan once per process (site-sitemaps.ts) and
 * reuse it.
 *
 * `lastmod` is the newest page date behind a URL: for an occupation, the
 * newest `modifiedAt ?? scrapedAt` of its pages (pageDate, the ingest's rule
 * for "newest"); for a pair, the newer of its two occupations. Undated pages
 * claim no lastmod.
 *
 * `siteUrl` is the public base URL (see site-url.ts), passed in so this
 * module stays pure. An out-of-range file number throws a RangeError; a
 * route should answer 404 for it.
 */
import { pageDate } from '../ingest/page-date';
import type { Profile } from '../profile-schema';
import { canonicalPairPath, occupationPath } from '../compare/pair-path';
import { bySlug } from '../sort-order';

/** The sitemap protocol's limit per file. */
export const SITEMAP_URL_LIMIT = 50_000;

export interface SitemapOccupation {
  slug: string;
  /** W3C date or date-time of the newest page behind the occupation, when known. */
  lastmod?: string;
}

/** Two occupations whose comparison is listed; either order (listed under the canonical one). */
export interface SitemapPair {
  a: string;
  b: string;
}

export interface SitemapEntry {
  /** Site path, e.g. "/compare/a-vs-b". */
  path: string;
  lastmod?: string;
}

// ---------------------------------------------------------------------------
// Dates

interface Stamp {
  time: number;
  text: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A page date in W3C form, or undefined if it is not a date. A date-time
 * without a zone is read as UTC so every server prints the same lastmod.
 */
function stamp(value: string | undefined): Stamp | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (DATE_ONLY.test(text)) {
    const time = Date.parse(`${text}T00:00:00Z`);
    return Number.isNaN(time) ? undefined : { time, text };
  }
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const time = Date.parse(`${m[1]}T${m[2]}${m[3] ?? 'Z'}`);
  if (Number.isNaN(time)) return undefined;
  return { time, text: new Date(time).toISOString().replace('.000Z', 'Z') };
}

/**
 * The newest date among a profile's pages, as a W3C date; undefined when
 * none is dated. A page's date is `modifiedAt ?? scrapedAt` (pageDate).
 */
export function newestPageDate(profile: Profile): string | undefined {
  let newest: Stamp | undefined;
  for (const page of profile.sources) {
    const s = stamp(pageDate(page));
    if (s && (!newest || s.time > newest.time)) newest = s;
  }
  return newest?.text;
}

export function sitemapOccupations(profiles: Iterable<Profile>): SitemapOccupation[] {
  const out: SitemapOccupation[] = [];
  for (const profile of profiles) {
    const lastmod = newestPageDate(profile);
    out.push(lastmod === undefined ? { slug: profile.slug } : { slug: profile.slug, lastmod });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Planning

/**
 * The numbering of every URL, built once in O(n + p log p) for n
 * occupations and p pairs. Files are generated from it on demand.
 */
export class SitemapPlan {
  /** Sorted by slug, unique, each lastmod in W3C form (an unreadable date is dropped). */
  readonly occupations: readonly SitemapOccupation[];
  /** Listed pairs: unique, both occupations known, each once whatever order it was given in. */
  readonly pairCount: number;
  readonly urlCount: number;
  readonly fileCount: number;
  readonly maxUrlsPerFile: number;
  /** Each occupation's date in ms, -Infinity when undated. */
  private readonly times: Float64Array;
  /** Pair q is occupations[first[q]] vs occupations[second[q]], first < second: the canonical order. */
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  /** Per file, the occupation whose date is the file's newest, or -1 when nothing in it is dated. */
  private readonly newestOfFile: Int32Array;

  constructor(occupations: readonly SitemapOccupation[], pairs: Iterable<SitemapPair>, maxUrlsPerFile: number) {
    if (!Number.isInteger(maxUrlsPerFile) || maxUrlsPerFile < 1 || maxUrlsPerFile > SITEMAP_URL_LIMIT) {
      throw new RangeError(`maxUrlsPerFile must be an integer from 1 to ${SITEMAP_URL_LIMIT}, got ${maxUrlsPerFile}`);
    }
    const unique = new Map<string, SitemapOccupation>();
    for (const o of occupations) if (!unique.has(o.slug)) unique.set(o.slug, o);
    // Sorted by slug, so occupation i < j is the canonical (code-unit) order of every pair.
    const sorted = [...unique.values()].sort(bySlug);
    const n = sorted.length;
    this.times = new Float64Array(n);
    this.occupations = sorted.map((o, i) => {
      const s = stamp(o.lastmod);
      this.times[i] = s?.time ?? -Infinity;
      return s === undefined ? { slug: o.slug } : { slug: o.slug, lastmod: s.text };
    });

    // Each pair as one number i·n + j (i < j): sorting the numbers sorts the pairs canonically.
    const number = new Map<string, number>(this.occupations.map((o, i) => [o.slug, i]));
    const keys: number[] = [];
    for (const p of pairs) {
      const x = number.get(p.a);
      const y = number.get(p.b);
      if (x === undefined || y === undefined || x === y) continue;
      keys.push(x < y ? x * n + y : y * n + x);
    }
    const sortedKeys = Float64Array.from(keys).sort();
    let count = 0;
    for (let q = 0; q < sortedKeys.length; q += 1) if (q === 0 || sortedKeys[q] !== sortedKeys[q - 1]) sortedKeys[count++] = sortedKeys[q] ?? 0;
    this.first = new Int32Array(count);
    this.second = new Int32Array(count);
    for (let q = 0; q < count; q += 1) {
      const key = sortedKeys[q] ?? 0;
      const j = key % n;
      this.first[q] = (key - j) / n;
      this.second[q] = j;
    }

    this.pairCount = count;
    this.urlCount = n + count;
    this.maxUrlsPerFile = maxUrlsPerFile;
    this.fileCount = Math.ceil(this.urlCount / maxUrlsPerFile);
    this.newestOfFile = new Int32Array(this.fileCount).fill(-1);
    for (let g = 0; g < this.urlCount; g += 1) {
      const k = Math.floor(g / maxUrlsPerFile);
      const o = this.newestBehind(g);
      const best = this.newestOfFile[k] ?? -1;
      if ((this.times[o] ?? -Infinity) > (best < 0 ? -Infinity : (this.times[best] ?? -Infinity))) this.newestOfFile[k] = o;
    }
  }

  /** The occupation whose date is URL g's lastmod: itself, or the newer of a pair's two (the first on a tie). */
  private newestBehind(g: number): number {
    const n = this.occupations.length;
    if (g < n) return g;
    const i = this.first[g - n] ?? 0;
    const j = this.second[g - n] ?? 0;
    return (this.times[j] ?? -Infinity) > (this.times[i] ?? -Infinity) ? j : i;
  }

  private lastmodOf(occupation: number): string | undefined {
    return occupation < 0 ? undefined : this.occupations[occupation]?.lastmod;
  }

  /** Global URL numbers [start, end) of file k. */
  fileRange(k: number): { start: number; end: number } {
    if (!Number.isInteger(k) || k < 0 || k >= this.fileCount) throw new RangeError(`sitemap ${k} does not exist (there are ${this.fileCount})`);
    const start = k * this.maxUrlsPerFile;
    return { start, end: Math.min(this.urlCount, start + this.maxUrlsPerFile) };
  }

  /** File k's URLs in order. */
  *entries(k: number): Generator<SitemapEntry> {
    const { start, end } = this.fileRange(k);
    const list = this.occupations;
    const n = list.length;
    for (let g = start; g < end; g += 1) {
      const lastmod = this.lastmodOf(this.newestBehind(g));
      if (g < n) {
        yield entry(occupationPath(list[g]?.slug ?? ''), lastmod);
      } else {
        const a = list[this.first[g - n] ?? 0]?.slug ?? '';
        const b = list[this.second[g - n] ?? 0]?.slug ?? '';
        yield entry(canonicalPairPath(a, b), lastmod);
      }
    }
  }

  /** The newest lastmod of any URL in file k (computed when the plan was built). */
  lastmod(k: number): string | undefined {
    this.fileRange(k);
    return this.lastmodOf(this.newestOfFile[k] ?? -1);
  }
}

/**
 * The plan for these occupations and the pairs to list with them (the
 * landing pairs). A pair naming an occupation not in the list, or one
 * occupation twice, is left out; a pair given in both orders is listed once.
 */
export function planSitemaps(occupations: readonly SitemapOccupation[], pairs: Iterable<SitemapPair>, maxUrlsPerFile: number = SITEMAP_URL_LIMIT): SitemapPlan {
  return new SitemapPlan(occupations, pairs, maxUrlsPerFile);
}

function entry(path: string, lastmod: string | undefined): SitemapEntry {
  return lastmod === undefined ? { path } : { path, lastmod };
}

/** File k's URLs (site paths with lastmod), lazily; for callers that build their own output. */
export function sitemapEntries(plan: SitemapPlan, k: number): Generator<SitemapEntry> {
  return plan.entries(k);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an XML element or attribute (the sitemap protocol asks for all five entities). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function lastmodTag(lastmod: string | undefined): string {
  return lastmod === undefined ? '' : `<lastmod>${escapeXml(lastmod)}</lastmod>`;
}

export function sitemapXml(plan: SitemapPlan, k: number, siteUrl: string): string {
  const parts: string[] = [`${XML_HEAD}<urlset xmlns="${NS}">\n`];
  for (const e of sitemapEntries(plan, k)) {
    parts.push(`<url><loc>${escapeXml(`${siteUrl}${e.path}`)}</loc>${lastmodTag(e.lastmod)}</url>\n`);
  }
  parts.push('</urlset>\n');
  return parts.join('');
}

/** Where sitemap file k is served: "/sitemap/<k>.xml" (app/sitemap/[file]/route.ts). */
function defaultSitemapPath(k: number): string {
  return `/sitemap/${k}.xml`;
}

export function sitemapIndexXml(plan: SitemapPlan, siteUrl: string, fileUrlPath: (k: number) => string = defaultSitemapPath): string {
  const parts: string[] = [`${XML_HEAD}<sitemapindex xmlns="${NS}">\n`];
  for (let k = 0; k < plan.fileCount; k += 1) {
    parts.push(`<sitemap><loc>${escapeXml(`${siteUrl}${fileUrlPath(k)}`)}</loc>${lastmodTag(plan.lastmod(k))}</sitemap>\n`);
  }
  parts.push('</sitemapindex>\n');
  return parts.join('');
}
