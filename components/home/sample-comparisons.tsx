import Link from 'next/link';
import { pairPath } from '@/lib/compare/pair-path';
import type { IndexEntry } from '@/lib/profile-schema';

export interface SampleComparison {
  a: IndexEntry;
  b: IndexEntry;
}

/** Comparisons people look for: the pairs the scraped pages compared. */
export function SampleComparisons({ pairs }: { pairs: readonly SampleComparison[] }) {
  if (pairs.length === 0) return null;
  return (
    <section aria-labelledby="sample-comparisons">
      <h2 id="sample-comparisons">Popular comparisons</h2>
      <ul className="card-list">
        {pairs.map(({ a, b }) => (
          <li key={`${a.slug}/${b.slug}`}>
            <Link href={pairPath(a.slug, b.slug)}>
              {a.title} <span className="vs">vs</span> {b.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
