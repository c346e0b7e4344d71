import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ComparisonHeader } from '@/components/compare/comparison-header';
import { ComparisonView } from '@/components/compare/comparison-view';
import { parseCompareQuery } from '@/lib/compare/compare-query';
import { similarLinksFor } from '@/lib/compare/similar-links';
import { getProfiles } from '@/lib/occupations';
import { multiCompareMetadata } from '@/lib/seo/page-metadata';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function profilesFor(query: Record<string, string | string[] | undefined>) {
  const slugs = parseCompareQuery(query);
  return slugs ? getProfiles(slugs) : undefined;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const profiles = profilesFor(await searchParams);
  return profiles ? multiCompareMetadata(profiles) : { robots: { index: false, follow: true } };
}

/** Two to four occupations side by side: /compare?o=<slug>&o=<slug>[&o=…]. */
export default async function MultiComparePage({ searchParams }: Props) {
  const profiles = profilesFor(await searchParams);
  if (!profiles) notFound();
  return (
    <>
      <ComparisonHeader profiles={profiles} />
      <ComparisonView profiles={profiles} similar={similarLinksFor(profiles)} />
    </>
  );
}
