import type { Metadata } from 'next';
import { OccupationDirectory } from '@/components/occupations/occupation-directory';
import { getAllOccupations } from '@/lib/occupations';

export const metadata: Metadata = {
  title: 'All occupations, A to Z',
  description: 'Every occupation we compare, A to Z, with its pay and what the figure measures: open one for its full profile and comparisons.',
  alternates: { canonical: '/occupations' },
};

export default function OccupationsPage() {
  const occupations = getAllOccupations();
  return (
    <>
      <h1>All occupations, A to Z</h1>
      <p className="lede">{occupations.length} occupations: open one for its full profile and its comparisons with the others.</p>
      <OccupationDirectory occupations={occupations} />
    </>
  );
}
