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
 * Who earns more is its own module (who-earns-more.ts): descriptions and
 * share images say it too.
 */
import { durationMonths, formatChange, formatCount, formatDuration } from '../format';
import type { FactKey, Profile } from '../profile-schema';
import { joinSentences, lowerFirst, upperFirst } from '../text/prose';
import { compareSkills, skillPhrase } from './compare-skills';
import { growthOf, jobsOf, sameKind, type Measured } from './demand-figures';
import { educationRank, entryEducationPhrase } from './entry-education';
import { hasValue, known, listTitles, others } from './reported';
import { agree, possessive } from './title-grammar';
import { payAnswer } from './who-earns-more';

export type SummaryTopic = 'pay' | 'demand' | 'getting-in' | 'skills' | 'missing';

export interface SummaryLine {
  topic: SummaryTopic;
  text: string;
}

// ---------------------------------------------------------------------------
// Demand

/** " (12.8 times as many)", or nothing when the smaller figure is 0. */
function timesAsMany(top: number, bottom: number): string {
  return bottom > 0 ? ` (${(top / bottom).toFixed(1)} times as many)` : '';
}

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
  return `${top.profile.title} ${agree(top.profile.title, 'has', 'have')} ${same.length === 2 ? 'more' : 'the most'} jobs${when}: ${formatCount(top.value)}, against ${formatCount(bottom.value)} for ${bottom.profile.title}${timesAsMany(top.value, bottom.value)}.${differentNote}`;
}

/** "B has more openings each year: about 29,900, against 2,400 for A (12.5 times as many)." */
function openingsSentence(profiles: readonly Profile[]): string | undefined {
  const have = known(profiles, (p) => p.facts.annualOpenings?.value).sort((a, b) => b.value - a.value);
  const top = have[0];
  const bottom = have[have.length - 1];
  if (!top || !bottom) return undefined;
  if (have.length === 1) return `About ${formatCount(top.value)} openings a year are projected for ${top.profile.title}.`;
  if (top.value === bottom.value) return `${listTitles(have.map((h) => h.profile))} have about as many openings a year: ${formatCount(top.value)}.`;
  const more = have.length === 2 ? 'more' : 'the most';
  return `${top.profile.title} ${agree(top.profile.title, 'has', 'have')} ${more} openings a year: about ${formatCount(top.value)}, against ${formatCount(bottom.value)} for ${bottom.profile.title}${timesAsMany(top.value, bottom.value)}.`;
}

function demandAnswer(profiles: readonly Profile[]): string | undefined {
  return joinSentences([growthSentence(profiles), jobsSentence(profiles), openingsSentence(profiles)]);
}

// ---------------------------------------------------------------------------
// Getting in: typical entry education, experience and training (Handbook), time to become (comparison pages)

function educationSentence(profiles: readonly Profile[]): string | undefined {
  const have = known(profiles, (p) => p.facts.entryEducation?.value);
  const [first] = have;
  if (!first) return undefined;
  if (have.length === 1) return `${first.profile.title} typically ${agree(first.profile.title, 'needs', 'need')} ${entryEducationPhrase(first.value)} to enter.`;
  if (have.every((h) => h.value === first.value)) return `${listTitles(have.map((h) => h.profile))} typically need the same education to enter: ${entryEducationPhrase(first.value)}.`;
  const ranked = have.map((h) => ({ ...h, rank: educationRank(h.value) }));
  const each = have.map((h) => `${entryEducationPhrase(h.value)} for ${h.profile.title}`).join(', ');
  if (ranked.some((r) => r.rank === undefined)) return `Typical entry education: ${each}.`;
  const sorted = [...ranked].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const least = sorted[0];
  const most = sorted[sorted.length - 1];
  if (!least || !most) return `Typical entry education: ${each}.`;
  if (have.length === 2) return `${least.profile.title} ${agree(least.profile.title, 'needs', 'need')} less schooling to enter: ${entryEducationPhrase(least.value)}, against ${entryEducationPhrase(most.value)} for ${most.profile.title}.`;
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
    const have = known(profiles, (p) => p.facts[key]?.value);
    const asking = have.filter((h) => !/^none$/i.test(h.value));
    const [first] = asking;
    if (!first) continue;
    const value = (h: { value: string }) => lowerFirst(h.value).replace(/ on-the-job training$/, '');
    if (asking.length === profiles.length && asking.every((h) => h.value === first.value)) parts.push(`${profiles.length === 2 ? 'Both' : 'All'} ask for ${what}: ${value(first)}.`);
    else if (asking.length === 1 && have.length === profiles.length) parts.push(`Only ${first.profile.title} ${agree(first.profile.title, 'asks', 'ask')} for ${what} (${value(first)}).`);
    else parts.push(`${upperFirst(what)}: ${asking.map((h) => `${value(h)} for ${h.profile.title}`).join(', ')}.`);
  }
  return joinSentences(parts);
}

function timeSentence(profiles: readonly Profile[]): string | undefined {
  const have = known(profiles, (p) => p.facts.timeToBecome?.value);
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

function gettingInAnswer(profiles: readonly Profile[]): string | undefined {
  return joinSentences([educationSentence(profiles), preparationSentence(profiles), timeSentence(profiles)]);
}

// ---------------------------------------------------------------------------
// Skills

function skillsAnswer(profiles: readonly Profile[]): string | undefined {
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
const LOOKED_FOR: readonly [string, FactKey][] = [
  ['job satisfaction', 'jobSatisfaction'],
  ['gender', 'genderSplit'],
  ['average age', 'averageAge'],
  ['race and ethnicity', 'raceRatio'],
  ['LGBT share', 'lgbtPercentage'],
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
  const noneReports = (key: FactKey) => !profiles.some((p) => hasValue(p, key));
  if (noneReports('timeToBecome') && lines.some((l) => l.topic === 'getting-in')) missing.push('time to become');
  for (const [words, key] of LOOKED_FOR) if (noneReports(key)) missing.push(words);
  if (missing.length > 0) {
    const who = profiles.length === 2 ? 'Neither source reports' : 'None of the sources reports';
    lines.push({ topic: 'missing', text: `${who}: ${missing.join(', ')}.` });
  }
  return lines;
}
