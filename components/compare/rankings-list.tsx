import type { Ranking } from '@/lib/compare/rankings';

/** Three or four occupations: each answer as a ranking, with who could not be ranked and why. */
export function RankingsList({ rankings }: { rankings: readonly Ranking[] }) {
  return (
    <div className="rankings">
      {rankings.map((r) => (
        <section key={r.topic} className={`ranking ranking-${r.topic}`} aria-labelledby={`ranking-${r.topic}`}>
          <h3 id={`ranking-${r.topic}`}>
            {r.title}
            {r.measure ? (
              <>
                {' '}
                <span className="row-note">{r.measure}</span>
              </>
            ) : null}
          </h3>
          {r.ranked.length > 0 ? (
            <ol>
              {r.ranked.map((item) => (
                <li key={item.profile.slug}>
                  <span className="ranked-title">{item.profile.title}</span> <span className="ranked-figure">{item.figure}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">None of these occupations can be ranked on this.</p>
          )}
          {r.notRanked.length > 0 ? (
            <p className="muted not-ranked">
              Not ranked: {r.notRanked.map((n) => `${n.profile.title} (${n.why})`).join('; ')}.
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
