/**
 * The site's one entry to occupation data. It reads the ingest's generated
 * folder (never the raw pages), validates every file against the profile
 * schema, and keeps the result for the life of the server process: lookups
 * by slug are map reads, never file reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parsePairSegment } from './compare/pair-path';
import { pageCountOfOthers, pageOfOthers, type PageOfOthers } from './compare/compare-with-pages';
import { suggestSlugs } from './compare/suggest-slugs';
import { OccupationIndex, ProfileSchema, type IndexEntry, type LandingPair, type Profile, type ScrapedPair } from './profile-schema';
import { matchTitle, searchTitles } from './search/normalise';

export interface OccupationStore {
  /** Every occupation, sorted by title. */
  index: IndexEntry[];
  bySlug: ReadonlyMap<string, Profile>;
  entries: ReadonlyMap<string, IndexEntry>;
  pairs: ScrapedPair[];
  /** The comparisons that are search landing pages, canonical order (a < b), sorted (lib/compare/landing-pairs.ts). */
  landingPairs: LandingPair[];
  /** pairKey of every landing pair, for order-free O(1) lookups. */
  landingKeys: ReadonlySet<string>;
}

export class GeneratedDataError extends Error {
  override name = 'GeneratedDataError';
}

export function generatedDir(): string {
  return process.env.GENERATED_DIR ?? path.join(process.cwd(), 'content', 'generated');
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new GeneratedDataError(`missing ${file}: run "npm run ingest" first`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new GeneratedDataError(`corrupt ${file}: ${error instanceof Error ? error.message : String(error)}; re-run "npm run ingest"`);
  }
}

/** One key for a pair of slugs in either order (slugs never contain a space). */
function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

function byTitle(a: IndexEntry, b: IndexEntry): number {
  return a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || (a.slug < b.slug ? -1 : 1);
}

/** Loads and validates the whole generated folder; throws one clear error naming the bad file. */
export function loadOccupationStore(dir = generatedDir()): OccupationStore {
  const indexFile = path.join(dir, 'index.json');
  const parsedIndex = OccupationIndex.safeParse(readJson(indexFile));
  if (!parsedIndex.success) {
    const issue = parsedIndex.error.issues[0];
    throw new GeneratedDataError(`invalid ${indexFile}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'schema mismatch'}`);
  }
  const bySlug = new Map<string, Profile>();
  for (const entry of parsedIndex.data.occupations) {
    const file = path.join(dir, 'occupations', `${entry.slug}.json`);
    const profile = ProfileSchema.safeParse(readJson(file));
    if (!profile.success) {
      const issue = profile.error.issues[0];
      throw new GeneratedDataError(`invalid ${file}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'schema mismatch'}`);
    }
    bySlug.set(entry.slug, profile.data);
  }
  const { landingPairs } = parsedIndex.data;
  const landingKeys = new Set<string>();
  landingPairs.forEach((p, i) => {
    const unknown = [p.a, p.b].find((slug) => !bySlug.has(slug));
    if (unknown !== undefined || p.a === p.b) {
      throw new GeneratedDataError(`invalid ${indexFile}: landingPairs.${i}: ${unknown !== undefined ? `unknown occupation "${unknown}"` : `"${p.a}" compared with itself`}; re-run "npm run ingest"`);
    }
    landingKeys.add(pairKey(p.a, p.b));
  });
  const index = [...parsedIndex.data.occupations].sort(byTitle);
  return { index, bySlug, entries: new Map(index.map((e) => [e.slug, e])), pairs: parsedIndex.data.pairs, landingPairs, landingKeys };
}

/**
 * Stores by folder, kept on the process rather than on this module: Next.js
 * bundles the start-up check (instrumentation.ts), the proxy and the pages
 * apart, each with its own copy of this module, and all of them must share
 * the one load the start-up check makes.
 */
declare global {
  var careerCompareOccupationStores: Map<string, OccupationStore> | undefined;
}

function processStores(): Map<string, OccupationStore> {
  globalThis.careerCompareOccupationStores ??= new Map();
  return globalThis.careerCompareOccupationStores;
}

/** The generated folder's data, loaded and validated once per server process (see loadOccupationStore). */
export function getOccupationStore(dir = generatedDir()): OccupationStore {
  const stores = processStores();
  let store = stores.get(dir);
  if (!store) {
    store = loadOccupationStore(dir);
    stores.set(dir, store);
  }
  return store;
}

/**
 * A value derived from the occupation store, built on first use and kept
 * while that store is the current one: a reloaded store never meets a stale
 * value (matchers, indexes, plans and tables built over every occupation).
 */
