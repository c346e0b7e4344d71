import type { Profile } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { writeRankings } from '@/lib/compare/rankings';
import { writeSummary, type SummaryTopic } from '@/lib/compare/summary';
import { formatDuration, formatMoney, formatNumber } from '@/lib/format';
import { factRow } from './fact-row';
import { annualOpeningsRow, averageSalaryRow, growthRateRow, hourlyRateRow, jobsRow, medianPayRow, numberOfJobsRow, outlookRow, projectedGrowthRow } from './figure-rows';
import { RankingsList } from './rankings-list';
import { FactsTable } from './facts-table';
import { Section } from './section';


const TOPIC_NAMES: Record<Exclude<SummaryTopic, 'missing'>, string> = { pay: 'Pay', demand: 'Demand', 'getting-in': 'Getting in', skills: 'Skills' };

/** Two occupations: the four answers, then what neither source reports, in one line. */
function Answers({ profiles }: { profiles: readonly Profile[] }) {
  const lines = writeSummary(profiles);
  const missing = lines.find((l) => l.topic === 'missing');
  return (
    <>
      <ul className="summary answers">
        {lines.map((line) =>
          line.topic === 'missing' ? null : (
            <li key={line.topic} className={`summary-${line.topic}`}>
              <strong className="answer-topic">{TOPIC_NAMES[line.topic]}</strong> {line.text}
            </li>
          ),
        )}
      </ul>
      {missing ? <p className="muted not-reported-line summary-missing">{missing.text}</p> : null}
    </>
  );
}

/**
 * The summary, then the key figures. Each row is one measure from one kind
 * of source, named under the label, so a Handbook median never sits in the
 * same row as a comparison site's average.
 */
export function AtAGlance({ profiles, numbering }: { profiles: readonly Profile[]; numbering: SourceNumbering }) {
  return (
    <Section id="at-a-glance" title="At a glance">
      {profiles.length === 2 ? <Answers profiles={profiles} /> : null}
      {profiles.length > 2 ? <RankingsList rankings={writeRankings(profiles)} /> : null}
      <FactsTable
        // The answers above name what no one reports.
        notReportedLine={profiles.length !== 2}
        caption="Key figures"
        profiles={profiles}
        rows={[
          medianPayRow(numbering),
          averageSalaryRow(numbering),
          factRow(numbering, 'medianSalary', 'Median salary', (v) => formatMoney(v.yearly), 'career guide'),
          hourlyRateRow(numbering),
          jobsRow(numbering),
          numberOfJobsRow(numbering),
          projectedGrowthRow(numbering),
          growthRateRow(numbering),
          annualOpeningsRow(numbering),
          outlookRow(numbering),
          factRow(numbering, 'entryEducation', 'Typical entry education', (v) => v),
          factRow(numbering, 'timeToBecome', 'Time to become', formatDuration),
          factRow(numbering, 'yearsOfExperience', 'Years of experience', (v) => `${formatNumber(v)} years`),
          // The scraped pages rate job satisfaction on a five-point scale.
          factRow(numbering, 'jobSatisfaction', 'Job satisfaction', (v) => `${formatNumber(v)} out of 5`),
        ]}
      />
    </Section>
  );
}
