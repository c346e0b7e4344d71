import type { Profile } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { writeSummary } from '@/lib/compare/summary';
import {
  formatChange,
  formatCount,
  formatDuration,
  formatHourly,
  formatMedianPay,
  formatMoney,
  formatNumber,
  formatProjectedGrowth,
  formatSpan,
} from '@/lib/format';
import { factRow } from './fact-row';
import { FactsTable } from './facts-table';
import { Section } from './section';

const OUTLOOK_WORDS = { grow: 'Growing', stable: 'Stable', decline: 'Declining' } as const;

/**
 * The summary, then the key figures. Each row is one measure from one kind
 * of source, named under the label, so a Handbook median never sits in the
 * same row as a comparison site's average.
 */
export function AtAGlance({ profiles, numbering }: { profiles: readonly Profile[]; numbering: SourceNumbering }) {
  return (
    <Section id="at-a-glance" title="At a glance">
      {profiles.length > 1 ? (
        <ul className="summary">
          {/* What no occupation reports is said once, under the table. */}
          {writeSummary(profiles)
            .filter((line) => line.topic !== 'missing')
            .map((line) => (
              <li key={line.topic} className={`summary-${line.topic}`}>
                {line.text}
              </li>
            ))}
        </ul>
      ) : null}
      <FactsTable
        caption="Key figures"
        profiles={profiles}
        rows={[
          factRow(numbering, 'medianPay', 'Median pay', (v) => `${formatMedianPay(v)}${v.year ? ` (${v.year})` : ''}`, 'Occupational Outlook Handbook'),
          factRow(numbering, 'averageSalary', 'Average salary', formatMoney, 'comparison pages'),
          factRow(numbering, 'medianSalary', 'Median salary', (v) => formatMoney(v.yearly), 'career guide'),
          factRow(numbering, 'hourlyRate', 'Hourly rate', formatHourly, 'average, comparison pages'),
          factRow(numbering, 'employment', 'Jobs', (v) => `${formatCount(v.count)} (${v.year})`, 'Occupational Outlook Handbook'),
          factRow(numbering, 'numberOfJobs', 'Number of jobs', formatCount, 'comparison pages'),
          factRow(numbering, 'projectedGrowth', 'Projected job growth', (v) => `${formatProjectedGrowth(v)}, ${formatSpan(v)}`, 'Occupational Outlook Handbook'),
          factRow(numbering, 'growthRate', 'Job growth', formatChange, 'comparison pages, period not stated'),
          factRow(numbering, 'annualOpenings', 'Openings each year', formatCount, 'projected, on average'),
          factRow(numbering, 'outlook', 'Outlook', (o) => OUTLOOK_WORDS[o.direction]),
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
