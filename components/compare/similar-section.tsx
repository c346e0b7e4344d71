import type { Profile } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { pairPath } from '@/lib/compare/pair-path';
import type { SimilarLinks } from '@/lib/compare/similar-links';
import { formatPayPerPeriod } from '@/lib/format';
import { hasValue } from '@/lib/compare/reported';
import { SourceMarks } from '@/components/facts/source-marks';
import { Columns, Section } from './section';

/**
 * The occupations the Handbook lists as similar to each side, with its entry
 * education and median pay; each one the site has links to a comparison
 * with it (plain links: see the JavaScript budget in tests/e2e/page-weight.spec.ts).
 */
export function SimilarSection({ profiles, numbering, links }: { profiles: readonly Profile[]; numbering: SourceNumbering; links: SimilarLinks }) {
  const withSimilar = profiles.filter((p) => hasValue(p, 'similarOccupations'));
  if (withSimilar.length === 0) return null;
  return (
    <Section id="similar" title="Similar occupations">
      <p className="muted">Occupations with similar duties, as the Occupational Outlook Handbook lists them.</p>
      <Columns count={withSimilar.length}>
        {withSimilar.map((p) => (
          <div key={p.slug} className="column">
            <h3 className="column-title">
              Like {p.title}
              <SourceMarks sources={p.facts.similarOccupations?.sources ?? []} numbering={numbering} />
            </h3>
            <ul className="similar-list">
              {(links.get(p.slug) ?? []).map(({ similar, slug }) => (
                <li key={similar.title}>
                  {slug ? (
                    <a href={pairPath(p.slug, slug)}>
                      {p.title} vs {similar.title}
                    </a>
                  ) : similar.url ? (
                    <a href={similar.url} rel="nofollow noopener">
                      {similar.title}
                    </a>
                  ) : (
                    <span>{similar.title}</span>
                  )}
                  <span className="similar-facts">
                    {[
                      similar.entryEducation ?? undefined,
                      similar.medianPay ? `median ${formatPayPerPeriod(similar.medianPay)}` : 'median pay not available',
                    ]
                      .filter((v) => v !== undefined)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Columns>
    </Section>
  );
}
