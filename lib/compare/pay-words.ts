/**
 * Pay figures in sentences, said the same way everywhere: the amount with
 * its period ("$125,770 a year", "$21.69/hour", "at least $239,200 a
 * year"), what it measures ("median pay, 2024", "average salary") and where
 * it comes from ("Occupational Outlook Handbook, 2024").
 */
import { formatPay } from '../format';
import { PAY_SOURCE_NAMES, type PayFigure } from './pay-figures';

/** "$125,770 a year", "$21.69/hour"; a lower bound reads "at least …". `amount` and `bound` override the figure's (a difference). */
export function payAmount(figure: PayFigure, amount = figure.amount, bound = figure.bound): string {
  const text = formatPay({ amount, period: figure.period, bound: 'exact' });
  const bounded = bound === 'at-least' ? `at least ${text}` : text;
  return figure.period === 'year' ? `${bounded} a year` : bounded;
}

/** "median pay", "average salary", "median salary" (a career guide's). */
export function measureWords(figure: PayFigure): string {
  return figure.measure === 'average' ? 'average salary' : figure.source === 'career-article' ? 'median salary' : 'median pay';
}

/** "median pay, 2024", "average salary". */
export function payMeasure(figure: PayFigure): string {
  return `${measureWords(figure)}${figure.year === undefined ? '' : `, ${figure.year}`}`;
}

/** "Occupational Outlook Handbook, 2024", "comparison pages". */
export function paySource(figure: PayFigure): string {
  return `${PAY_SOURCE_NAMES[figure.source]}${figure.year === undefined ? '' : `, ${figure.year}`}`;
}

/** " The figures come from different sources (…; …)." when they do; otherwise nothing. */
export function sourcesNote(figures: readonly PayFigure[]): string {
  const names = [...new Set(figures.map(paySource))];
  return names.length < 2 ? '' : ` The figures come from different sources (${names.join('; ')}).`;
}
