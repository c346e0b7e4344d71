/**
 * Display formatting shared by pages. en-US because the data is US pay.
 * Every formatter takes a present value; "Not reported" is decided by the caller
 * through `NOT_REPORTED`, so a missing fact can never print as 0, NaN or "null".
 */
import type { FactValue } from './profile-schema';
import { lowerFirst } from './text/prose';

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

/** An amount of pay, by the year or the hour, exact or a lower bound. */
export interface PayAmount {
  amount: number;
  period: 'year' | 'hour';
  bound: 'exact' | 'at-least';
}

/** A pay figure as people read it: "$41,475", "$21.69/hour", and a lower bound as "≥ $239,200". */
export function formatPay(pay: PayAmount): string {
  const amount = pay.period === 'hour' ? formatHourly(pay.amount) : formatMoney(pay.amount);
  return pay.bound === 'at-least' ? `≥ ${amount}` : amount;
}

/** The same with its period said: "$41,475 a year", "$21.69/hour", "≥ $239,200 a year". */
export function formatPayPerPeriod(pay: PayAmount): string {
  const amount = formatPay(pay);
  return pay.period === 'year' ? `${amount} a year` : amount;
}

/** The Handbook's median pay: "$125,770 a year · $60.47/hour", a lower bound as "≥ $239,200 a year". */
export function formatMedianPay(pay: FactValue<'medianPay'>): string {
  const parts: string[] = [];
  if (pay.yearly) parts.push(formatPayPerPeriod({ ...pay.yearly, period: 'year' }));
  if (pay.hourly) parts.push(formatPay({ ...pay.hourly, period: 'hour' }));
  return parts.join(' · ');
}

/** A signed count: "+7,300", "-1,300", "0". */
export function formatSignedCount(value: number): string {
  return `${value > 0 ? '+' : ''}${formatCount(value)}`;
}

/** "+22% (much faster than average)", or "-4%" when the page gives no words. */
export function formatProjectedGrowth(growth: { percent: number; words?: string }): string {
  const words = growth.words ? ` (${lowerFirst(growth.words)})` : '';
  return `${formatChange(growth.percent)}${words}`;
}

/** "2024–34". */
export function formatSpan(span: { from: number; to: number }): string {
  return `${span.from}–${String(span.to).slice(-2)}`;
}
