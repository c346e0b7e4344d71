/**
 * Finding occupations by a typed title: the server's type-ahead
 * (/api/occupations) and the compare form. Titles and queries compare
 * folded (foldForSearch): any case, any accents, punctuation as spaces.
 */
import { foldForSearch } from '../text/fold';

export interface SearchableTitle {
  slug: string;
  title: string;
  /** Other titles the occupation goes by; they match too. */
  titles?: readonly string[];
}

/** How well a folded title matches a folded query, lower is better: exact, prefix, a word's prefix, anywhere; Infinity when not at all. */
function matchRank(title: string, query: string): number {
  if (title === query) return 0;
  if (title.startsWith(query)) return 1;
  if (title.includes(` ${query}`)) return 2;
  return title.includes(query) ? 3 : Infinity;
}

function titlesOf(item: SearchableTitle): string[] {
  return [item.title, ...(item.titles ?? [])];
}

/**
 * Each item's titles folded, kept per items array so a request folds only
 * its query: the store's index is one array per store, so this is once per
 * store, and a reloaded store is a new array. Not derivedFromStore, as
 * lib/occupations imports this module; the arrays are never changed in place.
 */
const foldedTitlesByItems = new WeakMap<readonly SearchableTitle[], readonly (readonly string[])[]>();

function foldedTitlesOf(items: readonly SearchableTitle[]): readonly (readonly string[])[] {
  let folded = foldedTitlesByItems.get(items);
  if (folded === undefined) {
    folded = items.map((item) => titlesOf(item).map(foldForSearch));
    foldedTitlesByItems.set(items, folded);
  }
  return folded;
}

/** Matches of an already folded, non-empty query (see searchTitles). */
function matchFolded<T extends SearchableTitle>(items: readonly T[], q: string, limit: number): T[] {
  const folded = foldedTitlesOf(items);
  const scored: { item: T; rank: number }[] = [];
  items.forEach((item, i) => {
    const rank = Math.min(...(folded[i] ?? []).map((t) => matchRank(t, q)));
    if (rank < Infinity) scored.push({ item, rank });
  });
  scored.sort((a, b) => a.rank - b.rank || a.item.title.localeCompare(b.item.title, 'en'));
  return scored.slice(0, limit).map((s) => s.item);
}

/**
 * Titles matching a query, best first: exact title, then titles starting
 * with the query, then those with a word starting with it, then containing it.
 */
export function searchTitles<T extends SearchableTitle>(items: readonly T[], query: string, limit = 8): T[] {
  const q = foldForSearch(query);
  return q === '' ? [] : matchFolded(items, q, limit);
}

/**
 * The one item a typed title or slug means: an exact slug, an exact title
 * (any case or accents), or the single title that matches at all.
 */
export function findTypedTitle<T extends SearchableTitle>(items: readonly T[], query: string, bySlug: (slug: string) => T | undefined): T | undefined {
  const slug = bySlug(query.trim().toLowerCase());
  if (slug) return slug;
  const folded = foldForSearch(query);
  if (folded === '') return undefined;
  const titles = foldedTitlesOf(items);
  const exact = items.find((_, i) => titles[i]?.includes(folded));
  if (exact) return exact;
  const matches = matchFolded(items, folded, 2);
  return matches.length === 1 ? matches[0] : undefined;
}
