import type { CareerMove } from '@/lib/compare/career-move';
import { biggestGap, moveSentences } from '@/lib/compare/career-move';
import { pairPath } from '@/lib/compare/pair-path';
import { Section } from './section';

/**
 * What moving from the first occupation to the second takes, in the
 * visitor's order: pay, schooling and training, skills brought and to learn,
 * outlook, and stepping stones. The swap link (a plain link: it works
 * without JavaScript) shows the move the other way.
 */
export function MoveSection({ move }: { move: CareerMove }) {
  const { from, to } = move;
  const words = moveSentences(move);
  const gap = biggestGap(move);
  return (
    <Section id="move" title={`Moving from ${from.title} to ${to.title}`}>
      {gap ? (
        <p className="move-gap">
          <strong>What it asks most:</strong> {gap}.
        </p>
      ) : null}
      <dl className="move">
        <div>
          <dt>Pay</dt>
          <dd>{words.pay}</dd>
        </div>
        <div>
          <dt>Education and training</dt>
          <dd>{words.education}</dd>
        </div>
        <div>
          <dt>Skills</dt>
          <dd>
            <p>{words.skills}</p>
            {move.skills.learn.length > 0 ? (
              <ul className="skills-to-learn">
                {move.skills.learn.map((s) => (
                  <li key={s.name}>
                    <span className="skill-name">{s.name}</span>
                    {s.description ? <span className="skill-description"> {s.description}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Outlook</dt>
          <dd>{words.outlook}</dd>
        </div>
        {move.steppingStones.length > 0 ? (
          <div>
            <dt>Stepping stones</dt>
            <dd>
              <p>Occupations the Handbook lists as similar to {to.title} that are also close to {from.title}:</p>
              <ul className="stepping-stones">
                {move.steppingStones.map((s) => (
                  <li key={s.slug}>
                    <a href={pairPath(from.slug, s.slug)}>
                      {from.title} vs {s.title}
                    </a>{' '}
                    <span className="muted">({s.reason})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      <p>
        <a href={`${pairPath(to.slug, from.slug)}#move`} rel="nofollow">
          Moving from {to.title} to {from.title} instead
        </a>
      </p>
    </Section>
  );
}
