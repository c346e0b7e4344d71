import type { FactKey, FactValue, Profile } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { formatHourly, formatMoney, formatPay, formatPayPerPeriod, formatRange } from '@/lib/format';
import { hasValue } from '@/lib/compare/reported';
import { Fact } from '@/components/facts/fact';
import { Paragraphs } from '@/components/facts/paragraphs';
import { SalaryChart } from '@/components/charts/salary-chart';
import { factOf, factRow } from './fact-row';
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

/** The facts shown in each occupation's column below the table. */
const COLUMN_FACTS: readonly FactKey[] = ['industryPay', 'salaryFactors', 'payDetails'];

/** One occupation's pay beyond the table: its median by industry, and what its pages say affects pay. */
function PayColumn({ profile, numbering }: { profile: Profile; numbering: SourceNumbering }) {
  const industries = hasValue(profile, 'industryPay');
  const factors = hasValue(profile, 'salaryFactors');
  const details = hasValue(profile, 'payDetails');
  return (
    <div className="column">
      <h3 className="column-title">{profile.title}</h3>
      {industries ? <IndustryPay profile={profile} numbering={numbering} /> : null}
      {!industries && !factors && !details ? <p className="muted">No more on pay.</p> : null}
      {factors || details ? (
        <div className="prose">
          {factors ? (
            <Fact fact={factOf(profile, 'salaryFactors')} numbering={numbering}>
              {(v) => <p>{v}</p>}
            </Fact>
          ) : null}
          {details ? (
            <Fact fact={factOf(profile, 'payDetails')} numbering={numbering}>
              {(v) => <Paragraphs items={v} />}
            </Fact>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export function SalarySection({ profiles, numbering }: { profiles: readonly Profile[]; numbering: SourceNumbering }) {
  const withColumns = profiles.some((p) => COLUMN_FACTS.some((key) => hasValue(p, key)));
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
      {withColumns ? (
        <Columns count={profiles.length}>
          {profiles.map((p) => (
            <PayColumn key={p.slug} profile={p} numbering={numbering} />
          ))}
        </Columns>
      ) : null}
    </Section>
  );
}
