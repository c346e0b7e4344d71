/**
 * What index.json lists besides the profiles' own files: one entry per
 * occupation, and how many kept comparison pages compared each pair.
 */
import { headlinePay } from '../compare/pay-figures';
import type { IndexEntry, Profile, ScrapedPair } from '../profile-schema';
import { compareCodeUnits } from '../sort-order';
import { forEachPair } from './each-pair';
import type { PageRecord } from './page-records';

/** The slug each title form a page used was published under. */
export function slugsByTitle(profiles: readonly Profile[]): Map<string, string> {
  const slugOfTitle = new Map<string, string>();
  for (const p of profiles) for (const t of p.titles) slugOfTitle.set(t, p.slug);
  return slugOfTitle;
}

export function indexEntries(profiles: readonly Profile[]): IndexEntry[] {
  return profiles.map((p) => ({
    slug: p.slug,
    title: p.title,
    titles: p.titles,
    pay: headlinePay(p) ?? null,
    pages: p.sources.length,
    ...(p.aliases ? { aliases: p.aliases } : {}),
  }));
}

/** Each pair of occupations some kept comparison page compared, most-compared first. */
export function scrapedPairs(pages: Iterable<PageRecord>, slugOfTitle: ReadonlyMap<string, string>): ScrapedPair[] {
  const counts = new Map<string, ScrapedPair>();
  for (const page of pages) {
    if (page.format !== 'pair-page' || page.status === 'rejected') continue;
    const slugs = page.titles.map((t) => slugOfTitle.get(t)).filter((s) => s !== undefined);
    forEachPair(slugs, (a, b) => {
      if (a === b) return;
      const key = a < b ? `${a} ${b}` : `${b} ${a}`;
      const entry = counts.get(key) ?? { a, b, pages: 0 };
      entry.pages += 1;
      counts.set(key, entry);
    });
  }
  // Pairs are unique, so the order is total.
  return [...counts.values()].sort((x, y) => y.pages - x.pages || compareCodeUnits(x.a, y.a) || compareCodeUnits(x.b, y.b));
}
