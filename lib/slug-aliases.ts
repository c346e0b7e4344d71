/**
 * Earlier slugs and where they live now, for the proxy's 308 redirects.
 *
 * The proxy is bundled apart from the pages, so it reads only the small
 * index (never the profiles) once per process. Redirecting before any page
 * renders also keeps redirects out of the page cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pairPath, pairSplits } from './compare/pair-path';
import { OccupationIndex } from './profile-schema';

interface AliasTable {
  live: ReadonlySet<string>;
  current: ReadonlyMap<string, string>;
}

let table: AliasTable | undefined;

function load(): AliasTable {
  const dir = process.env.GENERATED_DIR ?? path.join(process.cwd(), 'content', 'generated');
  const live = new Set<string>();
  const current = new Map<string, string>();
  try {
    const index = OccupationIndex.parse(JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')));
    for (const entry of index.occupations) live.add(entry.slug);
    for (const entry of index.occupations) for (const alias of entry.aliases ?? []) if (!live.has(alias)) current.set(alias, entry.slug);
  } catch {
    // The pages report missing or corrupt data clearly; without an index there is simply nothing to redirect.
  }
  return { live, current };
}

/** The path an old occupation or pair path moved to, or undefined. */
export function movedPath(pathname: string): string | undefined {
  table ??= load();
  const { live, current } = table;
  if (current.size === 0) return undefined;
  const occupation = /^\/occupations\/([^/]+)$/.exec(pathname);
  if (occupation?.[1]) {
    const to = current.get(occupation[1]);
    return to ? `/occupations/${to}` : undefined;
  }
  const pair = /^\/compare\/([^/]+)$/.exec(pathname);
  if (!pair?.[1]) return undefined;
  for (const [a, b] of pairSplits(pair[1])) {
    const toA = live.has(a) ? a : current.get(a);
    const toB = live.has(b) ? b : current.get(b);
    if (toA && toB && toA !== toB && (toA !== a || toB !== b)) return pairPath(toA, toB);
  }
  return undefined;
}
