import type { Profile } from '@/lib/profile-schema';
import { compareSkills, type NamedSkill } from '@/lib/compare/compare-skills';
import { NotReported } from '@/components/facts/fact';
import { Columns, Section } from './section';

function SkillList({ skills, shared }: { skills: NamedSkill[]; shared?: boolean }) {
  return (
    <ul className="skill-list">
      {skills.map((s) => (
        <li key={s.name} className={shared ? 'skill shared' : 'skill'}>
          <span className="skill-name">{s.name}</span>
          {shared ? <span className="badge">Shared</span> : null}
          {s.description ? <p className="skill-description">{s.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}

export function SkillsSection({ profiles }: { profiles: readonly Profile[] }) {
  const { shared, own } = compareSkills(profiles);
  return (
    <Section id="skills" title="Skills">
      {profiles.length > 1 ? (
        <div className="shared-skills">
          <h3>Skills {profiles.length === 2 ? 'both' : 'all of them'} need</h3>
          {shared.length > 0 ? <SkillList skills={shared} shared /> : <p className="muted">No skills in common on record.</p>}
        </div>
      ) : null}
      <Columns count={profiles.length}>
        {profiles.map((p, i) => (
          <div key={p.slug} className="column">
            <h3>{profiles.length > 1 ? `Only ${p.title}` : p.title}</h3>
            {(own[i] ?? []).length > 0 ? <SkillList skills={own[i] ?? []} /> : shared.length > 0 ? <p className="muted">No other skills on record.</p> : <NotReported />}
          </div>
        ))}
      </Columns>
    </Section>
  );
}
