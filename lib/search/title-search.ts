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
 * Titles matching a query, best first: exact title, then titles starting
 * with the query, then those with a word starting with it, then containing it.
 */
export function searchTitles<T extends SearchableTitle>(items: readonly T[], query: string, limit = 8): T[] {
  const q = foldForSearch(query);
  if (q === '') return [];
  const scored: { item: T; rank: number }[] = [];
  for (const item of items) {
    const rank = Math.min(...titlesOf(item).map((t) => matchRank(foldForSearch(t), q)));
    if (rank < Infinity) scored.push({ item, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.item.title.localeCompare(b.item.title, 'en'));
  return scored.slice(0, limit).map((s) => s.item);
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
  const exact = items.find((e) => titlesOf(e).some((t) => foldForSearch(t) === folded));
  if (exact) return exact;
  const matches = searchTitles(items, query, 2);
  return matches.length === 1 ? matches[0] : undefined;
}
