/**
 * The answer first: what a job seeker asks of a comparison, in plain
 * sentences and in the visitor's order. Four answers, each comparing like
 * with like or saying why it cannot (pay-figures.ts, demand-figures.ts):
 *
 *   pay         who earns more and by how much, in dollars and percent
 *   demand      job growth, number of jobs, openings each year
 *   getting-in  typical entry education, experience and training, time to become
 *   skills      how many skills they share, and which
 *
 * then one short line naming what neither occupation's pages report. For
 * three or four occupations, rankings.ts gives the same answers as rankings.
 */
import { durationMonths, formatChange, formatCount, formatDuration, formatPay } from '../format';
import type { Profile } from '../profile-schema';
import { compareSkills, skillPhrase } from './compare-skills';
import { growthOf, jobsOf, sameKind, type Measured } from './demand-figures';
import { educationRank, entryEducationPhrase } from './entry-education';
import { commonPay, payFigures, type PayFigure } from './pay-figures';
import { measureWords, payAmount, payMeasure, paySource, sourcesNote } from './pay-words';
import { agree, possessive } from './title-grammar';

export type SummaryTopic = 'pay' | 'demand' | 'getting-in' | 'skills' | 'missing';

export interface SummaryLine {
  topic: SummaryTopic;
  text: string;
}

export function listTitles(profiles: readonly Profile[]): string {
  const titles = profiles.map((p) => p.title);
  if (titles.length <= 2) return titles.join(' and ');
  return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}

