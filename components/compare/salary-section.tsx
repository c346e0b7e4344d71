import type { Profile } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { formatHourly, formatMoney, formatRange } from '@/lib/format';
import { Fact } from '@/components/facts/fact';
import { SalaryChart } from '@/components/charts/salary-chart';
import { FactsTable } from './facts-table';
import { Columns, Section } from './section';

function salaryPoint(p: { yearly: number; hourly: number | null }): string {
  return p.hourly === null ? formatMoney(p.yearly) : `${formatMoney(p.yearly)} (${formatHourly(p.hourly)})`;
}

export function SalarySection({ profiles, numbering }: { profiles: readonly Profile[]; numbering: SourceNumbering }) {
  const withFactors = profiles.filter((p) => p.facts.salaryFactors?.value);
  return (
    <Section id="salary" title="Salary">
      <SalaryChart profiles={profiles} />
      <FactsTable
        caption="Salary"
        profiles={profiles}
        rows={[
          { label: 'Average salary', cell: (p) => <Fact fact={p.facts.averageSalary} numbering={numbering}>{formatMoney}</Fact> },
          { label: 'Hourly rate', cell: (p) => <Fact fact={p.facts.hourlyRate} numbering={numbering}>{formatHourly}</Fact> },
          { label: 'Salary range', cell: (p) => <Fact fact={p.facts.salaryRange} numbering={numbering}>{formatRange}</Fact> },
          { label: 'Median salary', cell: (p) => <Fact fact={p.facts.medianSalary} numbering={numbering}>{salaryPoint}</Fact> },
          { label: 'Top 10% earn', cell: (p) => <Fact fact={p.facts.top10Salary} numbering={numbering}>{salaryPoint}</Fact> },
          { label: 'Highest paying city', cell: (p) => <Fact fact={p.facts.highestPayingCity} numbering={numbering}>{(v) => v}</Fact> },
          { label: 'Highest paying state', cell: (p) => <Fact fact={p.facts.highestPayingState} numbering={numbering}>{(v) => v}</Fact> },
          { label: 'Best paying company', cell: (p) => <Fact fact={p.facts.bestPayingCompany} numbering={numbering}>{(v) => v}</Fact> },
          { label: 'Best paying industry', cell: (p) => <Fact fact={p.facts.bestPayingIndustry} numbering={numbering}>{(v) => v}</Fact> },
        ]}
      />
      {withFactors.length > 0 ? (
        <Columns count={profiles.length}>
          {profiles.map((p) => (
            <div key={p.slug} className="column">
              <h3>What affects {p.title} pay</h3>
              <p>
                <Fact fact={p.facts.salaryFactors} numbering={numbering}>{(v) => v}</Fact>
              </p>
            </div>
          ))}
        </Columns>
      ) : null}
    </Section>
  );
}
