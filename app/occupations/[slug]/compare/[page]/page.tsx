import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CompareWithList } from '@/components/occupations/compare-with-list';
import { occupationPath } from '@/lib/compare/pair-path';
import { getCompareWithListPage } from '@/lib/compare/compare-with-pages';
import { compareWithListMetadata } from '@/lib/seo/page-metadata';

// Rendered on first request and cached: there are (occupations ÷ 200) of these per occupation.
export const dynamicParams = true;
export const revalidate = 3600;

export function generateStaticParams(): { slug: string; page: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const found = getCompareWithListPage(slug, page);
  return found ? compareWithListMetadata(found.entry, found.list) : {};
}

/** /occupations/<slug>/compare/<n>: page n of the occupations to compare <slug> with (page 1 is on the occupation page). */
export default async function CompareWithPage({ params }: Props) {
  const { slug, page } = await params;
  const found = getCompareWithListPage(slug, page);
  if (!found) notFound();
  const { entry, list } = found;
  return (
    <>
      <p className="eyebrow">
        <Link href={occupationPath(entry.slug)}>{entry.title}</Link>
      </p>
      <h1>
        Compare {entry.title} with… (page {list.page} of {list.pageCount})
      </h1>
      <CompareWithList slug={entry.slug} title={entry.title} {...list} />
    </>
  );
}
