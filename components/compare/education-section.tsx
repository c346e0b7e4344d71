import type { Profile } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { formatNumber, formatPercent } from '@/lib/format';
import { Fact } from '@/components/facts/fact';
import { ShareBar, toneOf } from '@/components/charts/share-bar';
import { FactsTable } from './facts-table';
import { Columns, Section } from './section';

const REQUIREMENTS = [
  ['educationRequirement', 'Education'],
  ['experienceRequirement', 'Experience'],
  ['certificationRequirement', 'Certifications and licenses'],
] as const;

export function EducationSection({ profiles, numbering }: { profiles: readonly Profile[]; numbering: SourceNumbering }) {
  const withRequirements = profiles.filter((p) => REQUIREMENTS.some(([key]) => p.facts[key]));
  return (
    <Section id="education" title="Education and experience">
      <FactsTable
        caption="Education"
        profiles={profiles}
        rows={[
          {
            label: 'Most common degree',
            cell: (p) => (
              <Fact fact={p.facts.mostCommonDegree} numbering={numbering}>
                {(d) =>
                  d.percent === null ? (
                    d.level
                  ) : (
                    <span className="with-bar">
                      <span>
                        {d.level}, {formatPercent(d.percent)} of workers
                      </span>
                      <ShareBar percent={d.percent} label={`${d.level}, ${p.title}`} tone={toneOf(profiles.indexOf(p))} />
                    </span>
                  )
                }
              </Fact>
            ),
          },
          { label: 'Most common major', cell: (p) => <Fact fact={p.facts.mostCommonMajor} numbering={numbering}>{(v) => v}</Fact> },
          { label: 'Most common college', cell: (p) => <Fact fact={p.facts.mostCommonCollege} numbering={numbering}>{(v) => v}</Fact> },
          { label: 'Years of experience', cell: (p) => <Fact fact={p.facts.yearsOfExperience} numbering={numbering}>{(v) => `${formatNumber(v)} years`}</Fact> },
        ]}
      />
      {withRequirements.length > 0 ? (
        <Columns count={profiles.length}>
          {profiles.map((p) => (
            <div key={p.slug} className="column">
              <h3>Requirements: {p.title}</h3>
              <dl className="requirements">
                {REQUIREMENTS.map(([key, label]) => (
                  <div key={key}>
                    <dt>{label}</dt>
                    <dd>
                      <Fact fact={p.facts[key]} numbering={numbering}>{(v) => v}</Fact>
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </Columns>
      ) : null}
    </Section>
  );
}
