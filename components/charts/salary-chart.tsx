import type { Profile } from '@/lib/profile-schema';
import { formatMoney, formatPay } from '@/lib/format';
import { niceMax, percentOf, ticks } from '@/lib/compare/scale';
import { possessive } from '@/lib/compare/title-grammar';

interface Marker {
  amount: number;
  atLeast: boolean;
  /** "2024", "career guide": said after the figure. */
  from: string;
}

interface Row {
  title: string;
  /** The middle 80% of earners (Handbook) or a salary range (comparison pages). */
  band?: { min: number; max: number; kind: 'percentiles' | 'range' };
  median?: Marker;
  average?: Marker;
  top10?: number;
}

/** What a profile says of yearly pay, by measure: medians are never drawn as averages, nor the reverse. */
function rowOf(p: Profile): Row {
  const f = p.facts;
  const row: Row = { title: p.title };
  const percentiles = f.wagePercentiles?.value;
  const range = f.salaryRange?.value;
  if (percentiles && percentiles.period === 'year') row.band = { min: percentiles.low10.amount, max: percentiles.high10.amount, kind: 'percentiles' };
  else if (range) row.band = { ...range, kind: 'range' };
  const handbookMedian = f.medianPay?.value?.yearly;
  const articleMedian = f.medianSalary?.value?.yearly;
  if (handbookMedian) row.median = { amount: handbookMedian.amount, atLeast: handbookMedian.bound === 'at-least', from: String(f.medianPay?.value?.year ?? 'Handbook') };
  else if (articleMedian !== undefined) row.median = { amount: articleMedian, atLeast: false, from: 'career guide' };
  const average = f.averageSalary?.value;
  if (average !== null && average !== undefined) row.average = { amount: average, atLeast: false, from: 'comparison pages' };
  const top10 = f.top10Salary?.value?.yearly;
  if (top10 !== undefined) row.top10 = top10;
  return row;
}

function markerText(name: string, m: Marker): string {
  return `${name} ${m.atLeast ? 'at least ' : ''}${formatMoney(m.amount)} (${m.from})`;
}

function figures(row: Row): string[] {
  return [
    row.median ? markerText('median', row.median) : undefined,
    row.average ? markerText('average', row.average) : undefined,
    row.band
      ? `${row.band.kind === 'percentiles' ? '10th to 90th percentile' : 'salary range'} ${formatMoney(row.band.min)} to ${formatMoney(row.band.max)}`
      : undefined,
    row.top10 !== undefined ? `top 10% ${formatMoney(row.top10)}` : undefined,
  ].filter((v) => v !== undefined);
}

const compactMoney = (n: number) => (n >= 1000 ? `$${Math.round(n / 1000)}k` : `$${n}`);

function hasYearly(row: Row): boolean {
  return row.band !== undefined || row.median !== undefined || row.average !== undefined || row.top10 !== undefined;
}

/** Pay given only by the hour cannot sit on a yearly scale: said in words instead. */
function hourlyOnly(p: Profile): string | undefined {
  const hourly = p.facts.medianPay?.value?.hourly;
  if (!hourly || p.facts.medianPay?.value?.yearly) return undefined;
  return `${possessive(p.title)} pay is given only by the hour (median ${formatPay({ ...hourly, period: 'hour' })}), so it is not on this yearly scale.`;
}

/**
 * Yearly pay, every occupation on one scale from $0 so lengths compare
 * honestly: a band for the middle 80% of earners (or the salary range a
 * comparison site gives), a diamond for a median, a dot for an average. A
 * median known only as a lower bound is drawn open, with an arrow.
 */
export function SalaryChart({ profiles }: { profiles: readonly Profile[] }) {
  const rows = profiles.map(rowOf);
  const notes = profiles.map(hourlyOnly).filter((n) => n !== undefined);
  const values = rows.flatMap((r) => [r.band?.max, r.median?.amount, r.average?.amount, r.top10].filter((v) => v !== undefined));
  if (values.length === 0) return notes.length > 0 ? <p className="muted">{notes.join(' ')}</p> : null;
  const max = niceMax(values);
  return (
    <figure className="salary-chart">
      <figcaption>
        Yearly pay, all on one scale starting at zero.{' '}
        <span className="legend">
          <svg className="legend-mark median" width="12" height="12" aria-hidden="true">
            <rect x="2" y="2" width="8" height="8" transform="rotate(45 6 6)" />
          </svg>{' '}
          median{' '}
          <svg className="legend-mark average" width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="5" />
          </svg>{' '}
          average{' '}
          <svg className="legend-mark band" width="18" height="10" aria-hidden="true">
            <rect x="0" y="1" width="18" height="8" rx="3" />
          </svg>{' '}
          middle 80% of earners, or the salary range a comparison site gives
        </span>
      </figcaption>
      <ul className="salary-rows">
        {rows.map((row) => (
          <li key={row.title}>
            <span className="salary-row-title">
              {row.title}
              <span className="salary-row-figures" aria-hidden="true">
                {figures(row).join(' · ') || 'no yearly figure'}
              </span>
            </span>
            {hasYearly(row) ? (
              <svg className="bar-strip" role="img" aria-label={`${row.title}: ${figures(row).join(', ')}`} width="100%" height="28">
                <rect className="track" x="0" y="12" width="100%" height="4" rx="2" />
                {row.band ? (
                  <rect className={`band ${row.band.kind}`} x={percentOf(row.band.min, max)} y="6" width={percentOf(row.band.max - row.band.min, max)} height="16" rx="4" />
                ) : null}
                {row.top10 !== undefined ? <rect className="tick top10" x={percentOf(row.top10, max)} y="2" width="3" height="24" /> : null}
                {row.average ? <circle className="average" cx={percentOf(row.average.amount, max)} cy="14" r="7" /> : null}
                {row.median ? (
                  <svg x={percentOf(row.median.amount, max)} y="0" width="28" height="28" overflow="visible">
                    <rect className={`median${row.median.atLeast ? ' at-least' : ''}`} x="-7" y="7" width="14" height="14" transform="rotate(45 0 14)" />
                    {row.median.atLeast ? <path className="at-least-arrow" d="M 10 14 H 24 M 19 9 L 24 14 L 19 19" /> : null}
                  </svg>
                ) : null}
              </svg>
            ) : null}
          </li>
        ))}
      </ul>
      <svg className="axis" width="100%" height="20" aria-hidden="true">
        {ticks(max).map((t, i, all) => (
          <text key={t} x={percentOf(t, max)} y="14" textAnchor={i === 0 ? 'start' : i === all.length - 1 ? 'end' : 'middle'}>
            {compactMoney(t)}
          </text>
        ))}
      </svg>
      {notes.length > 0 ? <p className="muted chart-note">{notes.join(' ')}</p> : null}
    </figure>
  );
}
