import type { ReactNode } from 'react';
import type { Profile } from '@/lib/profile-schema';
import { lowerFirst } from '@/lib/text/prose';

export interface FactRow {
  label: string;
  /** What the row's figures measure, or where they come from: said under the label. */
  note?: string;
  cell: (profile: Profile) => ReactNode;
  /**
   * Whether a profile reports this row's fact. A row no compared occupation
   * reports is left out of the table and named once, below it, rather than
   * shown as a row of "Not reported".
   */
  has?: (profile: Profile) => boolean;
  /** A later section on the page shows this row too: when no one reports it, that section's line names it, so this table's does not. */
  namedBelow?: boolean;
}

/** "Neither reports: …" / "None of them reports: …" / for one occupation, "Not reported: …". */
export function NotReportedLine({ count, labels }: { count: number; labels: readonly string[] }) {
  if (labels.length === 0) return null;
  const who = count === 1 ? 'Not reported' : count === 2 ? 'Neither occupation reports' : 'None of these occupations reports';
  return (
    <p className="muted not-reported-line">
      {who}: {labels.map(lowerFirst).join(', ')}.
    </p>
  );
}

/** Facts as rows, occupations as columns: a real table, so screen readers announce both headers. */
export function FactsTable({
  caption,
  profiles,
  rows,
}: {
  caption: string;
  profiles: readonly Profile[];
  rows: readonly FactRow[];
}) {
  const shown = rows.filter((row) => !row.has || profiles.some(row.has));
  const omitted = rows.filter((row) => !shown.includes(row) && !row.namedBelow).map((row) => row.label);
  return (
    <>
      {shown.length > 0 ? (
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
              {shown.map((row) => (
                <tr key={row.label}>
                  {/* Named "Average salary, comparison pages": the note is read with the label, and shown on a line of its own. */}
                  <th scope="row" aria-label={row.note ? `${row.label}, ${row.note}` : undefined}>
                    {row.label}
                    {row.note ? <span className="row-note">{row.note}</span> : null}
                  </th>
                  {profiles.map((p) => (
                    <td key={p.slug}>{row.cell(p)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <NotReportedLine count={profiles.length} labels={omitted} />
    </>
  );
}
