import type { ReactNode } from 'react';
import type { FactKey, FactSource, FactValue, Profile } from '@/lib/profile-schema';
import { hasValue } from '@/lib/compare/reported';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { Fact } from '@/components/facts/fact';
import type { FactRow } from './facts-table';

/** One fact of a profile, typed by its key. */
export function factOf<K extends FactKey>(profile: Profile, key: K): { value: FactValue<K> | null; sources: FactSource[] } | undefined {
  return profile.facts[key];
}

/**
 * A table row for one fact: its value in each column, with source marks.
 * Left out of the table when no occupation reports it (see FactsTable).
 */
export function factRow<K extends FactKey>(
  numbering: SourceNumbering,
  key: K,
  label: string,
  render: (value: FactValue<K>, profile: Profile) => ReactNode,
  note?: string,
): FactRow {
  return {
    label,
    ...(note ? { note } : {}),
    has: (p) => hasValue(p, key),
    cell: (p) => (
      <Fact fact={factOf(p, key)} numbering={numbering}>
        {(v) => render(v, p)}
      </Fact>
    ),
  };
}
