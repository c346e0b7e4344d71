import Link from 'next/link';
import { occupationPath, pairPath } from '@/lib/compare/pair-path';
import type { IndexEntry } from '@/lib/profile-schema';

/** Page 1 of the list is on the occupation page itself; the others have their own URL. */
function compareWithPath(slug: string, page: number): string {
  return page === 1 ? `${occupationPath(slug)}#compare` : `${occupationPath(slug)}/compare/${page}`;
}

/**
 * One page of "compare <title> with …" links, with page links when there is more than one.
 * Not prefetched: next/link would fetch every pair scrolled past (up to 200 a page), and a pair
 * not yet rendered would be rendered on the server for each; a click still navigates in place.
 */
export function CompareWithList({ slug, title, others, page, pageCount }: { slug: string; title: string; others: readonly IndexEntry[]; page: number; pageCount: number }) {
  return (
    <>
      <ul className="compare-links">
        {others.map((o) => (
          <li key={o.slug}>
            <Link href={pairPath(slug, o.slug)} prefetch={false}>
              {title} vs {o.title}
            </Link>
          </li>
        ))}
      </ul>
      {pageCount > 1 ? (
        <nav className="pagination" aria-label={`More occupations to compare ${title} with`}>
          <ul>
            {Array.from({ length: pageCount }, (_, i) => i + 1).map((n) => (
              <li key={n}>
                {n === page ? (
                  <span aria-current="page">{n}</span>
                ) : (
                  <Link href={compareWithPath(slug, n)} prefetch={false}>
                    {n}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
