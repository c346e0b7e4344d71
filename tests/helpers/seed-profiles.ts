/** Profiles built from the real seed pages, for tests of what the site shows. */
import { buildCorpus } from '@/lib/ingest/build-corpus';
import type { IndexEntry, Profile } from '@/lib/profile-schema';
import { readSeed, SEED_FILES } from './seeds';

let cached: Map<string, Profile> | undefined;

export function seedProfile(slug: string): Profile {
  cached ??= new Map(
    buildCorpus(Object.values(SEED_FILES).map((file) => ({ file, read: () => readSeed(file) }))).profiles.map((p) => [p.slug, p]),
  );
  const profile = cached.get(slug);
  if (!profile) throw new Error(`no seed profile ${slug}`);
  return profile;
}

/** A profile with no facts at all: every field takes its "not reported" path. */
export function emptyProfile(slug: string, title: string): Profile {
  return { slug, title, titles: [title], facts: {}, sources: [{ file: `${slug}.txt`, format: 'pair-page' }], unrecognised: [] };
}

let cachedIndex: IndexEntry[] | undefined;

/** The occupation index the seed pages produce. */
export function seedIndex(): IndexEntry[] {
  cachedIndex ??= buildCorpus(Object.values(SEED_FILES).map((file) => ({ file, read: () => readSeed(file) }))).index;
  return cachedIndex;
}
