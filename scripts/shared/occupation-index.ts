/**
 * The ingest's index.json, read on its own: the tools need the slugs and
 * pairs in the index's own order, not every profile the site loads
 * (lib/occupations.ts reads and validates all of them, sorted by title).
 */
import fs from 'node:fs';
import path from 'node:path';
import { OccupationIndex } from '../../lib/profile-schema';
import { PROJECT_ROOT } from './project-root';

/** The ingest's index in `generatedDir`, validated. */
export function readOccupationIndex(generatedDir: string): OccupationIndex {
  return OccupationIndex.parse(JSON.parse(fs.readFileSync(path.join(generatedDir, 'index.json'), 'utf8')));
}

/** The data the project's own server reads: GENERATED_DIR, else content/generated. */
export function projectGeneratedDir(): string {
  return process.env.GENERATED_DIR ?? path.join(PROJECT_ROOT, 'content', 'generated');
}
