import { ImageResponse } from 'next/og';
import { notFound } from 'next/navigation';
import { PairShareImage, SHARE_IMAGE_SIZE } from '@/components/share/pair-share-image';
import { getPair } from '@/lib/compare/pair-lookup';
import { getIndexEntry } from '@/lib/occupations';
import { moveHeadline } from '@/lib/compare/career-move';
import { payHeadline } from '@/lib/compare/who-earns-more';

export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';
export const alt = 'Two occupations compared: titles and pay, each figure with what it measures';
export const revalidate = 86400;
export const dynamicParams = true;

// None at build time (drawing one is slow): every image renders on first request, then is cached.
export function generateStaticParams(): { pair: string }[] {
  return [];
}

/** Rendered offline with the font next/og bundles; cached like the page. */
export default async function Image({ params }: { params: Promise<{ pair: string }> }) {
  const { pair } = await params;
  const profiles = getPair(pair);
  const a = profiles && getIndexEntry(profiles[0].slug);
  const b = profiles && getIndexEntry(profiles[1].slug);
  if (!profiles || !a || !b) notFound();
  return new ImageResponse(<PairShareImage a={a} b={b} answer={payHeadline(profiles)} gap={moveHeadline(...profiles)} />, { ...SHARE_IMAGE_SIZE });
}
