/**
 * Which pay figure compares with which. A median is not an average, a 2024
 * Handbook median is not a comparison site's undated one, and a lower bound
 * ("≥ $239,200") is not a figure: every pay figure a profile holds is named
 * here with its measure, period, year and source, and two occupations are
 * compared only on figures of the same measure and period. When Handbook
 * medians sit beside a comparison site's averages, this is where it is
 * decided which figure compares with which.
 */
import type { FactKey, HeadlinePay, PageFormat, Profile } from '../profile-schema';

export type PayMeasure = HeadlinePay['measure'];
export type PaySource = PageFormat;

/** A pay figure with what it measures (see HeadlinePay), and the fact it is read from. */
export interface PayFigure extends HeadlinePay {
  fact: FactKey;
}

/**
 * The format of the pages a fact cites (the first page's: a fact's pages
 * share its value); a profile edited by hand may cite a page it does not
 * list, and then its first page's format stands in.
 */
function sourceOf(profile: Profile, fact: { sources: readonly { file: string }[] } | undefined): PaySource | undefined {
  if (!fact) return undefined;
  const file = fact.sources[0]?.file;
  return (profile.sources.find((s) => s.file === file) ?? profile.sources[0])?.format;
}

/**
 * Every pay figure of a profile, in the order they are preferred for a
 * headline and a comparison: dated medians, then averages, then undated
 * medians; yearly before hourly.
 */
function payFigures(profile: Profile): PayFigure[] {
  const f = profile.facts;
  const out: PayFigure[] = [];
  const median = f.medianPay?.value;
  const medianSource = sourceOf(profile, f.medianPay);
  if (median && medianSource) {
    const year = median.year === undefined ? {} : { year: median.year };
    if (median.yearly) out.push({ measure: 'median', period: 'year', ...median.yearly, ...year, source: medianSource, fact: 'medianPay' });
    if (median.hourly) out.push({ measure: 'median', period: 'hour', ...median.hourly, ...year, source: medianSource, fact: 'medianPay' });
  }
  const average = f.averageSalary?.value;
  const averageSource = sourceOf(profile, f.averageSalary);
  if (average !== null && average !== undefined && averageSource) out.push({ measure: 'average', period: 'year', amount: average, bound: 'exact', source: averageSource, fact: 'averageSalary' });
  const hourly = f.hourlyRate?.value;
  const hourlySource = sourceOf(profile, f.hourlyRate);
  if (hourly !== null && hourly !== undefined && hourlySource) out.push({ measure: 'average', period: 'hour', amount: hourly, bound: 'exact', source: hourlySource, fact: 'hourlyRate' });
  const articleMedian = f.medianSalary?.value;
  const articleSource = sourceOf(profile, f.medianSalary);
  if (articleMedian && articleSource) {
    out.push({ measure: 'median', period: 'year', amount: articleMedian.yearly, bound: 'exact', source: articleSource, fact: 'medianSalary' });
    if (articleMedian.hourly !== null) out.push({ measure: 'median', period: 'hour', amount: articleMedian.hourly, bound: 'exact', source: articleSource, fact: 'medianSalary' });
  }
  // Yearly before hourly, keeping the measure order within each.
  return [...out.filter((p) => p.period === 'year'), ...out.filter((p) => p.period === 'hour')];
}

/** An occupation's own figure, stated when nothing compares it: its most comparable one. */
export function ownPay(profile: Profile): PayFigure | undefined {
  return payFigures(profile)[0];
}

/** Its first yearly figure in the same preference, for how close two occupations' pay is. */
export function yearlyPay(profile: Profile): number | undefined {
  return payFigures(profile).find((f) => f.period === 'year')?.amount;
}

/** The figure to list an occupation with: its own figure, as the index keeps it. */
export function headlinePay(profile: Profile): HeadlinePay | undefined {
  const first = ownPay(profile);
  if (!first) return undefined;
  const { fact: _fact, ...pay } = first;
  return pay;
}

/** Sources as readers know them. */
export const PAY_SOURCE_NAMES: Record<PaySource, string> = {
  'handbook-profile': 'Occupational Outlook Handbook',
  'pair-page': 'comparison pages',
  'career-article': 'career guide',
};

const KEY_PREFERENCE = ['median year', 'average year', 'median hour', 'average hour'];

/**
 * For two to four occupations: the measure and period most of them have
 * (ties: medians before averages, yearly before hourly), and each one's
 * figure of it, preferring the source and year most of the others use.
 * Occupations without such a figure get undefined: they are not compared.
 */
export function commonPay(profiles: readonly Profile[]): { measure: PayMeasure; period: 'year' | 'hour'; figures: (PayFigure | undefined)[] } | undefined {
  const all = profiles.map(payFigures);
  const counts = new Map<string, number>();
  for (const figures of all) for (const key of new Set(figures.map((f) => `${f.measure} ${f.period}`))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const best = [...counts.entries()].sort((x, y) => y[1] - x[1] || KEY_PREFERENCE.indexOf(x[0]) - KEY_PREFERENCE.indexOf(y[0]))[0];
  if (!best) return undefined;
  const [key] = best;
  const candidates = all.map((figures) => figures.filter((f) => `${f.measure} ${f.period}` === key));
  const sources = new Map<string, number>();
  for (const list of candidates) for (const s of new Set(list.map((f) => `${f.source} ${f.year ?? ''}`))) sources.set(s, (sources.get(s) ?? 0) + 1);
  const score = (f: PayFigure) => -(sources.get(`${f.source} ${f.year ?? ''}`) ?? 0) * 2 + (f.bound === 'exact' ? 0 : 1);
  const figures = candidates.map((list) => [...list].sort((x, y) => score(x) - score(y))[0]);
  const [measure, period] = key.split(' ');
  return { measure: measure === 'average' ? 'average' : 'median', period: period === 'hour' ? 'hour' : 'year', figures };
}

/**
 * How two figures of one measure and period compare: above 0 when `a` is
 * higher, below 0 when lower, 0 when equal; undefined when a lower bound
 * leaves it open. A lower bound settles only when it is above an exact
 * figure: "at least $239,200" against $239,200 may be the same pay.
 */
export function payOrder(a: PayFigure, b: PayFigure): number | undefined {
  if (a.bound === 'exact' && b.bound === 'exact') return a.amount - b.amount;
  if (a.bound === 'at-least' && b.bound === 'exact' && a.amount > b.amount) return a.amount - b.amount;
  if (b.bound === 'at-least' && a.bound === 'exact' && b.amount > a.amount) return a.amount - b.amount;
  return undefined;
}
