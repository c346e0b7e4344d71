import type { FactValue, Profile } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { formatChange, formatCount, formatPayPerPeriod, formatPercent, formatSignedCount, formatSpan } from '@/lib/format';
import { hasValue } from '@/lib/compare/reported';
import { Fact } from '@/components/facts/fact';
import { Paragraphs } from '@/components/facts/paragraphs';
import { factOf, factRow } from './fact-row';
import { annualOpeningsRow, countInYear, growthRateRow, jobsRow, numberOfJobsRow, outlookRow, projectedGrowthRow } from './figure-rows';
import { FactsTable } from './facts-table';
import { Columns, Section } from './section';


type Specialty = FactValue<'specialties'>[number];

function specialtyPay(s: Specialty): string {
  return s.medianPay ? formatPayPerPeriod(s.medianPay) : '';
}

/** The narrower occupations a Handbook page covers, with their jobs, growth and median pay. */
function Specialties({ profile, numbering }: { profile: Profile; numbering: SourceNumbering }) {
  return (
    <Fact fact={factOf(profile, 'specialties')} numbering={numbering}>
      {(list) => (
        <details className="more">
          <summary>{list.length} specialties</summary>
          <div className="table-scroll">
            <table className="mini-table">
              <caption className="visually-hidden">Specialties of {profile.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Specialty</th>
                  <th scope="col">Jobs</th>
                  <th scope="col">Growth</th>
                  <th scope="col">Median pay</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.title}>
                    <th scope="row">
                      {s.title}
                      {s.socCode ? <span className="row-note">SOC {s.socCode}</span> : null}
                    </th>
                    <td>{s.employment ? formatCount(s.employment.count) : ''}</td>
                    <td>{s.projectedGrowth ? formatChange(s.projectedGrowth.percent) : ''}</td>
                    <td>{specialtyPay(s)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </Fact>
  );
}

function Employers({ profile, numbering }: { profile: Profile; numbering: SourceNumbering }) {
  return (
    <Fact fact={factOf(profile, 'largestEmployers')} numbering={numbering}>
      {(list) => (
        <table className="mini-table">
          <caption>Largest employers</caption>
          <tbody>
            {list.map((e) => (
              <tr key={e.employer}>
                <th scope="row">{e.employer}</th>
                <td>{formatPercent(e.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Fact>
  );
}

/** How many work in each occupation, where it is heading, and why. */
export function OutlookSection({ profiles, numbering }: { profiles: readonly Profile[]; numbering: SourceNumbering }) {
  const withColumns = profiles.some((p) => hasValue(p, 'outlook') || hasValue(p, 'largestEmployers') || hasValue(p, 'specialties'));
  return (
    <Section id="outlook" title="Jobs and outlook">
      <FactsTable
        caption="Jobs and outlook"
        profiles={profiles}
        rows={[
          jobsRow(numbering),
          factRow(numbering, 'projectedEmployment', 'Projected jobs', countInYear, 'Occupational Outlook Handbook'),
          factRow(numbering, 'employmentChange', 'Change in jobs', (v) => `${formatSignedCount(v.count)} (${formatSpan(v)})`, 'Occupational Outlook Handbook'),
          projectedGrowthRow(numbering),
          annualOpeningsRow(numbering),
          numberOfJobsRow(numbering),
          growthRateRow(numbering),
          outlookRow(numbering),
          factRow(numbering, 'socCode', 'SOC code', (v) => v, 'Standard Occupational Classification'),
        ]}
      />
      {withColumns ? (
        <Columns count={profiles.length}>
          {profiles.map((p) => (
            <div key={p.slug} className="column">
              <h3 className="column-title">{p.title}</h3>
              {hasValue(p, 'outlook') ? (
                <div className="prose">
                  <Fact fact={factOf(p, 'outlook')} numbering={numbering}>
                    {(o) => (
                      <>
                        <p>{o.sentence}</p>
                        {o.details.length > 0 ? (
                          <details className="more">
                            <summary>Why</summary>
                            <Paragraphs items={o.details} />
                          </details>
                        ) : null}
                      </>
                    )}
                  </Fact>
                </div>
              ) : null}
              {hasValue(p, 'largestEmployers') ? <Employers profile={p} numbering={numbering} /> : null}
              {hasValue(p, 'specialties') ? <Specialties profile={p} numbering={numbering} /> : null}
            </div>
          ))}
        </Columns>
      ) : null}
    </Section>
  );
}
