import Link from 'next/link';
import { ComparePicker } from '@/components/home/compare-picker';
import { SampleComparisons } from '@/components/home/sample-comparisons';
import { OccupationGroups } from '@/components/home/occupation-groups';
import { OccupationList } from '@/components/occupations/occupation-list';
import { getSampleComparisons } from '@/lib/compare/sample-comparisons';
import { getOccupationGroups, HOME_LIST_LIMIT } from '@/lib/home-list';
import { getAllOccupations } from '@/lib/occupations';

export default function HomePage() {
  const occupations = getAllOccupations();
  return (
    <>
      <h1>Compare careers side by side</h1>
      <p className="lede">Pay, skills, education and outlook for {occupations.length} occupations, every figure with its source.</p>
      <ComparePicker a={{ value: '', suggestions: [] }} b={{ value: '', suggestions: [] }} />
      <SampleComparisons pairs={getSampleComparisons()} />
      {occupations.length <= HOME_LIST_LIMIT ? (
        <OccupationList occupations={occupations} />
      ) : (
        <>
          <OccupationGroups groups={getOccupationGroups()} />
          <p>
            <Link href="/occupations">Browse all {occupations.length} occupations, A to Z</Link>
          </p>
        </>
      )}
    </>
  );
}
