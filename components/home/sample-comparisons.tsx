import Link from 'next/link';
import { pairPath } from '@/lib/compare/pair-path';
import type { SampleComparison } from '@/lib/compare/sample-comparisons';

/** Comparisons to start with: the pairs scraped pages compared, then similar occupations with the most jobs. */
export function SampleComparisons({ pairs }: { pairs: readonly SampleComparison[] }) {
  if (pairs.length === 0) return null;
  return (
    <section aria-labelledby="sample-comparisons">
      <h2 id="sample-comparisons">Comparisons to start with</h2>
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
