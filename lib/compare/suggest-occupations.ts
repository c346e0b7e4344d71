import { getOccupationStore } from '../occupations';
import type { IndexEntry } from '../profile-schema';
import { suggestSlugs } from './suggest-slugs';

/** Known occupations whose slugs are close to a mistyped one. */
export function suggestOccupations(slug: string, limit = 5): IndexEntry[] {
  const { entries } = getOccupationStore();
  return suggestSlugs(slug, entries.keys(), limit)
    .map((s) => entries.get(s))
    .filter((e) => e !== undefined);
}
