/**
 * An occupation's "compare with any occupation" list, in pages: every pair
 * stays reachable by links while no page grows with the corpus.
 */
export interface PageOfOthers<T> {
  others: T[];
  page: number;
  pageCount: number;
}

/** How many pages of `size` the others of `total` items fill (at least one). */
export function pageCountOfOthers(total: number, size: number): number {
  return Math.max(1, Math.ceil((total - 1) / size));
}

/** Page `page` (1-based) of `items` without the one whose slug is `slug`; undefined when out of range or unknown. */
export function pageOfOthers<T extends { slug: string }>(items: readonly T[], slug: string, page: number, size: number): PageOfOthers<T> | undefined {
  const mine = items.findIndex((e) => e.slug === slug);
  if (mine < 0) return undefined;
  const pageCount = pageCountOfOthers(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  const others: T[] = [];
  // Position i of the list without `slug` is position i (before it) or i + 1 (from it on) of `items`.
  for (let i = (page - 1) * size; others.length < size; i += 1) {
    const item = items[i >= mine ? i + 1 : i];
    if (!item) break;
    others.push(item);
  }
  return { others, page, pageCount };
}
