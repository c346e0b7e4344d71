/**
 * Who earns more, like with like (pay-figures.ts decides which figure
 * compares with which), or why it cannot be said. The page's answer, the
 * short headline of a description or share image and a description's pay
 * sentence are all written from one outcome, so they always agree.
 */
import { formatPay, formatPayPerPeriod } from '../format';
import type { Profile } from '../profile-schema';
import { listWords, upperFirst } from '../text/prose';
import { commonPay, ownPay, payOrder, type PayFigure } from './pay-figures';
import { measureWords, payAmount, payBasis, payMeasure, paySource, payWithYear, sourcesNote } from './pay-words';
import { known, listTitles, others, type Pair, type Reported } from './reported';
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
  // Highest first, each figure settled against the next (payOrder: a lower bound settles only above an exact figure).
  const settled = ranked.every((k, i) => {
    const above = ranked[i - 1];
    return !above || payOrder(above.value, k.value) !== undefined;
  });
  if (!settled) return { kind: 'unsettled', known: ranked, rest };
  if (top.value.amount === bottom.value.amount) return { kind: 'same', known: ranked, rest };
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

/** Who earns more of two, like with like, or why it cannot be said; undefined when neither reports pay. */
export function payAnswer(pair: Pair): string | undefined {
  const outcome = payOutcome(pair);
  // Any other outcome ranks both: of two, none is left over to note.
  if (outcome.kind === 'none' || outcome.kind === 'not-compared') return differentMeasures(pair);
  const [top, bottom] = outcome.known;
  if (!top || !bottom) return differentMeasures(pair);
  const sources = sourcesNote([top.value, bottom.value]);
  if (outcome.kind === 'unsettled') {
    return `${upperFirst(payMeasure(top.value))}: ${top.profile.title} ${payAmount(top.value)}, ${bottom.profile.title} ${payAmount(bottom.value)}. A figure given only as a lower bound ("at least") cannot say which is higher.${sources}`;
  }
  if (outcome.kind === 'same') return `${listTitles([top.profile, bottom.profile])} pay the same ${measureWords(top.value)}: ${payAmount(top.value)}.${sources}`;
  const at = `at ${formatPay({ ...bottom.value, bound: 'exact' })}`;
  return `${top.profile.title} ${agree(top.profile.title, 'earns', 'earn')} more: ${payAmount(top.value)} (${payMeasure(top.value)}), ${gapText(top.value, bottom.value, outcome.gap)} more than ${bottom.profile.title} ${at}.${sources}`;
}

/** The two do not share a measure, or only one reports pay: each figure is shown with its measure, none compared. */
function differentMeasures(pair: Pair): string | undefined {
  const reported = known(pair, ownPay);
  const [only, second] = reported;
  if (!only) return undefined;
  if (!second) {
    const other = pair[0] === only.profile ? pair[1] : pair[0];
    return `Pay is reported only for ${only.profile.title}: ${payAmount(only.value)} (${measureWords(only.value)}, ${paySource(only.value)}); not reported for ${other.title}.`;
  }
  const why = only.value.measure !== second.value.measure ? 'a median and an average are different measures' : 'pay by the year and pay by the hour are different measures';
  const figures = reported.map((r) => `${possessive(r.profile.title)} ${measureWords(r.value)} is ${payAmount(r.value)} (${paySource(r.value)})`);
  return `${listWords(figures)}: ${why}, so they are not compared.`;
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
