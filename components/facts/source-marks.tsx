import type { FactSource } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';

type Mark = ReturnType<SourceNumbering['marks']>[number];

/** Three or more consecutive source numbers read as one range ("[4–9]"); shorter runs stay single. */
const MIN_RANGE = 3;

/** Marks in number order, as runs: each run of consecutive numbers at least MIN_RANGE long, else one mark. */
function runs(marks: readonly Mark[]): Mark[][] {
  const out: Mark[][] = [];
  let run: Mark[] = [];
  const flush = () => {
    if (run.length >= MIN_RANGE) out.push(run);
    else for (const mark of run) out.push([mark]);
    run = [];
  };
  for (const mark of marks) {
    const last = run[run.length - 1];
    if (last && mark.source.number !== last.source.number + 1) flush();
    run.push(mark);
  }
  flush();
  return out;
}

function citation({ source, lines }: Mark): string {
  return `${source.file}, ${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`;
}

/**
 * Footnote links after a fact, each to its page in the Sources list: "[1][3]",
 * and a run of consecutive pages as one range, "[4–9]", to the first of them
 * (an occupation seen on many pages cites them all on every fact). A
 * comparison carries hundreds of these, and each is written twice, in the
 * HTML and in the page's RSC payload, so they are kept lean: the accessible
 * name is the short "Source 3" or "Sources 4 to 9", and the files and lines,
 * the detail, are said once, as the description (title: a tooltip, and read
 * after the name by screen readers). The text is one node: "[{n}]" would be
 * three, and React separates adjacent text nodes with comments in the HTML.
 */
export function SourceMarks({ sources, numbering }: { sources: readonly FactSource[]; numbering: SourceNumbering }) {
  const marks = numbering.marks(sources);
  if (marks.length === 0) return null;
  return (
    <sup className="source-marks">
      {runs(marks).map((run) => {
        const first = run[0]?.source.number;
        const last = run[run.length - 1]?.source.number;
        if (first === undefined || last === undefined) return null;
        const range = first !== last;
        return (
          <a
            key={first}
            href={`#source-${first}`}
            aria-label={range ? `Sources ${first} to ${last}` : `Source ${first}`}
            title={run.map(citation).join('; ')}
          >
            {range ? `[${first}–${last}]` : `[${first}]`}
          </a>
        );
      })}
    </sup>
  );
}
