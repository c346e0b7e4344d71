import type { SourceRef } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';

/** Footnote links after a fact: "[1][3]", each to the page in the Sources list. */
export function SourceMarks({ sources, numbering }: { sources: readonly SourceRef[]; numbering: SourceNumbering }) {
  const marks = numbering.marks(sources);
  if (marks.length === 0) return null;
  return (
    <sup className="source-marks">
      {marks.map(({ source, lines }) => (
        <a
          key={source.number}
          href={`#source-${source.number}`}
          title={`${source.file}, line ${lines.join(', ')}`}
          aria-label={`Source ${source.number}: ${source.file}, line ${lines.join(', ')}`}
        >
          [{source.number}]
        </a>
      ))}
    </sup>
  );
}
