import type { ReactNode } from 'react';
import type { FactSource } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { NOT_REPORTED } from '@/lib/format';
import { SourceMarks } from './source-marks';

export function NotReported() {
  return <span className="not-reported">{NOT_REPORTED}</span>;
}

interface FactProps<T> {
  fact: { value: T | null; sources: FactSource[] } | undefined;
  numbering: SourceNumbering;
  children: (value: T) => ReactNode;
}

/** A fact's value with its footnotes, or "Not reported" when absent or "-" on the page. */
export function Fact<T>({ fact, numbering, children }: FactProps<T>) {
  if (!fact) return <NotReported />;
  return (
    <>
      {fact.value === null ? <NotReported /> : children(fact.value)}
      <SourceMarks sources={fact.sources} numbering={numbering} />
    </>
  );
}
