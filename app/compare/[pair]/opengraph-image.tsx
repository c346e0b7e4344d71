import { ImageResponse } from 'next/og';
import { notFound } from 'next/navigation';
import { PairShareImage, SHARE_IMAGE_SIZE } from '@/components/share/pair-share-image';
import { pairSegment } from '@/lib/compare/pair-path';
import { getIndexEntry, getPair, getPrerenderPairs } from '@/lib/occupations';

export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';
export const alt = 'Two occupations compared: titles and average yearly salaries';
export const revalidate = 86400;
export const dynamicParams = true;

// The same pairs as the pages; the rest render on first request and are then cached.
export function generateStaticParams() {
  return getPrerenderPairs().map(([a, b]) => ({ pair: pairSegment(a, b) }));
}

/** Rendered offline with the font next/og bundles; cached like the page. */
export default async function Image({ params }: { params: Promise<{ pair: string }> }) {
  const { pair } = await params;
  const profiles = getPair(pair);
  const a = profiles && getIndexEntry(profiles[0].slug);
  const b = profiles && getIndexEntry(profiles[1].slug);
  if (!a || !b) notFound();
  return new ImageResponse(<PairShareImage a={a} b={b} />, { ...SHARE_IMAGE_SIZE });
}
