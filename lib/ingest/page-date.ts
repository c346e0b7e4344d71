/** Where and when a page is from, as profiles and the report cite it. */
export interface PageOrigin {
  url?: string;
  scrapedAt?: string;
  /** When the page says it last changed; it dates the page's facts before `scrapedAt` does. */
  modifiedAt?: string;
}

/**
 * The date a page's facts are from, for "the newest page wins": the date the
 * page says it was last changed, else when it was scraped.
 */
export function pageDate(page: Omit<PageOrigin, 'url'>): string | undefined {
  return page.modifiedAt ?? page.scrapedAt;
}

/** The page's dates, each only when known. */
export function pageDates(page: PageOrigin | undefined): Omit<PageOrigin, 'url'> {
  return {
    ...(page?.scrapedAt ? { scrapedAt: page.scrapedAt } : {}),
    ...(page?.modifiedAt ? { modifiedAt: page.modifiedAt } : {}),
  };
}

/** The page's address and dates, each only when known. */
export function pageOrigin(page: PageOrigin | undefined): PageOrigin {
  return { ...(page?.url ? { url: page.url } : {}), ...pageDates(page) };
}
