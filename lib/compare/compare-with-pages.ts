/**
 * An occupation's "compare with any occupation" list, in pages: every pair
 * stays reachable by links while no page grows with the corpus.
 */
import { getIndexEntry, getOccupationStore, isOccupationSlug } from '../occupations';
import type { IndexEntry } from '../profile-schema';

export interface PageOfOthers<T> {
  others: T[];
  page: number;
  pageCount: number;
}

/** How many pages of `size` the others of `total` items fill (at least one). */
function pageCountOfOthers(total: number, size: number): number {
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

/** Links per page of an occupation's "compare with any occupation" list. */
const COMPARE_PAGE_SIZE = 200;

/** Page `page` (1-based) of the occupations to compare `slug` with, by title. */
export function getCompareWithPage(slug: string, page: number): PageOfOthers<IndexEntry> | undefined {
  return pageOfOthers(getOccupationStore().index, slug, page, COMPARE_PAGE_SIZE);
}

/** A compare-with page segment: plain digits, no leading zero. */
function listPageNumber(page: string): number {
  return /^[1-9]\d{0,5}$/.test(page) ? Number(page) : NaN;
}

/**
 * /occupations/<slug>/compare/<page>: page 2 onwards of the list (page 1 is on
 * the occupation page), for a page segment of plain digits; undefined otherwise.
 */
export function getCompareWithListPage(slug: string, page: string): { entry: IndexEntry; list: PageOfOthers<IndexEntry> } | undefined {
  const entry = getIndexEntry(slug);
  const list = entry ? getCompareWithPage(slug, listPageNumber(page)) : undefined;
  return entry && list && list.page > 1 ? { entry, list } : undefined;
}

/** Whether getCompareWithListPage has a page there, without building it (the proxy asks on every request). */
export function hasCompareWithListPage(slug: string, page: string): boolean {
  const n = listPageNumber(page);
  return isOccupationSlug(slug) && n > 1 && n <= pageCountOfOthers(getOccupationStore().index.length, COMPARE_PAGE_SIZE);
}
