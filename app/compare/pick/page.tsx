import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ComparePicker } from '@/components/home/compare-picker';
import { resolvePick } from '@/lib/compare/pick-pair';
import { findOccupation, searchOccupations } from '@/lib/occupations';

export const metadata: Metadata = { title: 'Pick two occupations', robots: { index: false, follow: true } };

/** The home form's target: redirects to the comparison, or asks again with help. */
export default async function PickPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const result = resolvePick(await searchParams, { find: findOccupation, search: searchOccupations });
  if (result.kind === 'redirect') redirect(result.path);
  return (
    <>
      <h1>Pick two occupations</h1>
      {result.submitted ? <p className="lede">Almost there: see the note under each highlighted field.</p> : null}
      <ComparePicker a={result.a} b={result.b} heading="Occupations to compare" />
    </>
  );
}
