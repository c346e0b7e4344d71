/**
 * The answer first: what a job seeker asks of a comparison of two
 * occupations, in plain sentences and in the visitor's order. Four answers,
 * each comparing like with like or saying why it cannot (pay-figures.ts,
 * demand-figures.ts):
 *
 *   pay         who earns more and by how much, in dollars and percent
 *   demand      job growth, number of jobs, openings each year
 *   getting-in  typical entry education, experience and training, time to become
 *   skills      how many skills they share, and which
 *
 * An answer with nothing to say is left out: the tables below name what
 * neither occupation reports. For three or four occupations, rankings.ts
 * gives the same answers as rankings. Who earns more is its own module
 * (who-earns-more.ts): descriptions and share images say it too.
 */
import { durationMonths, formatChange, formatCount, formatDuration } from '../format';
import { joinSentences, lowerFirst, upperFirst } from '../text/prose';
import { compareSkills, skillPhrase } from './compare-skills';
import { growthOf, jobsOf } from './demand-figures';
import { educationRank, entryEducationPhrase } from './entry-education';
import { known, listTitles, type Pair } from './reported';
import { agree } from './title-grammar';
import { payAnswer } from './who-earns-more';

export type SummaryTopic = 'pay' | 'demand' | 'getting-in' | 'skills';

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
function growthSentence(pair: Pair): string | undefined {
  const have = pair.map(growthOf).filter((m) => m !== undefined);
  const [first, second] = have;
  if (!first) return undefined;
  if (!second) return `Job growth is reported only for ${first.profile.title} (${formatChange(first.value)}${first.kind === 'growth rate' ? '' : `, ${first.note}`}).`;
  if (first.kind !== second.kind) return `Job growth is not compared like with like: ${have.map((m) => `${m.profile.title} ${formatChange(m.value)} (${m.note})`).join('; ')}.`;
  const when = first.note === second.note && first.kind !== 'growth rate' ? ` (${first.note})` : '';
  if (first.value === second.value) return `${listTitles(pair)} have the same projected job growth: ${formatChange(first.value)}${when}.`;
  const [top, bottom] = first.value > second.value ? [first, second] : [second, first];
  return `${top.profile.title} ${agree(top.profile.title, 'has', 'have')} the faster projected job growth: ${formatChange(top.value)}${when}, against ${bottom.profile.title} ${formatChange(bottom.value)}.`;
}

/** "B has more jobs in 2024: 429,000, against 33,600 for A (12.8 times as many)." */
function jobsSentence(pair: Pair): string | undefined {
  const have = pair.map(jobsOf).filter((m) => m !== undefined);
  const [first, second] = have;
  if (!first) return undefined;
  if (!second) return `The number of jobs is reported only for ${first.profile.title} (${formatCount(first.value)}${first.kind === 'number of jobs' ? '' : ` ${first.note.replace(/^jobs /, '')}`}).`;
  if (first.kind !== second.kind) return `The number of jobs is not compared like with like: ${have.map((m) => `${m.profile.title} ${formatCount(m.value)} (${m.note})`).join('; ')}.`;
  const when = first.kind.startsWith('employment') ? ` in ${first.kind.slice('employment '.length)}` : '';
  if (first.value === second.value) return `${listTitles(pair)} have the same number of jobs${when}: ${formatCount(first.value)}.`;
  const [top, bottom] = first.value > second.value ? [first, second] : [second, first];
  return `${top.profile.title} ${agree(top.profile.title, 'has', 'have')} more jobs${when}: ${formatCount(top.value)}, against ${formatCount(bottom.value)} for ${bottom.profile.title}${timesAsMany(top.value, bottom.value)}.`;
}

/** "B has more openings each year: about 29,900, against 2,400 for A (12.5 times as many)." */
function openingsSentence(pair: Pair): string | undefined {
  const [first, second] = known(pair, (p) => p.facts.annualOpenings?.value);
  if (!first) return undefined;
  if (!second) return `About ${formatCount(first.value)} openings a year are projected for ${first.profile.title}.`;
  if (first.value === second.value) return `${listTitles(pair)} have about as many openings a year: ${formatCount(first.value)}.`;
  const [top, bottom] = first.value > second.value ? [first, second] : [second, first];
  return `${top.profile.title} ${agree(top.profile.title, 'has', 'have')} more openings a year: about ${formatCount(top.value)}, against ${formatCount(bottom.value)} for ${bottom.profile.title}${timesAsMany(top.value, bottom.value)}.`;
}

function demandAnswer(pair: Pair): string | undefined {
  return joinSentences([growthSentence(pair), jobsSentence(pair), openingsSentence(pair)]);
}

// ---------------------------------------------------------------------------
// Getting in: typical entry education, experience and training (Handbook), time to become (comparison pages)

