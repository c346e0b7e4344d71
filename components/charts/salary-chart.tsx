import type { Profile } from '@/lib/profile-schema';
import { formatMoney } from '@/lib/format';
import { niceMax, percentOf, ticks } from '@/lib/compare/scale';

interface Row {
  title: string;
  range?: { min: number; max: number };
  average?: number;
  median?: number;
  top10?: number;
}

function rowOf(p: Profile): Row {
  return {
    title: p.title,
    range: p.facts.salaryRange?.value ?? undefined,
    average: p.facts.averageSalary?.value ?? undefined,
    median: p.facts.medianSalary?.value?.yearly ?? undefined,
    top10: p.facts.top10Salary?.value?.yearly ?? undefined,
  };
}

function describe(row: Row): string {
  const parts = [
    row.range ? `salary range ${formatMoney(row.range.min)} to ${formatMoney(row.range.max)}` : 'salary range not reported',
    row.average !== undefined ? `average ${formatMoney(row.average)}` : 'average not reported',
  ];
  if (row.median !== undefined) parts.push(`median ${formatMoney(row.median)}`);
  if (row.top10 !== undefined) parts.push(`top 10% ${formatMoney(row.top10)}`);
  return `${row.title}: ${parts.join(', ')}`;
}

const compactMoney = (n: number) => (n >= 1000 ? `$${Math.round(n / 1000)}k` : `$${n}`);

/**
 * Each occupation's salary range as a bar, its average as a dot, median and
 * top 10% as ticks, all on one scale from $0 so bars compare honestly.
 */
export function SalaryChart({ profiles }: { profiles: readonly Profile[] }) {
  const rows = profiles.map(rowOf);
  const values = rows.flatMap((r) => [r.range?.max, r.average, r.median, r.top10].filter((v) => v !== undefined));
  if (values.length === 0) return null;
  const max = niceMax(values);
  return (
    <figure className="salary-chart">
      <figcaption>Yearly pay on one scale: bar = salary range, dot = average, ticks = median and top 10%</figcaption>
      <ul className="salary-rows">
        {rows.map((row) => (
          <li key={row.title}>
            <span className="salary-row-title">
              {row.title}
              <span className="salary-row-figures" aria-hidden="true">
                {[
                  row.average !== undefined ? `avg ${formatMoney(row.average)}` : undefined,
                  row.range ? `${formatMoney(row.range.min)}–${formatMoney(row.range.max)}` : undefined,
                  row.median !== undefined ? `median ${formatMoney(row.median)}` : undefined,
                  row.top10 !== undefined ? `top 10% ${formatMoney(row.top10)}` : undefined,
                ]
                  .filter((v) => v !== undefined)
                  .join(' · ') || 'not reported'}
              </span>
            </span>
            <svg className="bar-strip" role="img" aria-label={describe(row)} width="100%" height="28">
              <rect className="track" x="0" y="12" width="100%" height="4" rx="2" />
              {row.range ? (
                <rect className="range" x={percentOf(row.range.min, max)} y="6" width={percentOf(row.range.max - row.range.min, max)} height="16" rx="4" />
              ) : null}
              {row.median !== undefined ? <rect className="tick median" x={percentOf(row.median, max)} y="2" width="3" height="24" /> : null}
              {row.top10 !== undefined ? <rect className="tick top10" x={percentOf(row.top10, max)} y="2" width="3" height="24" /> : null}
              {row.average !== undefined ? <circle className="average" cx={percentOf(row.average, max)} cy="14" r="7" /> : null}
            </svg>
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
    </figure>
  );
}
