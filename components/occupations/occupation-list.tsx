import Link from 'next/link';
import { occupationPath } from '@/lib/compare/pair-path';
import type { IndexEntry } from '@/lib/profile-schema';
import { salaryLine } from '@/lib/format';

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
            <span className="occupation-salary">{salaryLine(o)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
