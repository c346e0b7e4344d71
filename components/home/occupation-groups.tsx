import Link from 'next/link';
import { occupationPath } from '@/lib/compare/pair-path';
import type { OccupationGroup } from '@/lib/home-list';
import { payLine } from '@/lib/compare/pay-words';

/**
 * Every occupation by field, each field folded until opened (native
 * <details>: no JavaScript). Not prefetched, as in the directory.
 */
export function OccupationGroups({ groups }: { groups: readonly OccupationGroup[] }) {
  if (groups.length < 2) return null;
  return (
    <section aria-labelledby="by-field">
      <h2 id="by-field">Explore by field</h2>
      <div className="field-list">
        {groups.map((g) => (
          <details key={g.name ?? 'other'} className="field">
            <summary>
              {g.name ?? 'Other occupations'} <span className="muted">({g.occupations.length})</span>
            </summary>
            <ul>
              {g.occupations.map((o) => (
                <li key={o.slug}>
                  <Link href={occupationPath(o.slug)} prefetch={false}>
                    {o.title}
                  </Link>{' '}
                  <span className="muted">{payLine(o.pay)}</span>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </section>
  );
}
