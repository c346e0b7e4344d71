/**
 * Pay figures in sentences, said the same way everywhere: the amount with
 * its period ("$125,770 a year", "$21.69/hour", "at least $239,200 a
 * year"), what it measures ("median pay, 2024", "average salary") and where
 * it comes from ("Occupational Outlook Handbook, 2024").
 */
import { formatPayPerPeriod } from '../format';
import type { HeadlinePay } from '../profile-schema';
import { withYear } from '../text/prose';
import { PAY_SOURCE_NAMES, type PayFigure } from './pay-figures';

/** "$125,770 a year", "$21.69/hour"; a lower bound reads "at least …". `amount` and `bound` override the figure's (a difference). */
export function payAmount(figure: PayFigure, amount = figure.amount, bound = figure.bound): string {
  const text = formatPayPerPeriod({ amount, period: figure.period, bound: 'exact' });
  return bound === 'at-least' ? `at least ${text}` : text;
}

/** "$125,770 a year (2024)", "≥ $239,200 a year", "$21.69/hour": the figure with its year, compactly. */
export function payWithYear(figure: PayFigure): string {
  return `${formatPayPerPeriod(figure)}${figure.year === undefined ? '' : ` (${figure.year})`}`;
}

/** "median pay", "average salary", "median salary" (a career guide's). */
export function measureWords(figure: PayFigure): string {
  return figure.measure === 'average' ? 'average salary' : figure.source === 'career-article' ? 'median salary' : 'median pay';
}

/** "median pay, 2024", "average salary". */
export function payMeasure(figure: PayFigure): string {
  return withYear(measureWords(figure), figure.year);
}

/** "Occupational Outlook Handbook, 2024", "comparison pages". */
export function paySource(figure: PayFigure): string {
  return withYear(PAY_SOURCE_NAMES[figure.source], figure.year);
}

/** " The figures come from different sources (…; …)." when they do; otherwise nothing. */
export function sourcesNote(figures: readonly PayFigure[]): string {
  const names = [...new Set(figures.map(paySource))];
  return names.length < 2 ? '' : ` The figures come from different sources (${names.join('; ')}).`;
}

/** What a headline figure measures, for lists: "median, 2024" or "average". */
export function payBasis(pay: HeadlinePay): string {
  return withYear(pay.measure, pay.year);
}

/** "$37,540 a year (average)", "≥ $239,200 a year (median, 2024)", "$21.69/hour (median, 2024)", or "Pay not reported". */
export function payLine(pay: HeadlinePay | null | undefined): string {
  return pay ? `${formatPayPerPeriod(pay)} (${payBasis(pay)})` : 'Pay not reported';
}
