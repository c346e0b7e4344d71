/**
 * The site's one entry to occupation data. It reads the ingest's generated
 * folder (never the raw pages), validates every file against the profile
 * schema, and keeps the result for the life of the server process: lookups
 * by slug are map reads, never file reads. What the site decides from the
 * data (pairs, list pages, prerendering) lives with those rules and imports
 * this module, never the reverse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { OccupationIndex, ProfileSchema, type IndexEntry, type LandingPair, type Profile, type ScrapedPair } from './profile-schema';
import { findTypedTitle, searchTitles } from './search/title-search';
import { bySlug as bySlugOrder } from './sort-order';

export interface OccupationStore {
  /** Every occupation, sorted by title. */
  index: IndexEntry[];
  bySlug: ReadonlyMap<string, Profile>;
  entries: ReadonlyMap<string, IndexEntry>;
  pairs: ScrapedPair[];
  /** The comparisons that are search landing pages, canonical order (a < b), sorted (lib/compare/landing-pairs.ts). */
  landingPairs: LandingPair[];
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

function byTitle(a: IndexEntry, b: IndexEntry): number {
  return a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || bySlugOrder(a, b);
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
  landingPairs.forEach((p, i) => {
    const unknown = [p.a, p.b].find((slug) => !bySlug.has(slug));
    if (unknown !== undefined || p.a === p.b) {
      throw new GeneratedDataError(`invalid ${indexFile}: landingPairs.${i}: ${unknown !== undefined ? `unknown occupation "${unknown}"` : `"${p.a}" compared with itself`}; re-run "npm run ingest"`);
    }
  });
  const index = [...parsedIndex.data.occupations].sort(byTitle);
  return { index, bySlug, entries: new Map(index.map((e) => [e.slug, e])), pairs: parsedIndex.data.pairs, landingPairs };
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
  return findTypedTitle(index, query, (slug) => entries.get(slug));
}

export function searchOccupations(query: string, limit = 8): IndexEntry[] {
  return searchTitles(getOccupationStore().index, query, limit);
}
