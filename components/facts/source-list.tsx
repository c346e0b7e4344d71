import type { SourceNumbering } from '@/lib/compare/source-numbering';

const FORMAT_NAMES = { 'pair-page': 'comparison page', 'career-article': 'career guide', 'handbook-profile': 'Occupational Outlook Handbook' } as const;

/** The numbered pages every fact on the page came from. */
export function SourceList({ numbering }: { numbering: SourceNumbering }) {
  if (numbering.sources.length === 0) return null;
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ol>
        {numbering.sources.map((s) => (
          <li key={s.number} id={`source-${s.number}`} value={s.number}>
            {s.url ? (
              <a href={s.url} rel="nofollow noopener" className="source-url">
                {s.url}
              </a>
            ) : (
              <span className="source-file">{s.file}</span>
            )}{' '}
            <span className="source-meta">
              ({FORMAT_NAMES[s.format]}
              {s.url ? `, ${s.file}` : ''}
              {s.modifiedAt ? `, last modified ${s.modifiedAt}` : ''}
              {s.scrapedAt ? `, scraped ${s.scrapedAt}` : ''})
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
