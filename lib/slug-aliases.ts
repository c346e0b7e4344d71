/**
 * Earlier slugs and where they live now, for the proxy's 308 redirects.
 * Redirecting before any page renders keeps redirects out of the page cache.
 * The table comes from the occupation store the server loaded at start-up.
 */
import { pairPath, pairSplits } from './compare/pair-path';
import { getAllOccupations } from './occupations';

interface AliasTable {
  live: ReadonlySet<string>;
  current: ReadonlyMap<string, string>;
}

let table: AliasTable | undefined;

function load(): AliasTable {
  const index = getAllOccupations();
  const live = new Set(index.map((entry) => entry.slug));
  const current = new Map<string, string>();
  for (const entry of index) for (const alias of entry.aliases ?? []) if (!live.has(alias)) current.set(alias, entry.slug);
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
