/**
 * The "at a glance" summary, written from the profiles alone: who earns
 * more and by how much, faster growth, more jobs, quicker to enter.
 * Each line says plainly when a figure is not reported.
 */
import { durationMonths, formatChange, formatCount, formatDuration, formatMoney } from '../format';
import type { Profile } from '../profile-schema';

export type SummaryTopic = 'salary' | 'growth' | 'jobs' | 'time';

export interface SummaryLine {
  topic: SummaryTopic;
  text: string;
}

interface Known<T> {
  profile: Profile;
  value: T;
}

function known<T>(profiles: readonly Profile[], pick: (p: Profile) => T | null | undefined): Known<T>[] {
  const out: Known<T>[] = [];
  for (const profile of profiles) {
    const value = pick(profile);
    if (value !== null && value !== undefined) out.push({ profile, value });
  }
  return out;
}

function listTitles(profiles: readonly Profile[]): string {
  const titles = profiles.map((p) => p.title);
  if (titles.length <= 2) return titles.join(' and ');
  return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}

/** "only X reports…" / "not reported for either" phrasing for partial data. */
function partial<T>(profiles: readonly Profile[], have: Known<T>[], what: string, show: (v: T) => string): string {
  if (have.length === 0) return `${capitalise(what)} is not reported for ${profiles.length === 2 ? 'either occupation' : 'any of these occupations'}.`;
  const missing = profiles.filter((p) => !have.some((h) => h.profile === p));
  return `${capitalise(what)} is reported only for ${have.map((h) => `${h.profile.title} (${show(h.value)})`).join(', ')}; not reported for ${listTitles(missing)}.`;
}

/** " Not reported for X." for the occupations a comparison had to leave out. */
function leftOut<T>(profiles: readonly Profile[], have: Known<T>[], what: string): string {
  const missing = profiles.filter((p) => !have.some((h) => h.profile === p));
  return missing.length === 0 ? '' : ` ${capitalise(what)} is not reported for ${listTitles(missing)}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function byValue<T>(items: Known<T>[], value: (v: T) => number): Known<T>[] {
  return [...items].sort((a, b) => value(b.value) - value(a.value));
}

function salaryLine(profiles: readonly Profile[]): string {
  const averages = known(profiles, (p) => p.facts.averageSalary?.value);
  const medians = known(profiles, (p) => p.facts.medianSalary?.value?.yearly);
  // Compare like with like: averages when every side has one, else medians when every side has one.
  const [have, kind] =
    averages.length === profiles.length
      ? [averages, 'average salary']
      : medians.length === profiles.length
        ? [medians, 'median salary']
        : [averages, 'average salary'];
  const sorted = byValue(have, (v) => v);
  const top = sorted[0];
  const bottom = sorted[sorted.length - 1];
  if (have.length < 2 || !top || !bottom) return partial(profiles, have, kind, formatMoney);
  const rest = leftOut(profiles, have, kind);
  if (top.value === bottom.value) return `${listTitles(have.map((h) => h.profile))} pay the same ${kind}: ${formatMoney(top.value)} a year.${rest}`;
  const gap = top.value - bottom.value;
  const percent = bottom.value > 0 ? ` (${((gap / bottom.value) * 100).toFixed(1)}%)` : '';
  if (have.length === 2) {
    return `${top.profile.title} earns more: ${formatMoney(top.value)} a year (${kind}), ${formatMoney(gap)}${percent} more than ${bottom.profile.title} at ${formatMoney(bottom.value)}.${rest}`;
  }
  return `${top.profile.title} earns the most: ${formatMoney(top.value)} a year (${kind}), ${formatMoney(gap)}${percent} more than ${bottom.profile.title}, which earns the least at ${formatMoney(bottom.value)}.${rest}`;
}

function growthLine(profiles: readonly Profile[]): string {
  const have = known(profiles, (p) => p.facts.growthRate?.value);
  const sorted = byValue(have, (v) => v);
  const top = sorted[0];
  if (have.length < 2 || !top) return partial(profiles, have, 'job growth', formatChange);
  const missing = leftOut(profiles, have, 'job growth');
  if (sorted.every((r) => r.value === top.value)) return `${listTitles(have.map((h) => h.profile))} have the same projected job growth: ${formatChange(top.value)}.${missing}`;
  const leaders = sorted.filter((r) => r.value === top.value);
  const others = sorted.filter((r) => r.value !== top.value).map((r) => `${r.profile.title} ${formatChange(r.value)}`).join(', ');
  const fastest = have.length === 2 ? 'faster' : 'fastest';
  const who = leaders.length === 1 ? `${top.profile.title} has` : `${listTitles(leaders.map((l) => l.profile))} have`;
  return `${who} the ${fastest} projected job growth: ${formatChange(top.value)}, against ${others}.${missing}`;
}

function jobsLine(profiles: readonly Profile[]): string {
  const have = known(profiles, (p) => p.facts.numberOfJobs?.value);
  const sorted = byValue(have, (v) => v);
  const top = sorted[0];
  const bottom = sorted[sorted.length - 1];
  if (have.length < 2 || !top || !bottom) return partial(profiles, have, 'the number of jobs', formatCount);
  const missing = leftOut(profiles, have, 'the number of jobs');
  if (top.value === bottom.value) return `${listTitles(have.map((h) => h.profile))} have the same number of jobs: ${formatCount(top.value)}.${missing}`;
  const times = bottom.value > 0 ? ` (${(top.value / bottom.value).toFixed(1)} times as many)` : '';
  return `${top.profile.title} has ${have.length === 2 ? 'more' : 'the most'} jobs: ${formatCount(top.value)}, against ${formatCount(bottom.value)} for ${bottom.profile.title}${times}.${missing}`;
}

function timeLine(profiles: readonly Profile[]): string {
  const have = known(profiles, (p) => p.facts.timeToBecome?.value);
  if (have.length < 2) return partial(profiles, have, 'time to become', formatDuration);
  const missing = leftOut(profiles, have, 'time to become');
  const sorted = [...have].sort(
    (a, b) => durationMonths(a.value, 'max') - durationMonths(b.value, 'max') || durationMonths(a.value, 'min') - durationMonths(b.value, 'min'),
  );
  const quickest = sorted[0];
  const slowest = sorted[sorted.length - 1];
  if (!quickest || !slowest) return partial(profiles, have, 'time to become', formatDuration);
  const same = sorted.every((s) => formatDuration(s.value) === formatDuration(quickest.value));
  if (same) return `${have.length === profiles.length ? 'Each' : `${listTitles(have.map((h) => h.profile))} each`} usually takes ${formatDuration(quickest.value)} to become.${missing}`;
  if (have.length === 2) {
    return `${quickest.profile.title} is quicker to become (${formatDuration(quickest.value)}) than ${slowest.profile.title} (${formatDuration(slowest.value)}).${missing}`;
  }
  const others = sorted.slice(1).map((s) => `${s.profile.title} ${formatDuration(s.value)}`).join(', ');
  return `${quickest.profile.title} is the quickest to become (${formatDuration(quickest.value)}); then ${others}.${missing}`;
}

/** Summary lines for two to four occupations, in a fixed topic order. */
export function writeSummary(profiles: readonly Profile[]): SummaryLine[] {
  return [
    { topic: 'salary', text: salaryLine(profiles) },
    { topic: 'growth', text: growthLine(profiles) },
    { topic: 'jobs', text: jobsLine(profiles) },
    { topic: 'time', text: timeLine(profiles) },
  ];
}
