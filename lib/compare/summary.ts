/**
 * The "at a glance" summary, written from the profiles alone: who earns
 * more and by how much, faster growth, more jobs, the way in. Each line
 * compares like with like (a median with a median, the Handbook's 2024–34
 * projection with another such projection) or says why it cannot; facts no
 * occupation reports are named together on one last line.
 */
import { durationMonths, formatChange, formatCount, formatDuration, formatPay } from '../format';
import type { Profile } from '../profile-schema';
import { entryEducationPhrase, educationRank } from './entry-education';
import { commonPay, PAY_SOURCE_NAMES, payFigures, type PayFigure } from './pay-figures';
import { agree, possessive } from './title-grammar';

export type SummaryTopic = 'salary' | 'growth' | 'jobs' | 'education' | 'time' | 'missing';

export interface SummaryLine {
  topic: SummaryTopic;
  text: string;
}

/** A topic's line, or the name of what no occupation reports (gathered into the last line). */
type Written = { text: string } | { missing: string };

function listTitles(profiles: readonly Profile[]): string {
  const titles = profiles.map((p) => p.title);
  if (titles.length <= 2) return titles.join(' and ');
  return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function others(profiles: readonly Profile[], have: readonly Profile[]): Profile[] {
  return profiles.filter((p) => !have.includes(p));
}

/** " Not reported for X." for the occupations a comparison had to leave out. */
function leftOut(profiles: readonly Profile[], have: readonly Profile[], what: string): string {
  const missing = others(profiles, have);
  return missing.length === 0 ? '' : ` ${capitalise(what)} is not reported for ${listTitles(missing)}.`;
}

// ---------------------------------------------------------------------------
// Pay

/** "average salary" for the comparison sites' averages, "median pay" for medians. */
function measureWords(figure: PayFigure): string {
  return figure.measure === 'average' ? 'average salary' : figure.source === 'career-article' ? 'median salary' : 'median pay';
}

/** "$125,770 a year", "$21.69/hour", "at least $239,200 a year". */
function payAmount(figure: PayFigure, amount = figure.amount): string {
  const text = formatPay({ ...figure, amount, bound: 'exact' });
  const bounded = figure.bound === 'at-least' ? `at least ${text}` : text;
  return figure.period === 'year' ? `${bounded} a year` : bounded;
}

/** "(average salary)", "(median pay, 2024)". */
function measureNote(figure: PayFigure): string {
  return `(${measureWords(figure)}${figure.year === undefined ? '' : `, ${figure.year}`})`;
}

/** "Occupational Outlook Handbook, 2024", "comparison pages". */
function sourceName(figure: PayFigure): string {
  return `${PAY_SOURCE_NAMES[figure.source]}${figure.year === undefined ? '' : `, ${figure.year}`}`;
}

function sourceNote(figures: readonly PayFigure[]): string {
  const names = [...new Set(figures.map(sourceName))];
  return names.length < 2 ? '' : ` The figures come from different sources (${names.join('; ')}).`;
}

function salaryLine(profiles: readonly Profile[]): Written {
  const group = commonPay(profiles);
  if (!group) return { missing: 'pay' };
  const known = profiles.flatMap((profile, i) => {
    const figure = group.figures[i];
    return figure ? [{ profile, figure }] : [];
  });
  const [first] = known;
  const words = first ? measureWords(first.figure) : 'pay';
  if (known.length < 2 || !first) return differentMeasures(profiles);
  // Different measures for the rest: said, never compared.
  const rest = others(
    profiles,
    known.map((k) => k.profile),
  );
  const restNote =
    rest.length === 0
      ? ''
      : ` ${rest
          .map((p) => {
            const [own] = payFigures(p);
            return own ? `For ${p.title} the pages give a different measure: ${payAmount(own)} ${measureNote(own)}.` : `Pay is not reported for ${p.title}.`;
          })
          .join(' ')}`;
  const sources = sourceNote(known.map((k) => k.figure));
  const sorted = [...known].sort((a, b) => b.figure.amount - a.figure.amount);
  const top = sorted[0];
  const bottom = sorted[sorted.length - 1];
  if (!top || !bottom) return differentMeasures(profiles);
  // A lower bound below or level with another figure settles nothing; only an exact lower figure does.
  const settled = bottom.figure.bound === 'exact' && (top.figure.bound === 'exact' || top.figure.amount >= bottom.figure.amount) && sorted.slice(1).every((k) => k.figure.bound === 'exact');
  if (!settled) {
    const listed = known.map((k) => `${k.profile.title} ${payAmount(k.figure)}`).join(', ');
    const label = `${capitalise(words)}${first.figure.year === undefined ? '' : `, ${first.figure.year}`}`;
    return { text: `${label}: ${listed}. A figure given only as a lower bound ("at least") cannot say which is higher.${sources}${restNote}` };
  }
  if (top.figure.amount === bottom.figure.amount && top.figure.bound === 'exact') {
    return { text: `${listTitles(known.map((k) => k.profile))} pay the same ${words}: ${payAmount(top.figure)}.${sources}${restNote}` };
  }
  const gap = top.figure.amount - bottom.figure.amount;
  const gapText = top.figure.bound === 'at-least' ? `at least ${formatPay({ ...top.figure, amount: gap, bound: 'exact' })}` : formatPay({ ...top.figure, amount: gap, bound: 'exact' });
  const percent = bottom.figure.amount > 0 && top.figure.bound === 'exact' ? ` (${((gap / bottom.figure.amount) * 100).toFixed(1)}%)` : '';
  const at = `at ${formatPay({ ...bottom.figure, bound: 'exact' })}`;
  if (known.length === 2) {
    return { text: `${top.profile.title} ${agree(top.profile.title, 'earns', 'earn')} more: ${payAmount(top.figure)} ${measureNote(top.figure)}, ${gapText}${percent} more than ${bottom.profile.title} ${at}.${sources}${restNote}` };
  }
  return {
    text: `${top.profile.title} ${agree(top.profile.title, 'earns', 'earn')} the most: ${payAmount(top.figure)} ${measureNote(top.figure)}, ${gapText}${percent} more than ${bottom.profile.title}, which ${agree(bottom.profile.title, 'earns', 'earn')} the least ${at}.${sources}${restNote}`,
  };
}

/** "Order Processor's median salary is $41,475 a year (career guide)". */
function ownFigure(p: Profile, figure: PayFigure): string {
  return `${possessive(p.title)} ${measureWords(figure)} is ${payAmount(figure)} (${sourceName(figure)})`;
}

/** No two occupations share a measure: each figure is shown with its measure, none compared. */
function differentMeasures(profiles: readonly Profile[]): Written {
  const reported = profiles.flatMap((p) => {
    const [own] = payFigures(p);
    return own ? [{ profile: p, figure: own }] : [];
  });
  const [only] = reported;
  if (!only) return { missing: 'pay' };
  const notReported = others(profiles, reported.map((r) => r.profile));
  if (reported.length === 1) {
    return { text: `Pay is reported only for ${only.profile.title}: ${payAmount(only.figure)} (${measureWords(only.figure)}, ${sourceName(only.figure)}); not reported for ${listTitles(notReported)}.` };
  }
  const measures = new Set(reported.map((r) => r.figure.measure));
  const why = measures.size > 1 ? 'a median and an average are different measures' : 'pay by the year and pay by the hour are different measures';
  const figures = reported.map((r) => ownFigure(r.profile, r.figure));
  const list = figures.length === 2 ? figures.join(' and ') : `${figures.slice(0, -1).join(', ')} and ${figures[figures.length - 1]}`;
  const rest = notReported.length > 0 ? ` Pay is not reported for ${listTitles(notReported)}.` : '';
  return { text: `${list}: ${why}, so they are not compared.${rest}` };
}

// ---------------------------------------------------------------------------
// Demand: growth and jobs, each compared only with a figure of the same kind

interface Measured {
  profile: Profile;
  value: number;
  /** Said after the figure: "2024–34", or the source when it gives no period. */
  note: string;
  /** Figures compare only when their kinds match. */
  kind: string;
}

function growthOf(p: Profile): Measured | undefined {
  const projected = p.facts.projectedGrowth?.value;
  if (projected) return { profile: p, value: projected.percent, note: `projected ${projected.from}–${String(projected.to).slice(-2)}`, kind: `projection ${projected.from}-${projected.to}` };
  const rate = p.facts.growthRate?.value;
  if (rate !== null && rate !== undefined) return { profile: p, value: rate, note: 'comparison pages, period not stated', kind: 'growth rate' };
  return undefined;
}

function jobsOf(p: Profile): Measured | undefined {
  const employment = p.facts.employment?.value;
  if (employment) return { profile: p, value: employment.count, note: `jobs in ${employment.year}`, kind: `employment ${employment.year}` };
  const jobs = p.facts.numberOfJobs?.value;
  if (jobs !== null && jobs !== undefined) return { profile: p, value: jobs, note: 'jobs, comparison pages', kind: 'number of jobs' };
  return undefined;
}

/** Figures of the kind most occupations report; the rest are named as a different measure. */
function sameKind(items: readonly Measured[]): { same: Measured[]; different: Measured[] } {
  const counts = new Map<string, number>();
  for (const m of items) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const kind = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { same: items.filter((m) => m.kind === kind), different: items.filter((m) => m.kind !== kind) };
}

function growthLine(profiles: readonly Profile[]): Written {
  const have = profiles.map(growthOf).filter((m) => m !== undefined);
  if (have.length === 0) return { missing: 'job growth' };
  const { same, different } = sameKind(have);
  const [first] = same;
  if (same.length < 2 || !first) {
    if (have.length === 1 && first) return { text: `Job growth is reported only for ${first.profile.title} (${formatChange(first.value)}${first.kind === 'growth rate' ? '' : `, ${first.note}`}); not reported for ${listTitles(others(profiles, [first.profile]))}.` };
    return { text: `Job growth is not compared like with like here: ${have.map((m) => `${m.profile.title} ${formatChange(m.value)} (${m.note})`).join('; ')}.` };
  }
  const sorted = [...same].sort((a, b) => b.value - a.value);
  const top = sorted[0] ?? first;
  const differentNote = different.map((m) => ` ${possessive(m.profile.title)} ${formatChange(m.value)} (${m.note}) is a different measure.`).join('');
  const missing = leftOut(profiles, have.map((m) => m.profile), 'job growth');
  const when = same.every((m) => m.note === first.note) && first.kind !== 'growth rate' ? ` (${first.note})` : '';
  if (sorted.every((r) => r.value === top.value)) return { text: `${listTitles(same.map((m) => m.profile))} have the same projected job growth: ${formatChange(top.value)}${when}.${differentNote}${missing}` };
  const leaders = sorted.filter((r) => r.value === top.value);
  const rest = sorted.filter((r) => r.value !== top.value).map((r) => `${r.profile.title} ${formatChange(r.value)}`).join(', ');
  const fastest = same.length === 2 ? 'faster' : 'fastest';
  const who = leaders.length === 1 ? `${top.profile.title} ${agree(top.profile.title, 'has', 'have')}` : `${listTitles(leaders.map((l) => l.profile))} have`;
  return { text: `${who} the ${fastest} projected job growth: ${formatChange(top.value)}${when}, against ${rest}.${differentNote}${missing}` };
}

function jobsLine(profiles: readonly Profile[]): Written {
  const have = profiles.map(jobsOf).filter((m) => m !== undefined);
  if (have.length === 0) return { missing: 'number of jobs' };
  const { same, different } = sameKind(have);
  const [first] = same;
  if (same.length < 2 || !first) {
    if (have.length === 1 && first) return { text: `The number of jobs is reported only for ${first.profile.title} (${formatCount(first.value)}${first.kind === 'number of jobs' ? '' : ` ${first.note.replace(/^jobs /, '')}`}); not reported for ${listTitles(others(profiles, [first.profile]))}.` };
    return { text: `The number of jobs is not compared like with like here: ${have.map((m) => `${m.profile.title} ${formatCount(m.value)} (${m.note})`).join('; ')}.` };
  }
  const sorted = [...same].sort((a, b) => b.value - a.value);
  const top = sorted[0] ?? first;
  const bottom = sorted[sorted.length - 1] ?? first;
  const differentNote = different.map((m) => ` ${possessive(m.profile.title)} ${formatCount(m.value)} (${m.note}) is a different measure.`).join('');
  const missing = leftOut(profiles, have.map((m) => m.profile), 'the number of jobs');
  const when = first.kind.startsWith('employment') && same.every((m) => m.kind === first.kind) ? ` in ${first.kind.slice('employment '.length)}` : '';
  if (top.value === bottom.value) return { text: `${listTitles(same.map((m) => m.profile))} have the same number of jobs${when}: ${formatCount(top.value)}.${differentNote}${missing}` };
  const times = bottom.value > 0 ? ` (${(top.value / bottom.value).toFixed(1)} times as many)` : '';
  return { text: `${top.profile.title} ${agree(top.profile.title, 'has', 'have')} ${same.length === 2 ? 'more' : 'the most'} jobs${when}: ${formatCount(top.value)}, against ${formatCount(bottom.value)} for ${bottom.profile.title}${times}.${differentNote}${missing}` };
}

// ---------------------------------------------------------------------------
// The way in: typical entry education (Handbook), time to become (comparison pages)

function educationLine(profiles: readonly Profile[]): Written | undefined {
  const have = profiles.flatMap((profile) => {
    const level = profile.facts.entryEducation?.value;
    return level ? [{ profile, level }] : [];
  });
  if (have.length === 0) return undefined;
  const [first] = have;
  if (have.length === 1 && first) {
    return { text: `${first.profile.title} typically ${agree(first.profile.title, 'needs', 'need')} ${entryEducationPhrase(first.level)} to enter; the typical entry education is not reported for ${listTitles(others(profiles, [first.profile]))}.` };
  }
  const ranked = have.map((h) => ({ ...h, rank: educationRank(h.level) }));
  const missing = leftOut(profiles, have.map((h) => h.profile), 'the typical entry education');
  if (ranked.every((r) => r.level === ranked[0]?.level)) {
    return { text: `${listTitles(have.map((h) => h.profile))} typically need the same education to enter: ${entryEducationPhrase(first?.level ?? '')}.${missing}` };
  }
  const known = ranked.filter((r) => r.rank !== undefined);
  const sorted = [...known].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const least = sorted[0];
  const most = sorted[sorted.length - 1];
  const each = have.map((h) => `${entryEducationPhrase(h.level)} for ${h.profile.title}`).join(', ');
  if (!least || !most || least.rank === most.rank || known.length !== have.length) return { text: `Typical entry education: ${each}.${missing}` };
  if (have.length === 2) return { text: `${least.profile.title} ${agree(least.profile.title, 'needs', 'need')} less schooling to enter: ${entryEducationPhrase(least.level)}, against ${entryEducationPhrase(most.level)} for ${most.profile.title}.${missing}` };
  return { text: `${least.profile.title} ${agree(least.profile.title, 'needs', 'need')} the least schooling to enter and ${most.profile.title} the most: ${each}.${missing}` };
}

function timeLine(profiles: readonly Profile[]): Written {
  const have = profiles.flatMap((profile) => {
    const value = profile.facts.timeToBecome?.value;
    return value ? [{ profile, value }] : [];
  });
  if (have.length === 0) return { missing: 'time to become' };
  const [only] = have;
  if (have.length < 2 && only) return { text: `Time to become is reported only for ${only.profile.title} (${formatDuration(only.value)}); not reported for ${listTitles(others(profiles, [only.profile]))}.` };
  const missing = leftOut(profiles, have.map((h) => h.profile), 'time to become');
  const sorted = [...have].sort(
    (a, b) => durationMonths(a.value, 'max') - durationMonths(b.value, 'max') || durationMonths(a.value, 'min') - durationMonths(b.value, 'min'),
  );
  const quickest = sorted[0];
  const slowest = sorted[sorted.length - 1];
  if (!quickest || !slowest) return { missing: 'time to become' };
  const same = sorted.every((s) => formatDuration(s.value) === formatDuration(quickest.value));
  if (same) return { text: `${have.length === profiles.length ? 'Each' : `${listTitles(have.map((h) => h.profile))} each`} usually takes ${formatDuration(quickest.value)} to become.${missing}` };
  if (have.length === 2) {
    return { text: `${quickest.profile.title} ${agree(quickest.profile.title, 'is', 'are')} quicker to become (${formatDuration(quickest.value)}) than ${slowest.profile.title} (${formatDuration(slowest.value)}).${missing}` };
  }
  const rest = sorted.slice(1).map((s) => `${s.profile.title} ${formatDuration(s.value)}`).join(', ');
  return { text: `${quickest.profile.title} ${agree(quickest.profile.title, 'is', 'are')} the quickest to become (${formatDuration(quickest.value)}); then ${rest}.${missing}` };
}

/** Summary lines for two to four occupations, in a fixed topic order; what none reports comes last, in one line. */
export function writeSummary(profiles: readonly Profile[]): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const missing: string[] = [];
  const add = (topic: SummaryTopic, written: Written | undefined) => {
    if (!written) return;
    if ('text' in written) lines.push({ topic, text: written.text });
    else missing.push(written.missing);
  };
  add('salary', salaryLine(profiles));
  add('growth', growthLine(profiles));
  add('jobs', jobsLine(profiles));
  add('education', educationLine(profiles));
  add('time', timeLine(profiles));
  if (missing.length > 0) {
    lines.push({ topic: 'missing', text: `${profiles.length === 2 ? 'Neither occupation reports' : 'None of these occupations reports'}: ${missing.join(', ')}.` });
  }
  return lines;
}
