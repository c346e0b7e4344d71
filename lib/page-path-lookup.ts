/**
 * What a page path names, decided from the slug table alone (no rendering):
 * whether an earlier slug moved (the proxy's 308 redirects) and whether a
 * pair or occupation path names no occupation at all (the proxy's cheap 404).
 * Deciding before any page renders keeps redirects and misses out of the
 * page cache. The table comes from the occupation store the server loaded
 * at start-up.
 */
import { parseCompareQuery } from './compare/compare-query';
import { occupationPath, pairPath, pairSplits } from './compare/pair-path';
import { hasCompareWithListPage } from './compare/compare-with-pages';
import { getPair } from './compare/pair-lookup';
import { derivedFromStore, getProfiles, isOccupationSlug } from './occupations';

/** Earlier slugs → the live slug each now names. */
const getMovedSlugs = derivedFromStore((store) => {
  const moved = new Map<string, string>();
  for (const entry of store.index) for (const alias of entry.aliases ?? []) if (!store.bySlug.has(alias)) moved.set(alias, entry.slug);
  return moved;
});

const OCCUPATION_PAGE = /^\/occupations\/([^/]+)$/;
const COMPARE_WITH_PAGE = /^\/occupations\/([^/]+)\/compare\/([^/]+)$/;
const PAIR_PAGE = /^\/compare\/([^/]+)$/;
/** The comparison page and its share image. */
const PAIR_PATH = /^\/compare\/([^/]+)(?:\/opengraph-image)?$/;
/** Static routes beside /compare/[pair]: Next.js routes these before any pair. */
const STATIC_UNDER_COMPARE = new Set(['pick']);

/** The path an old occupation or pair path moved to, or undefined. */
export function movedPath(pathname: string): string | undefined {
  const current = getMovedSlugs();
  if (current.size === 0) return undefined;
  const occupation = OCCUPATION_PAGE.exec(pathname);
  if (occupation?.[1]) {
    const to = current.get(occupation[1]);
    return to ? occupationPath(to) : undefined;
  }
  const pair = PAIR_PAGE.exec(pathname);
  if (!pair?.[1]) return undefined;
  for (const [a, b] of pairSplits(pair[1])) {
    const toA = isOccupationSlug(a) ? a : current.get(a);
    const toB = isOccupationSlug(b) ? b : current.get(b);
    if (toA && toB && toA !== toB && (toA !== a || toB !== b)) return pairPath(toA, toB);
  }
  return undefined;
}

/**
 * True when `decoded` (the path, percent-decoded, with `search`) is one of
 * the data-driven routes and names nothing there: the same lookups the
 * routes make before they call notFound(), so the proxy can answer first.
 * Earlier slugs must be redirected (movedPath) before asking. Any other path
 * is left to the routes.
 */
export function namesNoPage(decoded: string, search: URLSearchParams): boolean {
  if (decoded === '/compare') {
    const slugs = parseCompareQuery({ o: search.getAll('o') });
    return !slugs || !getProfiles(slugs);
  }
  const pair = PAIR_PATH.exec(decoded);
  if (pair?.[1]) return !STATIC_UNDER_COMPARE.has(pair[1]) && !getPair(pair[1]);
  const occupation = OCCUPATION_PAGE.exec(decoded);
  if (occupation?.[1]) return !isOccupationSlug(occupation[1]);
  const list = COMPARE_WITH_PAGE.exec(decoded);
  if (list?.[1] && list[2]) return !hasCompareWithListPage(list[1], list[2]);
  return false;
}
