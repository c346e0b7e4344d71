import { notFound } from 'next/navigation';
import { OccupationView } from '@/components/occupations/occupation-view';
import { getAllOccupations, getOccupationBySlug } from '@/lib/occupations';

export const dynamicParams = true;
export const revalidate = 3600;

export function generateStaticParams() {
  return getAllOccupations().map((o) => ({ slug: o.slug }));
}

export default async function OccupationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const profile = getOccupationBySlug(slug);
  if (!profile) notFound();
  const others = getAllOccupations().filter((o) => o.slug !== slug);
  return <OccupationView profile={profile} others={others} />;
}
