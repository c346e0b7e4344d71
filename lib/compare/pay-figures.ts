/**
 * Which pay figure compares with which. A median is not an average, a 2024
 * Handbook median is not a comparison site's undated one, and a lower bound
 * ("≥ $239,200") is not a figure: every pay figure a profile holds is named
 * here with its measure, period, year and source, and two occupations are
 * compared only on figures of the same measure and period.
 *
 *   payFigures(profile): PayFigure[]            every figure, most comparable first
 *   headlinePay(profile): PayFigure | undefined the one figure to list an occupation with
 *   comparePay(a, b): PayComparison             like with like, or why not
 */
import type { FactKey, HeadlinePay, PageFormat, Profile } from '../profile-schema';

export type PayMeasure = HeadlinePay['measure'];
export type PaySource = PageFormat;

/** A pay figure with what it measures (see HeadlinePay), and the fact it is read from. */
export interface PayFigure extends HeadlinePay {
  fact: FactKey;
}

/** The format of the pages a fact cites (the first page's; a fact's pages share its value). */
function sourceOf(profile: Profile, fact: { sources: readonly { file: string }[] } | undefined): PaySource | undefined {
  const file = fact?.sources[0]?.file;
  return profile.sources.find((s) => s.file === file)?.format;
}

/**
 * Every pay figure of a profile, in the order they are preferred for a
 * headline and a comparison: dated medians, then averages, then undated
 * medians; yearly before hourly.
 */
export function payFigures(profile: Profile): PayFigure[] {
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

/** The figure to list an occupation with: its most comparable one, as the index keeps it. */
export function headlinePay(profile: Profile): HeadlinePay | undefined {
  const first = payFigures(profile)[0];
  if (!first) return undefined;
  const { fact: _fact, ...pay } = first;
  return pay;
}

export type PayComparison =
  /** Both have a figure of the same measure and period: `a` and `b` compare. */
  | { kind: 'comparable'; a: PayFigure; b: PayFigure; sameSource: boolean; sameYear: boolean }
  /** Both have figures, but of different measures (or periods): shown side by side, never compared. */
  | { kind: 'different-measures'; a: PayFigure; b: PayFigure }
  /** One side or both have no pay figure at all. */
  | { kind: 'missing'; a?: PayFigure; b?: PayFigure };

function rank(x: PayFigure, y: PayFigure): number {
  // Lower is better: the same source, then the same year, then exact figures.
  return (x.source === y.source ? 0 : 4) + (x.year === y.year ? 0 : 2) + (x.bound === 'exact' && y.bound === 'exact' ? 0 : 1);
}

/**
 * The best like-for-like pair of figures for two occupations: the same
 * measure and period, preferring the same source and year, and exact figures
 * over lower bounds. Without one, their headline figures, marked as
 * different measures.
 */
export function comparePay(a: Profile, b: Profile): PayComparison {
  const fa = payFigures(a);
  const fb = payFigures(b);
  const [ha] = fa;
  const [hb] = fb;
  if (!ha || !hb) return { kind: 'missing', ...(ha ? { a: ha } : {}), ...(hb ? { b: hb } : {}) };
  let best: { x: PayFigure; y: PayFigure; score: number } | undefined;
  for (const x of fa) {
    for (const y of fb) {
      if (x.measure !== y.measure || x.period !== y.period) continue;
      // Yearly pairs always beat hourly ones.
      const score = rank(x, y) + (x.period === 'hour' ? 8 : 0);
      if (!best || score < best.score) best = { x, y, score };
    }
  }
  if (!best) return { kind: 'different-measures', a: ha, b: hb };
  return { kind: 'comparable', a: best.x, b: best.y, sameSource: best.x.source === best.y.source, sameYear: best.x.year === best.y.year };
}

/** Sources as readers know them. */
export const PAY_SOURCE_NAMES: Record<PaySource, string> = {
  'handbook-profile': 'Occupational Outlook Handbook',
  'pair-page': 'comparison pages',
  'career-article': 'career guide',
};

/** "median, 2024, Occupational Outlook Handbook" / "average, comparison pages". */
export function describePayFigure(figure: PayFigure): string {
  return [figure.measure, figure.year === undefined ? undefined : String(figure.year), PAY_SOURCE_NAMES[figure.source]].filter((p) => p !== undefined).join(', ');
}
