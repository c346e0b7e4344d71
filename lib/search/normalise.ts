/**
 * Text folding for search: case- and accent-insensitive, punctuation as
 * spaces. Used by the server's title lookup and the browser's type-ahead.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

export interface SearchableTitle {
  slug: string;
  title: string;
  /** Other titles the occupation goes by; they match too. */
  titles?: readonly string[];
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
    let best = Infinity;
    for (const t of [item.title, ...(item.titles ?? [])]) {
      const f = foldForSearch(t);
      const rank = f === q ? 0 : f.startsWith(q) ? 1 : f.includes(` ${q}`) ? 2 : f.includes(q) ? 3 : Infinity;
      best = Math.min(best, rank);
    }
    if (best < Infinity) scored.push({ item, rank: best });
  }
  scored.sort((a, b) => a.rank - b.rank || a.item.title.localeCompare(b.item.title, 'en'));
  return scored.slice(0, limit).map((s) => s.item);
}

/**
 * The one item a typed title or slug means: an exact slug, an exact title
 * (any case or accents), or the single title that matches at all.
 */
export function matchTitle<T extends SearchableTitle>(items: readonly T[], query: string, bySlug: (slug: string) => T | undefined): T | undefined {
  const slug = bySlug(query.trim().toLowerCase());
  if (slug) return slug;
  const folded = foldForSearch(query);
  if (folded === '') return undefined;
  const exact = items.find((e) => [e.title, ...(e.titles ?? [])].some((t) => foldForSearch(t) === folded));
  if (exact) return exact;
  const matches = searchTitles(items, query, 2);
  return matches.length === 1 ? matches[0] : undefined;
}
