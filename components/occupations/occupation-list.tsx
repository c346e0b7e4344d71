import Link from 'next/link';
import { occupationPath } from '@/lib/compare/pair-path';
import type { IndexEntry } from '@/lib/profile-schema';
import { payLine } from '@/lib/compare/pay-words';

/**
 * A headed list of occupations, each linking to its page with its salary. Not prefetched: the
 * directory lists every occupation, and fetching each one scrolled past would cost a visitor
 * megabytes; a click still navigates in place.
 */
export function OccupationList({
  occupations,
  id = 'all-occupations',
  heading = 'All occupations',
}: {
  occupations: readonly IndexEntry[];
  id?: string;
  heading?: string;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="occupation-list">
        {occupations.map((o) => (
          <li key={o.slug}>
            <Link className="occupation-title" href={occupationPath(o.slug)} prefetch={false}>
              {o.title}
            </Link>
            <span className="occupation-salary">{payLine(o.pay)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
