import type { FactSource } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';

/**
 * Footnote links after a fact: "[1][3]", each to the page in the Sources list.
 * A comparison carries hundreds of these (every fact cites every page that
 * states it), and each is written twice, in the HTML and in the page's RSC
 * payload, so they are kept lean: the accessible name is the short "Source 3"
 * and the file and lines, the detail, are said once, as the description
 * (title: a tooltip, and read after the name by screen readers). The number is
 * one text node: "[{n}]" would be three, and React separates adjacent text
 * nodes with comments in the HTML.
 */
export function SourceMarks({ sources, numbering }: { sources: readonly FactSource[]; numbering: SourceNumbering }) {
  const marks = numbering.marks(sources);
  if (marks.length === 0) return null;
  return (
    <sup className="source-marks">
      {marks.map(({ source, lines }) => (
        <a key={source.number} href={`#source-${source.number}`} aria-label={`Source ${source.number}`} title={`${source.file}, ${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`}>
          {`[${source.number}]`}
        </a>
      ))}
    </sup>
  );
}
