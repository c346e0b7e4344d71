import { notFound } from 'next/navigation';
import { ComparisonHeader } from '@/components/compare/comparison-header';
import { ComparisonView } from '@/components/compare/comparison-view';
import { pairSegment } from '@/lib/compare/pair-path';
import { getPair, getPrerenderPairs } from '@/lib/occupations';

// Pairs not prerendered render on first request and are then served from the cache.
export const dynamicParams = true;
export const revalidate = 3600;

export function generateStaticParams() {
  return getPrerenderPairs().map(([a, b]) => ({ pair: pairSegment(a, b) }));
}

export default async function PairPage({ params }: { params: Promise<{ pair: string }> }) {
  const { pair } = await params;
  const profiles = getPair(pair);
  if (!profiles) notFound();
  return (
    <>
      <ComparisonHeader profiles={profiles} />
      <ComparisonView profiles={profiles} />
    </>
  );
}
