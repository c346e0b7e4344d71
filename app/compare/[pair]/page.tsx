import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ComparisonHeader } from '@/components/compare/comparison-header';
import { ComparisonView } from '@/components/compare/comparison-view';
import { RelatedComparisons } from '@/components/compare/related-comparisons';
import { JsonLd } from '@/components/seo/json-ld';
import { pairSegment } from '@/lib/compare/pair-path';
import { relatedComparisons } from '@/lib/compare/related-occupations';
import { careerMove } from '@/lib/compare/career-move';
import { getMoveContext } from '@/lib/compare/move-context';
import { similarLinksFor } from '@/lib/compare/similar-links';
import { getPair } from '@/lib/compare/pair-lookup';
import { getPrerenderPairs } from '@/lib/prerender-plan';
import { pairJsonLd } from '@/lib/seo/page-json-ld';
import { pairMetadata } from '@/lib/seo/page-metadata';

// Pairs not prerendered render on first request and are then served from the cache.
export const dynamicParams = true;
export const revalidate = 3600;

export function generateStaticParams() {
  return getPrerenderPairs().map(([a, b]) => ({ pair: pairSegment(a, b) }));
}

type Props = { params: Promise<{ pair: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profiles = getPair((await params).pair);
  return profiles ? pairMetadata(...profiles) : {};
}

export default async function PairPage({ params }: Props) {
  const profiles = getPair((await params).pair);
  if (!profiles) notFound();
  return (
    <>
      <JsonLd data={pairJsonLd(...profiles)} />
      <ComparisonHeader profiles={profiles} />
      <ComparisonView profiles={profiles} similar={similarLinksFor(profiles)} move={careerMove(...profiles, getMoveContext())} />
      <RelatedComparisons groups={relatedComparisons(profiles)} />
    </>
  );
}