function educationSentence(pair: Pair): string | undefined {
  const have = known(pair, (p) => p.facts.entryEducation?.value);
  const [first, second] = have;
  if (!first) return undefined;
  if (!second) return `${first.profile.title} typically ${agree(first.profile.title, 'needs', 'need')} ${entryEducationPhrase(first.value)} to enter.`;
  if (first.value === second.value) return `${listTitles(pair)} typically need the same education to enter: ${entryEducationPhrase(first.value)}.`;
  const rankFirst = educationRank(first.value);
  const rankSecond = educationRank(second.value);
  if (rankFirst === undefined || rankSecond === undefined) return `Typical entry education: ${have.map((h) => `${entryEducationPhrase(h.value)} for ${h.profile.title}`).join(', ')}.`;
  // Equal ranks keep the order asked for.
  const [least, most] = rankSecond < rankFirst ? [second, first] : [first, second];
  return `${least.profile.title} ${agree(least.profile.title, 'needs', 'need')} less schooling to enter: ${entryEducationPhrase(least.value)}, against ${entryEducationPhrase(most.value)} for ${most.profile.title}.`;
}

/**
 * What the Handbook asks besides schooling (related work experience,
 * on-the-job training), said as a difference: "Only Actuaries ask for
 * on-the-job training (long-term)". Nothing when every side says "None".
 */
function preparationSentence(pair: Pair): string | undefined {
  const parts: string[] = [];
  for (const [key, what] of [
    ['relatedExperience', 'work experience in a related occupation'],
    ['jobTraining', 'on-the-job training'],
  ] as const) {
    const have = known(pair, (p) => p.facts[key]?.value);
    const asking = have.filter((h) => !/^none$/i.test(h.value));
    const [first, second] = asking;
    if (!first) continue;
    const value = (h: { value: string }) => lowerFirst(h.value).replace(/ on-the-job training$/, '');
    if (second && second.value === first.value) parts.push(`Both ask for ${what}: ${value(first)}.`);
    else if (!second && have.length === 2) parts.push(`Only ${first.profile.title} ${agree(first.profile.title, 'asks', 'ask')} for ${what} (${value(first)}).`);
    else parts.push(`${upperFirst(what)}: ${asking.map((h) => `${value(h)} for ${h.profile.title}`).join(', ')}.`);
  }
  return joinSentences(parts);
}

function timeSentence(pair: Pair): string | undefined {
  const have = known(pair, (p) => p.facts.timeToBecome?.value);
  const [first, second] = have;
  if (!first) return undefined;
  if (!second) {
    const other = pair[0] === first.profile ? pair[1] : pair[0];
    return `It usually takes ${formatDuration(first.value)} to become ${first.profile.title}; the time is not reported for ${other.title}.`;
  }
  if (formatDuration(first.value) === formatDuration(second.value)) return `Each usually takes ${formatDuration(first.value)} to become.`;
  const longer = (a: typeof first, b: typeof first) => durationMonths(a.value, 'max') - durationMonths(b.value, 'max') || durationMonths(a.value, 'min') - durationMonths(b.value, 'min');
  // Equal spans keep the order asked for.
  const [quickest, slowest] = longer(second, first) < 0 ? [second, first] : [first, second];
  return `${quickest.profile.title} ${agree(quickest.profile.title, 'is', 'are')} quicker to become (${formatDuration(quickest.value)}) than ${slowest.profile.title} (${formatDuration(slowest.value)}).`;
}

function gettingInAnswer(pair: Pair): string | undefined {
  return joinSentences([educationSentence(pair), preparationSentence(pair), timeSentence(pair)]);
}

// ---------------------------------------------------------------------------
// Skills

function skillsAnswer(pair: Pair): string | undefined {
  const { shared, own } = compareSkills(pair);
  const counts = pair.map((p, i) => ({ p, count: shared.length + (own[i]?.length ?? 0) }));
  const listed = counts.filter((c) => c.count > 0);
  if (listed.length === 0) return undefined;
  if (listed.length < 2) return `Skills are on record only for ${listTitles(listed.map((c) => c.p))}.`;
  if (shared.length === 0) return `No skills in common on record (${counts.map((c) => `${c.count} for ${c.p.title}`).join(', ')}).`;
  return `${shared.length === 1 ? 'One skill is' : `${shared.length} skills are`} needed in both: ${skillPhrase(shared)}.`;
}

/** Writes the answers a pair has something to say for; see rankings.ts for three or four occupations. */
export function writeSummary(pair: Pair): SummaryLine[] {
  const answers: [SummaryTopic, string | undefined][] = [
    ['pay', payAnswer(pair)],
    ['demand', demandAnswer(pair)],
    ['getting-in', gettingInAnswer(pair)],
    ['skills', skillsAnswer(pair)],
  ];
  return answers.flatMap(([topic, text]) => (text ? [{ topic, text }] : []));
}
