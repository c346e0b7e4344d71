/**
 * XML sitemaps for every occupation page and every canonical pair page.
 *
 *   sitemapOccupations(profiles: Iterable<Profile>): SitemapOccupation[]      slug + newest scrape date of each profile
 *   newestScrapedAt(profile: Profile): string | undefined                     lastmod of one occupation's pages
 *   planSitemaps(occupations: readonly SitemapOccupation[], maxUrlsPerFile?: number): SitemapPlan
 *     plan.urlCount, plan.fileCount; plan.fileRange(k): { start, end }; plan.lastmod(k): string | undefined
 *   sitemapUrlCount(occupationCount: number): number                          n + n(n−1)/2
 *   pairAt(n: number, index: number): [number, number]                        the index-th pair (i < j), by arithmetic
 *   sitemapEntries(plan: SitemapPlan, k: number): Generator<SitemapEntry>      file k's URLs (paths), lazily
 *   sitemapXml(plan: SitemapPlan, k: number, siteUrl: string): string        file k as a <urlset>
 *   sitemapIndexXml(plan: SitemapPlan, siteUrl: string, fileUrlPath?: (k: number) => string): string
 *   defaultSitemapPath(k: number): string                                     "/sitemap/<k>.xml" (Next.js generateSitemaps)
 *   escapeXml(text: string): string
 *
 * The URL list is: every occupation page (sorted by slug), then every pair
 * (i, j) with i < j in that order, each under its canonical path, which is
 * the alphabetical one. So URL number g is computed, not stored: 5,000
 * occupations make 12.5 million pair URLs, and file k is built from its
 * first pair's (i, j) without walking the files before it. Memory is O(n)
 * plus one file's XML (50,000 URLs, a few MB). Build the plan once per
 * process (e.g. from getAllOccupations + getOccupationBySlug) and reuse it.
 *
 * `siteUrl` is the public base URL (see site-url.ts), passed in so this
 * module stays pure. An out-of-range file number throws a RangeError; a
 * route should answer 404 for it.
 */
import { canonicalOccupationPath, canonicalPairPath } from './canonical';
import type { Profile } from '../profile-schema';

/** The sitemap protocol's limit per file. */
export const SITEMAP_URL_LIMIT = 50_000;