function others(profiles: readonly Profile[], have: readonly Profile[]): Profile[] {
  return profiles.filter((p) => !have.includes(p));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// ---------------------------------------------------------------------------
// Pay

/**
 * Who earns more, like with like, as data: the figures of the measure most
 * occupations share, highest first, or why there is no winner. The long and
 * short sentences below (the page, a description, a share image) are both
 * written from this, so they always agree.
 */
type PayOutcome =
  | { kind: 'ranked'; known: { profile: Profile; figure: PayFigure }[]; gap: number; rest: Profile[] }
  | { kind: 'same'; known: { profile: Profile; figure: PayFigure }[]; rest: Profile[] }
  | { kind: 'unsettled'; known: { profile: Profile; figure: PayFigure }[]; rest: Profile[] }
  | { kind: 'not-compared' }
  | { kind: 'none' };

function payOutcome(profiles: readonly Profile[]): PayOutcome {
  const group = commonPay(profiles);
  if (!group) return { kind: 'none' };
  const known = profiles
    .flatMap((profile, i) => {
      const figure = group.figures[i];
      return figure ? [{ profile, figure }] : [];
    })
    .sort((a, b) => b.figure.amount - a.figure.amount);
  if (known.length < 2) return { kind: 'not-compared' };
  const rest = others(profiles, known.map((k) => k.profile));
  const top = known[0];
  const bottom = known[known.length - 1];
  if (!top || !bottom) return { kind: 'not-compared' };
  // A lower bound below or level with another figure settles nothing; only exact lower figures do.
  if (!known.slice(1).every((k) => k.figure.bound === 'exact')) return { kind: 'unsettled', known, rest };
  if (top.figure.amount === bottom.figure.amount && top.figure.bound === 'exact') return { kind: 'same', known, rest };
  return { kind: 'ranked', known, gap: top.figure.amount - bottom.figure.amount, rest };
}

/** "$23,860 (23.4%)" or, above a lower bound, "at least $59,990". */
function gapText(top: PayFigure, bottom: PayFigure, gap: number): string {
  const amount = formatPay({ ...top, amount: gap, bound: 'exact' });
  if (top.bound === 'at-least') return `at least ${amount}`;
  return bottom.amount > 0 ? `${amount} (${((gap / bottom.amount) * 100).toFixed(1)}%)` : amount;
}

/** Who earns more, like with like, or why it cannot be said; undefined when no occupation reports pay. */
export function payAnswer(profiles: readonly Profile[]): string | undefined {
  const outcome = payOutcome(profiles);
  if (outcome.kind === 'none' || outcome.kind === 'not-compared') return differentMeasures(profiles);
  const { known } = outcome;
  const top = known[0];
  const bottom = known[known.length - 1];
  if (!top || !bottom) return differentMeasures(profiles);
  const rest = outcome.rest
    .map((p) => {
      const [own] = payFigures(p);
      return own ? ` For ${p.title} the pages give a different measure: ${payAmount(own)} (${payMeasure(own)}).` : ` Pay is not reported for ${p.title}.`;
    })
    .join('');
  const sources = sourcesNote(known.map((k) => k.figure));
  const words = measureWords(top.figure);
  if (outcome.kind === 'unsettled') {
    const listed = known.map((k) => `${k.profile.title} ${payAmount(k.figure)}`).join(', ');
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}${top.figure.year === undefined ? '' : `, ${top.figure.year}`}: ${listed}. A figure given only as a lower bound ("at least") cannot say which is higher.${sources}${rest}`;
  }
  if (outcome.kind === 'same') return `${listTitles(known.map((k) => k.profile))} pay the same ${words}: ${payAmount(top.figure)}.${sources}${rest}`;
  const at = `at ${formatPay({ ...bottom.figure, bound: 'exact' })}`;
  const earns = agree(top.profile.title, 'earns', 'earn');
  const gap = gapText(top.figure, bottom.figure, outcome.gap);
  if (known.length === 2) return `${top.profile.title} ${earns} more: ${payAmount(top.figure)} (${payMeasure(top.figure)}), ${gap} more than ${bottom.profile.title} ${at}.${sources}${rest}`;
  return `${top.profile.title} ${earns} the most: ${payAmount(top.figure)} (${payMeasure(top.figure)}), ${gap} more than ${bottom.profile.title}, which ${agree(bottom.profile.title, 'earns', 'earn')} the least ${at}.${sources}${rest}`;
}

/**
 * The pay answer in a few words, for a description or a share image:
 * "Actuaries earn 23.4% more than Financial Analysts: $125,770 against
 * $101,910 a year (median pay, 2024)". Undefined unless every
 * occupation has a figure of one measure and one of them earns more.
 */
export function payHeadline(profiles: readonly Profile[]): string | undefined {
  const outcome = payOutcome(profiles);
  if (outcome.kind !== 'ranked' || outcome.rest.length > 0) return undefined;
  const top = outcome.known[0];
  const bottom = outcome.known[outcome.known.length - 1];
  if (!top || !bottom) return undefined;
  const earns = agree(top.profile.title, 'earns', 'earn');
  const against = `${formatPay({ ...top.figure, bound: top.figure.bound })} against ${payAmount(bottom.figure)}`;
  // The percent alone says the difference in few words; above a lower bound only dollars can.
  const gap = top.figure.bound === 'exact' && bottom.figure.amount > 0 ? `${((outcome.gap / bottom.figure.amount) * 100).toFixed(1)}%` : gapText(top.figure, bottom.figure, outcome.gap);
  return `${top.profile.title} ${earns} ${gap} more than ${bottom.profile.title}: ${against} (${payMeasure(top.figure)})`;
}

/** No two occupations share a measure: each figure is shown with its measure, none compared. */
function differentMeasures(profiles: readonly Profile[]): string | undefined {
  const reported = profiles.flatMap((p) => {
    const [own] = payFigures(p);
    return own ? [{ profile: p, figure: own }] : [];
  });
  const [only] = reported;
  if (!only) return undefined;
  const notReported = others(profiles, reported.map((r) => r.profile));
  if (reported.length === 1) {
    return `Pay is reported only for ${only.profile.title}: ${payAmount(only.figure)} (${measureWords(only.figure)}, ${paySource(only.figure)}); not reported for ${listTitles(notReported)}.`;
  }
  const measures = new Set(reported.map((r) => r.figure.measure));
  const why = measures.size > 1 ? 'a median and an average are different measures' : 'pay by the year and pay by the hour are different measures';
  const figures = reported.map((r: { profile: Profile; figure: PayFigure }) => `${possessive(r.profile.title)} ${measureWords(r.figure)} is ${payAmount(r.figure)} (${paySource(r.figure)})`);
  const list = figures.length === 2 ? figures.join(' and ') : `${figures.slice(0, -1).join(', ')} and ${figures[figures.length - 1]}`;
  const rest = notReported.length > 0 ? ` Pay is not reported for ${listTitles(notReported)}.` : '';
  return `${list}: ${why}, so they are not compared.${rest}`;
}

// ---------------------------------------------------------------------------
// Demand

/** "A has the faster projected job growth: +22% (projected 2024–34), against B +6%." */
function growthSentence(profiles: readonly Profile[]): string | undefined {
  const have = profiles.map(growthOf).filter((m) => m !== undefined);
  if (have.length === 0) return undefined;
  const { same, different } = sameKind(have);
  const [first] = same;
  if (same.length < 2 || !first) {
    if (have.length === 1 && first) return `Job growth is reported only for ${first.profile.title} (${formatChange(first.value)}${first.kind === 'growth rate' ? '' : `, ${first.note}`}).`;
    return `Job growth is not compared like with like: ${have.map((m) => `${m.profile.title} ${formatChange(m.value)} (${m.note})`).join('; ')}.`;
  }
  const sorted = [...same].sort((a, b) => b.value - a.value);
  const top = sorted[0] ?? first;
  const differentNote = different.map((m) => ` ${possessive(m.profile.title)} ${formatChange(m.value)} (${m.note}) is a different measure.`).join('');
  const when = same.every((m) => m.note === first.note) && first.kind !== 'growth rate' ? ` (${first.note})` : '';
  if (sorted.every((r) => r.value === top.value)) return `${listTitles(same.map((m) => m.profile))} have the same projected job growth: ${formatChange(top.value)}${when}.${differentNote}`;
  const leaders = sorted.filter((r) => r.value === top.value);
  const rest = sorted.filter((r) => r.value !== top.value).map((r) => `${r.profile.title} ${formatChange(r.value)}`).join(', ');
  const fastest = same.length === 2 ? 'faster' : 'fastest';
  const who = leaders.length === 1 ? `${top.profile.title} ${agree(top.profile.title, 'has', 'have')}` : `${listTitles(leaders.map((l) => l.profile))} have`;
  return `${who} the ${fastest} projected job growth: ${formatChange(top.value)}${when}, against ${rest}.${differentNote}`;
}

/** "B has more jobs in 2024: 429,000, against 33,600 for A (12.8 times as many)." */
function jobsSentence(profiles: readonly Profile[]): string | undefined {
  const have = profiles.map(jobsOf).filter((m): m is Measured => m !== undefined);
  if (have.length === 0) return undefined;
  const { same, different } = sameKind(have);
  const [first] = same;
  if (same.length < 2 || !first) {
    if (have.length === 1 && first) return `The number of jobs is reported only for ${first.profile.title} (${formatCount(first.value)}${first.kind === 'number of jobs' ? '' : ` ${first.note.replace(/^jobs /, '')}`}).`;
    return `The number of jobs is not compared like with like: ${have.map((m) => `${m.profile.title} ${formatCount(m.value)} (${m.note})`).join('; ')}.`;
  }
  const sorted = [...same].sort((a, b) => b.value - a.value);
  const top = sorted[0] ?? first;
  const bottom = sorted[sorted.length - 1] ?? first;
  const differentNote = different.map((m) => ` ${possessive(m.profile.title)} ${formatCount(m.value)} (${m.note}) is a different measure.`).join('');
  const when = first.kind.startsWith('employment') && same.every((m) => m.kind === first.kind) ? ` in ${first.kind.slice('employment '.length)}` : '';
  if (top.value === bottom.value) return `${listTitles(same.map((m) => m.profile))} have the same number of jobs${when}: ${formatCount(top.value)}.${differentNote}`;
  const times = bottom.value > 0 ? ` (${(top.value / bottom.value).toFixed(1)} times as many)` : '';
  return `${top.profile.title} ${agree(top.profile.title, 'has', 'have')} ${same.length === 2 ? 'more' : 'the most'} jobs${when}: ${formatCount(top.value)}, against ${formatCount(bottom.value)} for ${bottom.profile.title}${times}.${differentNote}`;
}

/** "B has more openings each year: about 29,900, against 2,400 for A (12.5 times as many)." */
function openingsSentence(profiles: readonly Profile[]): string | undefined {
  const have = profiles
    .flatMap((p) => {
      const openings = p.facts.annualOpenings?.value;
      return openings === null || openings === undefined ? [] : [{ p, openings }];
    })
    .sort((a, b) => b.openings - a.openings);
  const top = have[0];
  const bottom = have[have.length - 1];
  if (!top || !bottom) return undefined;
  if (have.length === 1) return `About ${formatCount(top.openings)} openings a year are projected for ${top.p.title}.`;
  if (top.openings === bottom.openings) return `${listTitles(have.map((h) => h.p))} have about as many openings a year: ${formatCount(top.openings)}.`;
  const times = bottom.openings > 0 ? ` (${(top.openings / bottom.openings).toFixed(1)} times as many)` : '';
  const more = have.length === 2 ? 'more' : 'the most';
  return `${top.p.title} ${agree(top.p.title, 'has', 'have')} ${more} openings a year: about ${formatCount(top.openings)}, against ${formatCount(bottom.openings)} for ${bottom.p.title}${times}.`;
}

export function demandAnswer(profiles: readonly Profile[]): string | undefined {
  const parts = [growthSentence(profiles), jobsSentence(profiles), openingsSentence(profiles)].filter((s) => s !== undefined);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

// ---------------------------------------------------------------------------
// Getting in: typical entry education, experience and training (Handbook), time to become (comparison pages)

function educationSentence(profiles: readonly Profile[]): string | undefined {
  const have = profiles.flatMap((profile) => {
    const level = profile.facts.entryEducation?.value;
    return level ? [{ profile, level }] : [];
  });
  const [first] = have;
  if (!first) return undefined;
  if (have.length === 1) return `${first.profile.title} typically ${agree(first.profile.title, 'needs', 'need')} ${entryEducationPhrase(first.level)} to enter.`;
  if (have.every((h) => h.level === first.level)) return `${listTitles(have.map((h) => h.profile))} typically need the same education to enter: ${entryEducationPhrase(first.level)}.`;
  const ranked = have.map((h) => ({ ...h, rank: educationRank(h.level) }));
  const each = have.map((h) => `${entryEducationPhrase(h.level)} for ${h.profile.title}`).join(', ');
  if (ranked.some((r) => r.rank === undefined)) return `Typical entry education: ${each}.`;
  const sorted = [...ranked].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const least = sorted[0];
  const most = sorted[sorted.length - 1];
  if (!least || !most) return `Typical entry education: ${each}.`;
  if (have.length === 2) return `${least.profile.title} ${agree(least.profile.title, 'needs', 'need')} less schooling to enter: ${entryEducationPhrase(least.level)}, against ${entryEducationPhrase(most.level)} for ${most.profile.title}.`;
  return `${least.profile.title} ${agree(least.profile.title, 'needs', 'need')} the least schooling to enter and ${most.profile.title} the most: ${each}.`;
}

/**
 * What the Handbook asks besides schooling (related work experience,
 * on-the-job training), said as a difference: "Only Actuaries ask for
 * on-the-job training (long-term)". Nothing when every side says "None".
 */
function preparationSentence(profiles: readonly Profile[]): string | undefined {
  const parts: string[] = [];
  for (const [key, what] of [
    ['relatedExperience', 'work experience in a related occupation'],
    ['jobTraining', 'on-the-job training'],
  ] as const) {
    const have = profiles.flatMap((p) => {
      const value = p.facts[key]?.value;
      return value ? [{ p, value, none: /^none$/i.test(value) }] : [];
    });
    const asking = have.filter((h) => !h.none);
    const [first] = asking;
    if (!first) continue;
    const value = (h: { value: string }) => lowerFirst(h.value).replace(/ on-the-job training$/, '');
    if (asking.length === profiles.length && asking.every((h) => h.value === first.value)) parts.push(`${profiles.length === 2 ? 'Both' : 'All'} ask for ${what}: ${value(first)}.`);
    else if (asking.length === 1 && have.length === profiles.length) parts.push(`Only ${first.p.title} ${agree(first.p.title, 'asks', 'ask')} for ${what} (${value(first)}).`);
    else parts.push(`${what.charAt(0).toUpperCase()}${what.slice(1)}: ${asking.map((h) => `${value(h)} for ${h.p.title}`).join(', ')}.`);
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function timeSentence(profiles: readonly Profile[]): string | undefined {
  const have = profiles.flatMap((profile) => {
    const value = profile.facts.timeToBecome?.value;
    return value ? [{ profile, value }] : [];
  });
  const [only] = have;
  if (!only) return undefined;
  if (have.length === 1) return `It usually takes ${formatDuration(only.value)} to become ${only.profile.title}; the time is not reported for ${listTitles(others(profiles, [only.profile]))}.`;
  const sorted = [...have].sort(
    (a, b) => durationMonths(a.value, 'max') - durationMonths(b.value, 'max') || durationMonths(a.value, 'min') - durationMonths(b.value, 'min'),
  );
  const quickest = sorted[0] ?? only;
  const slowest = sorted[sorted.length - 1] ?? only;
  if (sorted.every((s) => formatDuration(s.value) === formatDuration(quickest.value))) {
    return `${have.length === profiles.length ? 'Each' : `${listTitles(have.map((h) => h.profile))} each`} usually takes ${formatDuration(quickest.value)} to become.`;
  }
  if (have.length === 2) return `${quickest.profile.title} ${agree(quickest.profile.title, 'is', 'are')} quicker to become (${formatDuration(quickest.value)}) than ${slowest.profile.title} (${formatDuration(slowest.value)}).`;
  const rest = sorted.slice(1).map((s) => `${s.profile.title} ${formatDuration(s.value)}`).join(', ');
  return `${quickest.profile.title} ${agree(quickest.profile.title, 'is', 'are')} the quickest to become (${formatDuration(quickest.value)}); then ${rest}.`;
}

export function gettingInAnswer(profiles: readonly Profile[]): string | undefined {
  const parts = [educationSentence(profiles), preparationSentence(profiles), timeSentence(profiles)].filter((s) => s !== undefined);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

// ---------------------------------------------------------------------------
// Skills

export function skillsAnswer(profiles: readonly Profile[]): string | undefined {
  const { shared, own } = compareSkills(profiles);
  const counts = profiles.map((p, i) => ({ p, count: shared.length + (own[i]?.length ?? 0) }));
  const listed = counts.filter((c) => c.count > 0);
  if (listed.length === 0) return undefined;
  if (listed.length < profiles.length) return `Skills are on record only for ${listTitles(listed.map((c) => c.p))}.`;
  const all = profiles.length === 2 ? 'both' : 'all of them';
  if (shared.length === 0) return `No skills in common on record (${counts.map((c) => `${c.count} for ${c.p.title}`).join(', ')}).`;
  return `${shared.length === 1 ? 'One skill is' : `${shared.length} skills are`} needed in ${all}: ${skillPhrase(shared)}.`;
}

// ---------------------------------------------------------------------------
// What no occupation reports

/** Facts a job seeker looks for, by the words the missing line uses. */
const LOOKED_FOR: readonly [string, (p: Profile) => boolean][] = [
  ['job satisfaction', (p) => typeof p.facts.jobSatisfaction?.value === 'number'],
  ['gender', (p) => Boolean(p.facts.genderSplit?.value)],
  ['average age', (p) => typeof p.facts.averageAge?.value === 'number'],
  ['race and ethnicity', (p) => Boolean(p.facts.raceRatio?.value)],
  ['LGBT share', (p) => typeof p.facts.lgbtPercentage?.value === 'number'],
];

/** Writes the answers, for two occupations; see rankings.ts for three or four. */
export function writeSummary(profiles: readonly Profile[]): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const missing: string[] = [];
  const add = (topic: SummaryTopic, text: string | undefined, otherwise: string) => {
    if (text) lines.push({ topic, text });
    else missing.push(otherwise);
  };
  add('pay', payAnswer(profiles), 'pay');
  add('demand', demandAnswer(profiles), 'job growth, number of jobs');
  add('getting-in', gettingInAnswer(profiles), 'entry education, time to become');
  add('skills', skillsAnswer(profiles), 'skills');
  if (!profiles.some((p) => p.facts.timeToBecome?.value) && lines.some((l) => l.topic === 'getting-in')) missing.push('time to become');
  for (const [words, has] of LOOKED_FOR) if (!profiles.some(has)) missing.push(words);
  if (missing.length > 0) {
    const who = profiles.length === 2 ? 'Neither source reports' : 'None of the sources reports';
    lines.push({ topic: 'missing', text: `${who}: ${missing.join(', ')}.` });
  }
  return lines;
}
