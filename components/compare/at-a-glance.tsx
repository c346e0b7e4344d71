import type { Profile } from '@/lib/profile-schema';
import type { Pair } from '@/lib/compare/reported';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { writeRankings } from '@/lib/compare/rankings';
import { writeSummary, type SummaryTopic } from '@/lib/compare/summary';
import { formatDuration, formatMoney, formatNumber } from '@/lib/format';
import { factRow } from './fact-row';
import { annualOpeningsRow, averageSalaryRow, growthRateRow, hourlyRateRow, jobsRow, medianPayRow, numberOfJobsRow, outlookRow, projectedGrowthRow } from './figure-rows';
import { RankingsList } from './rankings-list';
import { FactsTable, type FactRow } from './facts-table';
import { Section } from './section';


const TOPIC_NAMES: Record<SummaryTopic, string> = { pay: 'Pay', demand: 'Demand', 'getting-in': 'Getting in', skills: 'Skills' };

/** Two occupations: the answers there is something to say for. What neither reports is named under the tables. */
function Answers({ pair }: { pair: Pair }) {
  const lines = writeSummary(pair);
  if (lines.length === 0) return null;
  return (
    <ul className="summary answers">
      {lines.map((line) => (
        <li key={line.topic} className={`summary-${line.topic}`}>
          <strong className="answer-topic">{TOPIC_NAMES[line.topic]}</strong> {line.text}
        </li>
      ))}
    </ul>
  );
}

/** A key figure a later section shows too, and so names when no one reports it. */
function alsoBelow(row: FactRow): FactRow {
  return { ...row, namedBelow: true };
}

/**
 * The summary, then the key figures. Each row is one measure from one kind
 * of source, named under the label, so a Handbook median never sits in the
 * same row as a comparison site's average. Under them, what no one reports
 * of the figures shown only here; the sections below name the rest.
 */
export function AtAGlance({ profiles, numbering }: { profiles: readonly Profile[]; numbering: SourceNumbering }) {
  const [a, b] = profiles;
  return (
    <Section id="at-a-glance" title="At a glance">
      {profiles.length === 2 && a && b ? <Answers pair={[a, b]} /> : null}
      {profiles.length > 2 ? <RankingsList rankings={writeRankings(profiles)} /> : null}
      <FactsTable
        caption="Key figures"
        profiles={profiles}
        rows={[
          alsoBelow(medianPayRow(numbering)),
          alsoBelow(averageSalaryRow(numbering)),
          alsoBelow(factRow(numbering, 'medianSalary', 'Median salary', (v) => formatMoney(v.yearly), 'career guide')),
          alsoBelow(hourlyRateRow(numbering)),
          alsoBelow(jobsRow(numbering)),
          alsoBelow(numberOfJobsRow(numbering)),
          alsoBelow(projectedGrowthRow(numbering)),
          alsoBelow(growthRateRow(numbering)),
          alsoBelow(annualOpeningsRow(numbering)),
          alsoBelow(outlookRow(numbering)),
          alsoBelow(factRow(numbering, 'entryEducation', 'Typical entry education', (v) => v)),
          factRow(numbering, 'timeToBecome', 'Time to become', formatDuration),
          alsoBelow(factRow(numbering, 'yearsOfExperience', 'Years of experience', (v) => `${formatNumber(v)} years`)),
          // The scraped pages rate job satisfaction on a five-point scale.
          factRow(numbering, 'jobSatisfaction', 'Job satisfaction', (v) => `${formatNumber(v)} out of 5`),
        ]}
      />
    </Section>
  );
}
