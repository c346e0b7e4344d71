/**
 * Who earns more, like with like (pay-figures.ts decides which figure
 * compares with which), or why it cannot be said. The page's answer, the
 * short headline of a description or share image and a description's pay
 * sentence are all written from one outcome, so they always agree.
 */
import { formatPay, formatPayPerPeriod } from '../format';
import type { Profile } from '../profile-schema';
import { listWords, upperFirst } from '../text/prose';
import { commonPay, ownPay, type PayFigure } from './pay-figures';
import { measureWords, payAmount, payBasis, payMeasure, paySource, payWithYear, sourcesNote } from './pay-words';
import { known, listTitles, others, type Reported } from './reported';
import { agree, possessive } from './title-grammar';

/** The figures of the measure most occupations share, highest first, or why there is no winner. */
type PayOutcome =
  | { kind: 'ranked'; known: Reported<PayFigure>[]; gap: number; rest: Profile[] }
  | { kind: 'same'; known: Reported<PayFigure>[]; rest: Profile[] }
  | { kind: 'unsettled'; known: Reported<PayFigure>[]; rest: Profile[] }
  | { kind: 'not-compared' }
  | { kind: 'none' };

function payOutcome(profiles: readonly Profile[]): PayOutcome {
  const group = commonPay(profiles);
  if (!group) return { kind: 'none' };
  const ranked = known(profiles, (_, i) => group.figures[i]).sort((a, b) => b.value.amount - a.value.amount);
  if (ranked.length < 2) return { kind: 'not-compared' };
  const rest = others(profiles, ranked.map((k) => k.profile));
  const top = ranked[0];
  const bottom = ranked[ranked.length - 1];
  if (!top || !bottom) return { kind: 'not-compared' };
  // A lower bound below or level with another figure settles nothing; only exact lower figures do.
  if (!ranked.slice(1).every((k) => k.value.bound === 'exact')) return { kind: 'unsettled', known: ranked, rest };
  if (top.value.amount === bottom.value.amount && top.value.bound === 'exact') return { kind: 'same', known: ranked, rest };
  return { kind: 'ranked', known: ranked, gap: top.value.amount - bottom.value.amount, rest };
}

/** "23.4%": how much more `gap` is than `base`. */
function percentMore(gap: number, base: number): string {
  return `${((gap / base) * 100).toFixed(1)}%`;
}

/** "$23,860 (23.4%)" or, above a lower bound, "at least $59,990". */
function gapText(top: PayFigure, bottom: PayFigure, gap: number): string {
  const amount = formatPay({ ...top, amount: gap, bound: 'exact' });
  if (top.bound === 'at-least') return `at least ${amount}`;
  return bottom.amount > 0 ? `${amount} (${percentMore(gap, bottom.amount)})` : amount;
}

/** Who earns more, like with like, or why it cannot be said; undefined when no occupation reports pay. */
export function payAnswer(profiles: readonly Profile[]): string | undefined {
  const outcome = payOutcome(profiles);
  if (outcome.kind === 'none' || outcome.kind === 'not-compared') return differentMeasures(profiles);
  const ranked = outcome.known;
  const top = ranked[0];
  const bottom = ranked[ranked.length - 1];
  if (!top || !bottom) return differentMeasures(profiles);
  const rest = outcome.rest
    .map((p) => {
      const own = ownPay(p);
      return own ? ` For ${p.title} the pages give a different measure: ${payAmount(own)} (${payMeasure(own)}).` : ` Pay is not reported for ${p.title}.`;
    })
    .join('');
  const sources = sourcesNote(ranked.map((k) => k.value));
  if (outcome.kind === 'unsettled') {
    const listed = ranked.map((k) => `${k.profile.title} ${payAmount(k.value)}`).join(', ');
    return `${upperFirst(payMeasure(top.value))}: ${listed}. A figure given only as a lower bound ("at least") cannot say which is higher.${sources}${rest}`;
  }
  if (outcome.kind === 'same') return `${listTitles(ranked.map((k) => k.profile))} pay the same ${measureWords(top.value)}: ${payAmount(top.value)}.${sources}${rest}`;
  const at = `at ${formatPay({ ...bottom.value, bound: 'exact' })}`;
  const earns = agree(top.profile.title, 'earns', 'earn');
  const gap = gapText(top.value, bottom.value, outcome.gap);
  if (ranked.length === 2) return `${top.profile.title} ${earns} more: ${payAmount(top.value)} (${payMeasure(top.value)}), ${gap} more than ${bottom.profile.title} ${at}.${sources}${rest}`;
  return `${top.profile.title} ${earns} the most: ${payAmount(top.value)} (${payMeasure(top.value)}), ${gap} more than ${bottom.profile.title}, which ${agree(bottom.profile.title, 'earns', 'earn')} the least ${at}.${sources}${rest}`;
}

