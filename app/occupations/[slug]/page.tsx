import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OccupationView } from '@/components/occupations/occupation-view';
import { JsonLd } from '@/components/seo/json-ld';
import { relatedOccupations } from '@/lib/compare/related-occupations';
import { similarLinksFor } from '@/lib/compare/similar-links';
import { getCompareWithPage } from '@/lib/compare/compare-with-pages';
import { getOccupationBySlug } from '@/lib/occupations';
import { getPrerenderOccupations } from '@/lib/prerender-plan';
import { occupationJsonLdFor } from '@/lib/seo/page-json-ld';
import { occupationMetadata } from '@/lib/seo/page-metadata';

export const dynamicParams = true;
export const revalidate = 3600;

export function generateStaticParams() {
  return getPrerenderOccupations().map((o) => ({ slug: o.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = getOccupationBySlug((await params).slug);
  return profile ? occupationMetadata(profile) : {};
}

export default async function OccupationPage({ params }: Props) {
  const { slug } = await params;
  const profile = getOccupationBySlug(slug);
  const compareWith = getCompareWithPage(slug, 1);
  if (!profile || !compareWith) notFound();
  return (
    <>
      <JsonLd data={occupationJsonLdFor(profile)} />
      <OccupationView profile={profile} related={relatedOccupations(slug, 8)} compareWith={compareWith} similar={similarLinksFor([profile])} />
    </>
  );
}
