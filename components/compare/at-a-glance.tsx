import type { Profile } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { writeSummary } from '@/lib/compare/summary';
import { formatChange, formatCount, formatDuration, formatHourly, formatMoney, formatNumber } from '@/lib/format';
import { Fact } from '@/components/facts/fact';
import { FactsTable } from './facts-table';
import { Section } from './section';

const OUTLOOK_WORDS = { grow: 'Growing', stable: 'Stable', decline: 'Declining' } as const;

export function AtAGlance({ profiles, numbering }: { profiles: readonly Profile[]; numbering: SourceNumbering }) {
  const f = (p: Profile) => p.facts;
  return (
    <Section id="at-a-glance" title="At a glance">
      {profiles.length > 1 ? (
        <ul className="summary">
          {writeSummary(profiles).map((line) => (
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
          { label: 'Average salary', cell: (p) => <Fact fact={f(p).averageSalary} numbering={numbering}>{formatMoney}</Fact> },
          ...(profiles.some((p) => p.facts.medianSalary)
            ? [{ label: 'Median salary', cell: (p: Profile) => <Fact fact={f(p).medianSalary} numbering={numbering}>{(v) => formatMoney(v.yearly)}</Fact> }]
            : []),
          { label: 'Hourly rate', cell: (p) => <Fact fact={f(p).hourlyRate} numbering={numbering}>{formatHourly}</Fact> },
          { label: 'Job growth', cell: (p) => <Fact fact={f(p).growthRate} numbering={numbering}>{formatChange}</Fact> },
          { label: 'Number of jobs', cell: (p) => <Fact fact={f(p).numberOfJobs} numbering={numbering}>{formatCount}</Fact> },
          { label: 'Outlook', cell: (p) => <Fact fact={f(p).outlook} numbering={numbering}>{(o) => OUTLOOK_WORDS[o.direction]}</Fact> },
          { label: 'Time to become', cell: (p) => <Fact fact={f(p).timeToBecome} numbering={numbering}>{formatDuration}</Fact> },
          { label: 'Years of experience', cell: (p) => <Fact fact={f(p).yearsOfExperience} numbering={numbering}>{(v) => `${formatNumber(v)} years`}</Fact> },
          // The scraped pages rate job satisfaction on a five-point scale.
          { label: 'Job satisfaction', cell: (p) => <Fact fact={f(p).jobSatisfaction} numbering={numbering}>{(v) => `${formatNumber(v)} out of 5`}</Fact> },
        ]}
      />
    </Section>
  );
}