export interface SitemapOccupation {
  slug: string;
  /** W3C date or date-time of the newest page behind the occupation, when known. */
  lastmod?: string;
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
 * A scrape date in W3C form, or undefined if it is not a date. A date-time
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

/** The newest `scrapedAt` among a profile's pages, as a W3C date; undefined when none is dated. */
export function newestScrapedAt(profile: Profile): string | undefined {
  let newest: Stamp | undefined;
  for (const page of profile.sources) {
    const s = stamp(page.scrapedAt);
    if (s && (!newest || s.time > newest.time)) newest = s;
  }
  return newest?.text;
}

export function sitemapOccupations(profiles: Iterable<Profile>): SitemapOccupation[] {
  const out: SitemapOccupation[] = [];
  for (const profile of profiles) {
    const lastmod = newestScrapedAt(profile);
    out.push(lastmod === undefined ? { slug: profile.slug } : { slug: profile.slug, lastmod });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Range maximum over the occupations' dates (sparse table: O(n log n) build, O(1) query)

/** Exported for tests. */
export class RangeMax {
  private readonly levels: Float64Array[];

  constructor(values: readonly number[]) {
    // Unknown dates are -Infinity, so Math.max ignores them.
    const base = Float64Array.from(values);
    this.levels = [base];
    for (let width = 2; width <= base.length; width *= 2) {
      const prev = this.levels[this.levels.length - 1] ?? base;
      const half = width / 2;
      const level = new Float64Array(base.length - width + 1);
      for (let i = 0; i < level.length; i += 1) level[i] = Math.max(prev[i] ?? -Infinity, prev[i + half] ?? -Infinity);
      this.levels.push(level);
    }
  }

  /** Max over [from, to] inclusive; -Infinity for an empty range or no known value. */
  max(from: number, to: number): number {
    if (to < from) return -Infinity;
    // Integer log2: the widest power-of-two window fitting the range (two of them cover it).
    const k = 31 - Math.clz32(to - from + 1);
    const level = this.levels[k];
    if (!level) return -Infinity;
    return Math.max(level[from] ?? -Infinity, level[to - 2 ** k + 1] ?? -Infinity);
  }
}

// ---------------------------------------------------------------------------
// Counting and unranking

function pairCount(n: number): number {
  return (n * (n - 1)) / 2;
}

export function sitemapUrlCount(occupationCount: number): number {
  return occupationCount + pairCount(occupationCount);
}

/** How many pairs come before row i (pairs whose first index is < i). */
function rowStart(n: number, i: number): number {
  return (i * (2 * n - i - 1)) / 2;
}

/**
 * The index-th pair (i, j), i < j, in row order (0,1), (0,2) … (0,n−1), (1,2) …
 * Solved from the quadratic rowStart(i) ≤ index, then nudged by one in case
 * floating point rounded the square root across a row boundary.
 */
export function pairAt(n: number, index: number): [number, number] {
  if (!Number.isInteger(index) || index < 0 || index >= pairCount(n)) throw new RangeError(`pair index ${index} out of range for ${n} occupations`);
  const b = 2 * n - 1;
  let i = Math.floor((b - Math.sqrt(b * b - 8 * index)) / 2);
  while (i > 0 && rowStart(n, i) > index) i -= 1;
  while (i + 1 < n && rowStart(n, i + 1) <= index) i += 1;
  return [i, i + 1 + (index - rowStart(n, i))];
}

// ---------------------------------------------------------------------------
// Planning

function bySlug(a: SitemapOccupation, b: SitemapOccupation): number {
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * The numbering of every URL, built once from the occupation list in O(n log n).
 * Holds only per-occupation data; files are generated from it on demand.
 */
export class SitemapPlan {
  /** Sorted by slug, unique, each lastmod in W3C form (an unreadable date is dropped). */
  readonly occupations: readonly SitemapOccupation[];
  readonly urlCount: number;
  readonly fileCount: number;
  readonly maxUrlsPerFile: number;
  private readonly times: number[];
  private readonly newest: RangeMax;
  private readonly textByTime = new Map<number, string>();

  constructor(occupations: readonly SitemapOccupation[], maxUrlsPerFile: number) {
    if (!Number.isInteger(maxUrlsPerFile) || maxUrlsPerFile < 1 || maxUrlsPerFile > SITEMAP_URL_LIMIT) {
      throw new RangeError(`maxUrlsPerFile must be an integer from 1 to ${SITEMAP_URL_LIMIT}, got ${maxUrlsPerFile}`);
    }
    const unique = new Map<string, SitemapOccupation>();
    for (const o of occupations) if (!unique.has(o.slug)) unique.set(o.slug, o);
    // Sorted by slug, so i < j is the canonical (alphabetical) order of every pair.
    const sorted = [...unique.values()].sort(bySlug);
    const stamps = sorted.map((o) => stamp(o.lastmod));
    this.occupations = sorted.map((o, i) => {
      const text = stamps[i]?.text;
      return text === undefined ? { slug: o.slug } : { slug: o.slug, lastmod: text };
    });
    this.times = stamps.map((s) => s?.time ?? -Infinity);
    for (const s of stamps) if (s && !this.textByTime.has(s.time)) this.textByTime.set(s.time, s.text);
    this.newest = new RangeMax(this.times);
    this.urlCount = sitemapUrlCount(sorted.length);
    this.fileCount = Math.ceil(this.urlCount / maxUrlsPerFile);
    this.maxUrlsPerFile = maxUrlsPerFile;
  }

  /** Global URL numbers [start, end) of file k. */
  fileRange(k: number): { start: number; end: number } {
    if (!Number.isInteger(k) || k < 0 || k >= this.fileCount) throw new RangeError(`sitemap ${k} does not exist (there are ${this.fileCount})`);
    const start = k * this.maxUrlsPerFile;
    return { start, end: Math.min(this.urlCount, start + this.maxUrlsPerFile) };
  }

  private text(time: number): string | undefined {
    return time === -Infinity ? undefined : this.textByTime.get(time);
  }

  /** File k's URLs in order, generated one at a time from the first one's position. */
  *entries(k: number): Generator<SitemapEntry> {
    const { start, end } = this.fileRange(k);
    const list = this.occupations;
    const n = list.length;
    let g = start;
    for (; g < end && g < n; g += 1) {
      const o = list[g];
      if (o) yield entry(canonicalOccupationPath(o.slug), o.lastmod);
    }
    if (g >= end) return;
    let [i, j] = pairAt(n, g - n);
    for (; g < end; g += 1) {
      const a = list[i];
      const b = list[j];
      // A pair page shows both occupations: it changed when either did.
      if (a && b) yield entry(canonicalPairPath(a.slug, b.slug), this.text(Math.max(this.times[i] ?? -Infinity, this.times[j] ?? -Infinity)));
      j += 1;
      if (j === n) {
        i += 1;
        j = i + 1;
      }
    }
  }

  /**
   * The newest lastmod of any URL in file k. The occupations behind a run of
   * pairs are: the first indexes i0…i1, and as second indexes the tail of
   * row i0 (j0…n−1), every j ≥ i0+2 when a whole row lies between, and the
   * head of row i1 (i1+1…j1). Each is a contiguous range, so this is a few
   * O(1) range maxima, not a walk over the file.
   */
  lastmod(k: number): string | undefined {
    const { start, end } = this.fileRange(k);
    const n = this.occupations.length;
    const t = this.newest;
    let best = t.max(start, Math.min(end, n) - 1);
    if (end > n) {
      const [i0, j0] = pairAt(n, Math.max(start, n) - n);
      const [i1, j1] = pairAt(n, end - 1 - n);
      best = Math.max(best, t.max(i0, i1));
      if (i0 === i1) best = Math.max(best, t.max(j0, j1));
      else {
        best = Math.max(best, t.max(j0, n - 1), t.max(i1 + 1, j1));
        if (i1 - i0 >= 2) best = Math.max(best, t.max(i0 + 2, n - 1));
      }
    }
    return this.text(best);
  }
}

export function planSitemaps(occupations: readonly SitemapOccupation[], maxUrlsPerFile: number = SITEMAP_URL_LIMIT): SitemapPlan {
  return new SitemapPlan(occupations, maxUrlsPerFile);
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

/** Where sitemap file k is served; the default matches Next.js `generateSitemaps` ("/sitemap/<id>.xml"). */
export function defaultSitemapPath(k: number): string {
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
