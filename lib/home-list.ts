/** What the home page lists: every occupation while there are few, else the occupations by field. */
import { derivedFromStore } from './occupations';
import type { IndexEntry } from './profile-schema';

/** Up to this many occupations, the home page lists them all; beyond, it links to the directory. */
export const HOME_LIST_LIMIT = 120;

export interface OccupationGroup {
  /** The Handbook's occupational group ("Healthcare"), or null for occupations no Handbook page files. */
  name: string | null;
  occupations: IndexEntry[];
}

/** Occupations by the Handbook's occupational group, A to Z; the ungrouped last. Built once per store. */
export const getOccupationGroups: () => OccupationGroup[] = derivedFromStore(({ index, bySlug }) => {
  const groups = new Map<string | null, IndexEntry[]>();
  for (const entry of index) {
    const name = bySlug.get(entry.slug)?.facts.occupationGroup?.value ?? null;
    const list = groups.get(name);
    if (list) list.push(entry);
    else groups.set(name, [entry]);
  }
  return [...groups.entries()]
    .map(([name, occupations]) => ({ name, occupations }))
    .sort((x, y) => (x.name === null ? 1 : y.name === null ? -1 : x.name.localeCompare(y.name, 'en')));
});
