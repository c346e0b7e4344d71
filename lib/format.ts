/**
 * Display formatting shared by pages. en-US because the data is US pay.
 * Every formatter takes a present value; "Not reported" is decided by the caller
 * through `NOT_REPORTED`, so a missing fact can never print as 0, NaN or "null".
 */
import type { FactValue } from './profile-schema';

export const NOT_REPORTED = 'Not reported';

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatMoney(value: number): string {
  return dollars.format(value);
}

export function formatHourly(value: number): string {
  return `${cents.format(value)}/hour`;
}

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatNumber(value: number): string {
  return oneDecimal.format(value);
}

/** A share or rate: "43%", "29.7%". */
export function formatPercent(value: number): string {
  return `${oneDecimal.format(value)}%`;
}

/** A signed change: "+5%", "-4%", "0%". */
export function formatChange(value: number): string {
  return `${value > 0 ? '+' : ''}${oneDecimal.format(value)}%`;
}

export function formatDuration(d: FactValue<'timeToBecome'>): string {
  const unit = d.min === d.max && d.max === 1 ? d.unit.replace(/s$/, '') : d.unit;
  return d.min === d.max ? `${formatNumber(d.min)} ${unit}` : `${formatNumber(d.min)}–${formatNumber(d.max)} ${unit}`;
}

export function formatRange(r: FactValue<'salaryRange'>): string {
  return `${formatMoney(r.min)} – ${formatMoney(r.max)}`;
}

/** Duration in months, for comparing "6–12 months" with "1–2 years". */
export function durationMonths(d: FactValue<'timeToBecome'>, end: 'min' | 'max'): number {
  const perUnit = { days: 1 / 30, weeks: 12 / 52, months: 1, years: 12 } as const;
  return d[end] * perUnit[d.unit];
}

/** The one salary figure to headline an occupation with: the average, else the median. */
export function headlineSalary(entry: { averageSalary: number | null; medianSalary: number | null }): { amount: string; basis: 'average' | 'median' } | undefined {
  if (entry.averageSalary !== null) return { amount: formatMoney(entry.averageSalary), basis: 'average' };
  if (entry.medianSalary !== null) return { amount: formatMoney(entry.medianSalary), basis: 'median' };
  return undefined;
}

/** "$37,540 a year", "$41,475 a year (median)", or "Salary not reported". */
export function salaryLine(entry: { averageSalary: number | null; medianSalary: number | null }): string {
  const salary = headlineSalary(entry);
  if (!salary) return 'Salary not reported';
  return salary.basis === 'average' ? `${salary.amount} a year` : `${salary.amount} a year (median)`;
}