export function derivedFromStore<T>(build: (store: OccupationStore) => T): () => T {
  const values = new WeakMap<OccupationStore, T>();
  return () => {
    const store = getOccupationStore();
    let value = values.get(store);
    if (value === undefined) {
      value = build(store);
      values.set(store, value);
    }
    return value;
  };
}

/** A store's profiles in its index's order (by title). */
export function profilesInIndexOrder(store: OccupationStore): Profile[] {
  return store.index.map((entry) => store.bySlug.get(entry.slug)).filter((p) => p !== undefined);
}

/** Every occupation, sorted by title for display. */
export function getAllOccupations(): IndexEntry[] {
  return getOccupationStore().index;
}

export function getOccupationBySlug(slug: string): Profile | undefined {
  return getOccupationStore().bySlug.get(slug);
}

export function getIndexEntry(slug: string): IndexEntry | undefined {
  return getOccupationStore().entries.get(slug);
}

export function isOccupationSlug(slug: string): boolean {
  return getOccupationStore().bySlug.has(slug);
}

/** The pairs scraped pages compared, most-compared first. */
export function getScrapedPairs(): ScrapedPair[] {
  return getOccupationStore().pairs;
}

/**
 * The comparisons that are search landing pages (indexed, in the sitemaps),
 * each once, in canonical order (a < b by code unit), sorted. Every other
 * pair still renders, but is not indexed.
 */
export function getLandingPairs(): LandingPair[] {
  return getOccupationStore().landingPairs;
}

/** Whether the comparison of these two occupations, in either order, is a landing page. */
export function isLandingPair(a: string, b: string): boolean {
  return getOccupationStore().landingKeys.has(pairKey(a, b));
}

/** The two profiles a "<a>-vs-<b>" segment names, in that order; undefined if unknown or the same. */
export function getPair(segment: string): [Profile, Profile] | undefined {
  const split = parsePairSegment(segment, isOccupationSlug);
  if (!split || split[0] === split[1]) return undefined;
  const a = getOccupationBySlug(split[0]);
  const b = getOccupationBySlug(split[1]);
  return a && b ? [a, b] : undefined;
}

/** Profiles for a list of slugs, or undefined when any is unknown or repeated. */
export function getProfiles(slugs: readonly string[]): Profile[] | undefined {
  if (new Set(slugs).size !== slugs.length) return undefined;
  const profiles: Profile[] = [];
  for (const slug of slugs) {
    const p = getOccupationBySlug(slug);
    if (!p) return undefined;
    profiles.push(p);
  }
  return profiles;
}

/**
 * The occupation a typed title or slug means: an exact slug, an exact title
 * (any case or accents), or the single best title match.
 */
export function findOccupation(query: string): IndexEntry | undefined {
  const { index, entries } = getOccupationStore();
  return matchTitle(index, query, (slug) => entries.get(slug));
}

export function searchOccupations(query: string, limit = 8): IndexEntry[] {
  return searchTitles(getOccupationStore().index, query, limit);
}

/** Known slugs close to a mistyped one. */
export function suggestOccupations(slug: string, limit = 5): IndexEntry[] {
  const { entries } = getOccupationStore();
  return suggestSlugs(slug, entries.keys(), limit)
    .map((s) => entries.get(s))
    .filter((e) => e !== undefined);
}