/** No two occupations share a measure: each figure is shown with its measure, none compared. */
function differentMeasures(profiles: readonly Profile[]): string | undefined {
  const reported = known(profiles, ownPay);
  const [only] = reported;
  if (!only) return undefined;
  const notReported = others(profiles, reported.map((r) => r.profile));
  if (reported.length === 1) {
    return `Pay is reported only for ${only.profile.title}: ${payAmount(only.value)} (${measureWords(only.value)}, ${paySource(only.value)}); not reported for ${listTitles(notReported)}.`;
  }
  const measures = new Set(reported.map((r) => r.value.measure));
  const why = measures.size > 1 ? 'a median and an average are different measures' : 'pay by the year and pay by the hour are different measures';
  const figures = reported.map((r) => `${possessive(r.profile.title)} ${measureWords(r.value)} is ${payAmount(r.value)} (${paySource(r.value)})`);
  const rest = notReported.length > 0 ? ` Pay is not reported for ${listTitles(notReported)}.` : '';
  return `${listWords(figures)}: ${why}, so they are not compared.${rest}`;
}

/**
 * The pay answer in a few words, for a description or a share image:
 * "Actuaries earn 23.4% more than Financial Analysts: $125,770 against
 * $101,910 a year (median pay, 2024)". Undefined unless every
 * occupation has a figure of one measure and one of them earns more.
 */
export function payHeadline(profiles: readonly Profile[]): string | undefined {
  return headlineOf(payOutcome(profiles));
}

/** The headline of an outcome already worked out (payInBrief needs the outcome too). */
function headlineOf(outcome: PayOutcome): string | undefined {
  if (outcome.kind !== 'ranked' || outcome.rest.length > 0) return undefined;
  const top = outcome.known[0];
  const bottom = outcome.known[outcome.known.length - 1];
  if (!top || !bottom) return undefined;
  const earns = agree(top.profile.title, 'earns', 'earn');
  const against = `${formatPay(top.value)} against ${payAmount(bottom.value)}`;
  // The percent alone says the difference in few words; above a lower bound only dollars can.
  const gap = top.value.bound === 'exact' && bottom.value.amount > 0 ? percentMore(outcome.gap, bottom.value.amount) : gapText(top.value, bottom.value, outcome.gap);
  return `${top.profile.title} ${earns} ${gap} more than ${bottom.profile.title}: ${against} (${payMeasure(top.value)})`;
}

/**
 * A description's pay sentence: for a pair, the headline; for three or
 * four, the ranking in short; when the figures are of different measures,
 * each stated compactly with its measure and no winner named. '' when no
 * occupation reports pay.
 */
export function payInBrief(profiles: readonly Profile[]): string {
  const outcome = payOutcome(profiles);
  const headline = profiles.length === 2 ? headlineOf(outcome) : undefined;
  if (headline) return `${headline}.`;
  const top = outcome.kind === 'ranked' ? outcome.known[0] : undefined;
  const bottom = outcome.kind === 'ranked' ? outcome.known[outcome.known.length - 1] : undefined;
  if (outcome.kind === 'ranked' && outcome.rest.length === 0 && outcome.gap !== 0 && top && bottom) {
    return `${top.profile.title} ${agree(top.profile.title, 'earns', 'earn')} the most (${formatPayPerPeriod(top.value)}, ${payBasis(top.value)}) and ${bottom.profile.title} the least (${formatPay(bottom.value)}).`;
  }
  const stated = known(profiles, ownPay);
  if (stated.length === 0) return '';
  const missing = others(profiles, stated.map((s) => s.profile));
  const figures = stated.map(({ profile, value }) => `${profile.title}: ${value.measure} ${payWithYear(value)}`);
  const different = stated.length > 1 ? '; different measures, not compared' : '';
  return `${figures.join('; ')}${missing.length > 0 ? `; pay for ${listTitles(missing)} is not reported` : ''}${different}.`;
}
