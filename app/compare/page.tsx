import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ComparisonHeader } from '@/components/compare/comparison-header';
import { ComparisonView } from '@/components/compare/comparison-view';
import { parseCompareQuery } from '@/lib/compare/compare-query';
import { getProfiles } from '@/lib/occupations';

export const metadata: Metadata = { robots: { index: false, follow: true } };

/** Two to four occupations side by side: /compare?o=<slug>&o=<slug>[&o=…]. */
export default async function MultiComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const slugs = parseCompareQuery(await searchParams);
  const profiles = slugs ? getProfiles(slugs) : undefined;
  if (!profiles) notFound();
  return (
    <>
      <ComparisonHeader profiles={profiles} />
      <ComparisonView profiles={profiles} />
    </>
  );
}
