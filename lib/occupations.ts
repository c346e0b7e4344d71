/**
 * The site's one entry to occupation data. It reads the ingest's generated
 * folder (never the raw pages), validates every file against the profile
 * schema, and keeps the result for the life of the server process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { OccupationIndex, ProfileSchema, type IndexEntry, type Profile } from './profile-schema';

export interface OccupationStore {
  index: IndexEntry[];
  bySlug: ReadonlyMap<string, Profile>;
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

/** Loads and validates the whole generated folder; throws one clear error naming the bad file. */
export function loadOccupationStore(dir = generatedDir()): OccupationStore {
  const indexFile = path.join(dir, 'index.json');
  const parsedIndex = OccupationIndex.safeParse(readJson(indexFile));
  if (!parsedIndex.success) {
    throw new GeneratedDataError(`invalid ${indexFile}: ${parsedIndex.error.issues[0]?.message ?? 'schema mismatch'}`);
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
  return { index: parsedIndex.data.occupations, bySlug };
}

let store: OccupationStore | undefined;

function getStore(): OccupationStore {
  store ??= loadOccupationStore();
  return store;
}

/** Every occupation, sorted by title for display. */
export function getAllOccupations(): IndexEntry[] {
  return [...getStore().index].sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || (a.slug < b.slug ? -1 : 1));
}

export function getOccupationBySlug(slug: string): Profile | undefined {
  return getStore().bySlug.get(slug);
}
