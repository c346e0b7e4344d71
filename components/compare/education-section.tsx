import type { FactKey, Profile } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { formatNumber, formatPercent } from '@/lib/format';
import { hasValue } from '@/lib/compare/reported';
import { Fact } from '@/components/facts/fact';
import { Paragraphs } from '@/components/facts/paragraphs';
import { ShareBar, toneOf } from '@/components/charts/share-bar';
import { factOf, factRow } from './fact-row';
import { FactsTable } from './facts-table';
import { Columns, Section } from './section';

/** The comparison sites' requirements, one paragraph each. */
const REQUIREMENTS = [
  ['educationRequirement', 'Education'],
  ['experienceRequirement', 'Experience'],
  ['certificationRequirement', 'Certifications and licenses'],
] as const;

/** The parts of the Handbook's "How to Become One", each a few paragraphs. */
const HOW_TO_BECOME = [
  ['educationDetails', 'Education'],
  ['licenseDetails', 'Licenses, certifications and registrations'],
  ['trainingDetails', 'Training'],
  ['experienceDetails', 'Work experience'],
] as const;

const COLUMN_FACTS: readonly FactKey[] = ['pathSummary', ...HOW_TO_BECOME.map(([k]) => k), ...REQUIREMENTS.map(([k]) => k)];

/** One occupation's way in, in its own words: the Handbook's summary and parts, the comparison sites' requirements. */
function WayIn({ profile, numbering }: { profile: Profile; numbering: SourceNumbering }) {
  const requirements = REQUIREMENTS.filter(([key]) => hasValue(profile, key));
  const parts = HOW_TO_BECOME.filter(([key]) => hasValue(profile, key));
  return (
    <div className="column">
      <h3 className="column-title">How to become: {profile.title}</h3>
      {hasValue(profile, 'pathSummary') ? (
        <div className="prose">
          <Fact fact={factOf(profile, 'pathSummary')} numbering={numbering}>
            {(v) => <Paragraphs items={v.split(/\n\n+/)} />}
          </Fact>
        </div>
      ) : null}
      {parts.map(([key, label]) => (
        <details key={key} className="more">
          <summary>{label}</summary>
          <div className="prose">
            <Fact fact={factOf(profile, key)} numbering={numbering}>
              {(v) => <Paragraphs items={v} />}
            </Fact>
          </div>
        </details>
      ))}
      {requirements.length > 0 ? (
        <dl className="requirements">
          {requirements.map(([key, label]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>
                <Fact fact={factOf(profile, key)} numbering={numbering}>
                  {(v) => v}
                </Fact>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {parts.length === 0 && requirements.length === 0 && !hasValue(profile, 'pathSummary') ? <p className="muted">No description of the way in on record.</p> : null}
    </div>
  );
}

export function EducationSection({ profiles, numbering }: { profiles: readonly Profile[]; numbering: SourceNumbering }) {
  const withWayIn = profiles.some((p) => COLUMN_FACTS.some((key) => hasValue(p, key)));
  return (
    <Section id="education" title="Education and training">
      <FactsTable
        caption="Education and training"
        profiles={profiles}
        rows={[
          factRow(numbering, 'entryEducation', 'Typical entry education', (v) => v, 'Occupational Outlook Handbook'),
          factRow(numbering, 'relatedExperience', 'Work experience in a related occupation', (v) => v, 'Occupational Outlook Handbook'),
          factRow(numbering, 'jobTraining', 'On-the-job training', (v) => v, 'Occupational Outlook Handbook'),
          factRow(
            numbering,
            'mostCommonDegree',
            'Most common degree',
            (d, p) =>
              d.percent === null ? (
                d.level
              ) : (
                <span className="with-bar">
                  <span>
                    {d.level}, {formatPercent(d.percent)} of workers
                  </span>
                  <ShareBar percent={d.percent} label={`${d.level}, ${p.title}`} tone={toneOf(profiles.indexOf(p))} />
                </span>
              ),
            'comparison pages',
          ),
          factRow(numbering, 'mostCommonMajor', 'Most common major', (v) => v, 'comparison pages'),
          factRow(numbering, 'mostCommonCollege', 'Most common college', (v) => v, 'comparison pages'),
          factRow(numbering, 'yearsOfExperience', 'Years of experience', (v) => `${formatNumber(v)} years`, 'comparison pages'),
        ]}
      />
      {withWayIn ? (
        <Columns count={profiles.length}>
          {profiles.map((p) => (
            <WayIn key={p.slug} profile={p} numbering={numbering} />
          ))}
        </Columns>
      ) : null}
    </Section>
  );
}
