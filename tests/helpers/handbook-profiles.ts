/** Profiles built from real Occupational Outlook Handbook pages (content/raw/bls-ooh) and the seeds, for tests of what the site shows. */
import { gunzipSync } from 'node:zlib';
import { buildCorpus, type PageInput } from '@/lib/ingest/build-corpus';
import type { Profile } from '@/lib/profile-schema';
import { handbookFile, readHandbookPage, readSeed, SEED_FILES } from './seeds';

/** The HTML of a shipped Handbook page, by its file name without ".html.gz" ("actuaries"). */
export function handbookHtml(name: string): string {
  return gunzipSync(readHandbookPage(name)).toString('utf8');
}

/** Builds profiles from the seeds, the named Handbook pages, and any extra pages given as text. */
export function profilesFrom(handbookPages: readonly string[], extra: Record<string, string> = {}): Map<string, Profile> {
  const inputs: PageInput[] = [
    ...Object.values(SEED_FILES).map((file) => ({ file, read: () => readSeed(file) })),
    ...handbookPages.map((name) => ({ file: handbookFile(name), read: () => readHandbookPage(name) })),
    ...Object.entries(extra).map(([file, text]) => ({ file, read: () => Buffer.from(text) })),
  ];
  return new Map(buildCorpus(inputs).profiles.map((p) => [p.slug, p]));
}

/** A profile by slug; a missing one fails the test, naming the profiles there are. */
export function profileOf(profiles: ReadonlyMap<string, Profile>, slug: string): Profile {
  const profile = profiles.get(slug);
  if (!profile) throw new Error(`no profile ${slug}; have ${[...profiles.keys()].join(', ')}`);
  return profile;
}
