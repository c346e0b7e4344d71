import type { FactValue, Profile } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { formatHourly, formatMoney, formatPay, formatPayPerPeriod, formatRange } from '@/lib/format';
import { Fact } from '@/components/facts/fact';
import { Paragraphs } from '@/components/facts/paragraphs';
import { SalaryChart } from '@/components/charts/salary-chart';
import { factOf, factRow, hasValue } from './fact-row';
import { averageSalaryRow, hourlyRateRow, medianPayRow } from './figure-rows';
import { FactsTable } from './facts-table';
import { Columns, Section } from './section';

function salaryPoint(p: { yearly: number; hourly: number | null }): string {
  return p.hourly === null ? formatMoney(p.yearly) : `${formatMoney(p.yearly)} (${formatHourly(p.hourly)})`;
}

function percentiles(w: FactValue<'wagePercentiles'>): string {
  const pay = (amount: FactValue<'wagePercentiles'>['low10']) => formatPay({ ...amount, period: w.period });
  return `less than ${pay(w.low10)} · more than ${pay(w.high10)}`;
}

function benchmark(b: FactValue<'allOccupationsMedianPay'>): string {
  return formatPayPerPeriod({ ...b.pay, period: b.period });
}

/** The industries that employ the most of an occupation, with its median pay in each. */
function IndustryPay({ profile, numbering }: { profile: Profile; numbering: SourceNumbering }) {
  return (
    <Fact fact={factOf(profile, 'industryPay')} numbering={numbering}>
      {(v) => (
        <table className="mini-table">
          <caption>
            Median pay by industry{v.year ? `, ${v.year}` : ''}
          </caption>
          <tbody>
            {v.industries.map((i) => (
              <tr key={i.industry}>
                <th scope="row">{i.industry}</th>
                <td>{formatPay({ ...i.pay, period: v.period })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Fact>
  );
}

export function SalarySection({ profiles, numbering }: { profiles: readonly Profile[]; numbering: SourceNumbering }) {
  const withIndustries = profiles.some((p) => hasValue(p, 'industryPay'));
  const withNotes = profiles.some((p) => hasValue(p, 'salaryFactors') || hasValue(p, 'payDetails'));
  return (
    <Section id="salary" title="Pay">
      <SalaryChart profiles={profiles} />
      <FactsTable
        caption="Pay"
        profiles={profiles}
        rows={[
          medianPayRow(numbering),
          factRow(numbering, 'wagePercentiles', 'Lowest and highest 10% earn', percentiles, 'Occupational Outlook Handbook'),
          averageSalaryRow(numbering),
          hourlyRateRow(numbering),
          factRow(numbering, 'salaryRange', 'Salary range', formatRange, 'comparison pages'),
          factRow(numbering, 'medianSalary', 'Median salary', salaryPoint, 'career guide'),
          factRow(numbering, 'top10Salary', 'Top 10% earn', salaryPoint, 'career guide'),
          factRow(numbering, 'groupMedianPay', 'Median of its occupation group', (v) => `${benchmark(v)} (${v.title})`, 'Occupational Outlook Handbook'),
          factRow(numbering, 'allOccupationsMedianPay', 'Median of all occupations', benchmark, 'Occupational Outlook Handbook'),
          factRow(numbering, 'highestPayingCity', 'Highest paying city', (v) => v, 'comparison pages'),
          factRow(numbering, 'highestPayingState', 'Highest paying state', (v) => v, 'comparison pages'),
          factRow(numbering, 'bestPayingCompany', 'Best paying company', (v) => v, 'comparison pages'),
          factRow(numbering, 'bestPayingIndustry', 'Best paying industry', (v) => v, 'comparison pages'),
        ]}
      />
      {withIndustries || withNotes ? (
        <Columns count={profiles.length}>
          {profiles.map((p) => (
            <div key={p.slug} className="column">
              <h3 className="column-title">{p.title}</h3>
              {hasValue(p, 'industryPay') ? <IndustryPay profile={p} numbering={numbering} /> : null}
              {!hasValue(p, 'industryPay') && !hasValue(p, 'salaryFactors') && !hasValue(p, 'payDetails') ? <p className="muted">No more on pay.</p> : null}
              {hasValue(p, 'salaryFactors') || hasValue(p, 'payDetails') ? (
                <div className="prose">
                  {hasValue(p, 'salaryFactors') ? (
                    <Fact fact={factOf(p, 'salaryFactors')} numbering={numbering}>
                      {(v) => <p>{v}</p>}
                    </Fact>
                  ) : null}
                  {hasValue(p, 'payDetails') ? (
                    <Fact fact={factOf(p, 'payDetails')} numbering={numbering}>
                      {(v) => <Paragraphs items={v} />}
                    </Fact>
                  ) : null}
                </div>
              ) : null}
            </div>
          ))}
        </Columns>
      ) : null}
    </Section>
  );
}
