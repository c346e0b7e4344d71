import Link from 'next/link';
import { occupationPath } from '@/lib/compare/pair-path';
import type { IndexEntry } from '@/lib/profile-schema';
import { formatMoney } from '@/lib/format';

export function OccupationList({ occupations }: { occupations: IndexEntry[] }) {
  return (
    <section aria-labelledby="all-occupations">
      <h2 id="all-occupations">All occupations</h2>
      <ul className="occupation-list">
        {occupations.map((o) => (
          <li key={o.slug}>
            <Link className="occupation-title" href={occupationPath(o.slug)}>
              {o.title}
            </Link>
            <span className="occupation-salary">
              {o.averageSalary !== null
                ? `${formatMoney(o.averageSalary)} a year`
                : o.medianSalary !== null
                  ? `${formatMoney(o.medianSalary)} a year (median)`
                  : 'Salary not reported'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
