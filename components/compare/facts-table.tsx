import type { ReactNode } from 'react';
import type { Profile } from '@/lib/profile-schema';

export interface FactRow {
  label: string;
  cell: (profile: Profile) => ReactNode;
}

/** Facts as rows, occupations as columns: a real table, so screen readers announce both headers. */
export function FactsTable({ caption, profiles, rows }: { caption: string; profiles: readonly Profile[]; rows: readonly FactRow[] }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className={`facts-table cols-${profiles.length}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td />
            {profiles.map((p) => (
              <th key={p.slug} scope="col">
                {p.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {profiles.map((p) => (
                <td key={p.slug}>{row.cell(p)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