/** A whole number from the environment, or the fallback when unset or not one. */
function envLimit(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** How many ordered pairs to prerender at build time; the rest render on first request. */
export function prerenderPairLimit(): number {
  return envLimit('PRERENDER_PAIR_LIMIT', 2000);
}

/** How many occupation pages to prerender at build time; the rest render on first request. */
function prerenderOccupationLimit(): number {
  return envLimit('PRERENDER_OCCUPATION_LIMIT', 2000);
}

/**
 * The occupation pages to prerender: the ones most pages talk about (the
 * likeliest landings) first, so a build stays bounded however big the corpus.
 */
export function getPrerenderOccupations(limit = prerenderOccupationLimit()): IndexEntry[] {
  const all = getOccupationStore().index;
  if (all.length <= limit) return all;
  return [...all].sort((a, b) => b.pages - a.pages || (a.slug < b.slug ? -1 : 1)).slice(0, limit);
}

/**
 * The ordered pairs to prerender: all of them while there are few (both
 * orders count), otherwise the scraped pairs, most-compared first, then the
 * other landing pairs in their canonical order, both orders of each, up to
 * the limit.
 */
export function getPrerenderPairs(limit = prerenderPairLimit()): [string, string][] {
  const store = getOccupationStore();
  const slugs = store.index.map((e) => e.slug);
  const out: [string, string][] = [];
  if (slugs.length * (slugs.length - 1) <= limit) {
    for (const a of slugs) for (const b of slugs) if (a !== b) out.push([a, b]);
    return out;
  }
  const taken = new Set<string>();
  for (const p of [...store.pairs, ...store.landingPairs]) {
    if (out.length + 2 > limit) break;
    const key = pairKey(p.a, p.b);
    if (p.a === p.b || taken.has(key) || !store.bySlug.has(p.a) || !store.bySlug.has(p.b)) continue;
    taken.add(key);
    out.push([p.a, p.b], [p.b, p.a]);
  }
  return out;
}

/**
 * Comparisons to suggest: the pairs scraped pages compared, most-compared
 * first; then pairs the Handbook calls similar, the ones with the most jobs
 * first (most searched for), each occupation once.
 */
export function getSampleComparisons(limit = 8): { a: IndexEntry; b: IndexEntry }[] {
  const { entries, pairs, landingPairs, bySlug } = getOccupationStore();
  const out: { a: IndexEntry; b: IndexEntry }[] = [];
  const used = new Set<string>();
  const take = (x: string, y: string) => {
    const a = entries.get(x);
    const b = entries.get(y);
    if (!a || !b || out.length >= limit) return;
    out.push({ a, b });
    used.add(x).add(y);
  };
  for (const p of pairs) take(p.a, p.b);
  const jobs = (slug: string) => bySlug.get(slug)?.facts.employment?.value?.count ?? 0;
  const similar = landingPairs
    .filter((p) => p.reasons.includes('similar'))
    .map((p) => ({ ...p, jobs: Math.min(jobs(p.a), jobs(p.b)) }))
    .sort((x, y) => y.jobs - x.jobs || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  for (const p of similar) if (!used.has(p.a) && !used.has(p.b)) take(p.a, p.b);
  return out;
}

export interface OccupationGroup {
  /** The Handbook's occupational group ("Healthcare"), or null for occupations no Handbook page files. */
  name: string | null;
  occupations: IndexEntry[];
}

/** Occupations by the Handbook's occupational group, A to Z; the ungrouped last. */
export function getOccupationGroups(): OccupationGroup[] {
  const { index, bySlug } = getOccupationStore();
  const groups = new Map<string | null, IndexEntry[]>();
  for (const entry of index) {
    const name = bySlug.get(entry.slug)?.facts.occupationGroup?.value ?? null;
    const list = groups.get(name);
    if (list) list.push(entry);
    else groups.set(name, [entry]);
  }
  return [...groups.entries()]
    .map(([name, occupations]) => ({ name, occupations }))
    .sort((x, y) => (x.name === null ? 1 : y.name === null ? -1 : x.name.localeCompare(y.name, 'en')));
}

/** Up to this many occupations, the home page lists them all; beyond, it links to the directory. */
export const HOME_LIST_LIMIT = 120;

/** Links per page of an occupation's "compare with any occupation" list. */
export const COMPARE_PAGE_SIZE = 200;

/** Page `page` (1-based) of the occupations to compare `slug` with, by title. */
export function getCompareWithPage(slug: string, page: number): PageOfOthers<IndexEntry> | undefined {
  return pageOfOthers(getOccupationStore().index, slug, page, COMPARE_PAGE_SIZE);
}

/** A compare-with page segment: plain digits, no leading zero. */
function listPageNumber(page: string): number {
  return /^[1-9]\d{0,5}$/.test(page) ? Number(page) : NaN;
}

/**
 * /occupations/<slug>/compare/<page>: page 2 onwards of the list (page 1 is on
 * the occupation page), for a page segment of plain digits; undefined otherwise.
 */
export function getCompareWithListPage(slug: string, page: string): { entry: IndexEntry; list: PageOfOthers<IndexEntry> } | undefined {
  const entry = getIndexEntry(slug);
  const list = entry ? getCompareWithPage(slug, listPageNumber(page)) : undefined;
  return entry && list && list.page > 1 ? { entry, list } : undefined;
}

/** Whether getCompareWithListPage has a page there, without building it (the proxy asks on every request). */
export function hasCompareWithListPage(slug: string, page: string): boolean {
  const n = listPageNumber(page);
  return isOccupationSlug(slug) && n > 1 && n <= pageCountOfOthers(getOccupationStore().index.length, COMPARE_PAGE_SIZE);
}
