/**
 * Meta descriptions, written from the data, at most DESCRIPTION_MAX
 * characters. A comparison's leads with the answer its page opens with (who
 * earns more, like with like); an occupation's with its pay.
 *
 * Every figure is printed only when the profile reports it, so no text can
 * read "undefined", "null" or "NaN"; with nothing reported a description
 * falls back to naming what the page covers.
 */
import { cache } from 'react';
import { gapBesidesPay } from '../compare/career-move';
import { compareSkills, skillsOf } from '../compare/compare-skills';
import { ownPay } from '../compare/pay-figures';
import { measureWords, payWithYear } from '../compare/pay-words';
import { listTitles } from '../compare/reported';
import { payInBrief } from '../compare/who-earns-more';
import { formatChange, formatHourly, formatMoney, formatPay, formatPercent, formatProjectedGrowth, formatSpan } from '../format';
import type { Profile } from '../profile-schema';
import { lowerFirst } from '../text/prose';

/** Google shows roughly 155–160 characters of a description. */
export const DESCRIPTION_MAX = 160;

/**
 * Cut text to at most `max` characters at a word boundary, ending in "…".
 * Trailing punctuation before the cut is dropped so it never reads ",…".
 */
export function truncateOnWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = Math.max(0, max - 1);
  const space = clean.lastIndexOf(' ', room);
  let cut = space > 0 ? clean.slice(0, space) : clean.slice(0, room);
  // A hard cut must not split a surrogate pair (an emoji would turn into U+FFFD).
  if (space <= 0 && /[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:.\-–—(]+$/, '')}…`;
}

/**
 * Sentences in priority order, each kept only if it still fits, so the
 * description ends on a whole sentence whenever it can; the first sentence
 * is always kept (cut on a word if it alone is too long).
 */
function fitSentences(sentences: readonly string[], max: number): string {
  let out = '';
  for (const sentence of sentences) {
    if (sentence === '') continue;
    const next = out === '' ? sentence : `${out} ${sentence}`;
    if (out === '' || next.length <= max) out = next;
  }
  return truncateOnWord(out, max);
}

function sharedSkillsSentence(profiles: readonly Profile[]): string {
  const shared = compareSkills(profiles).shared.map((s) => s.name);
  if (shared.length === 0) return '';
  return `Shared skills: ${shared.slice(0, 3).join(', ')}.`;
}

/** "To switch: an associate's degree, one level up." — what the move from the first to the second asks most, besides pay (which the description leads with). */
function moveSentence(profiles: readonly Profile[]): string {
  const [from, to] = profiles;
  const gap = profiles.length === 2 && from && to ? gapBesidesPay(from, to) : undefined;
  return gap ? `To switch: ${gap}.` : '';
}

/**
 * A meta description for a comparison of two to four occupations: it leads
 * with the answer the page opens with (pay, like with like), then, for a
 * pair, what moving from the first to the second asks most.
 */
export function comparisonDescription(profiles: readonly Profile[], max: number = DESCRIPTION_MAX): string {
  const pay = payInBrief(profiles);
  const move = moveSentence(profiles);
  const shared = sharedSkillsSentence(profiles);
  if (pay === '') {
    // Nothing to say about pay: lead with the names, which is what searchers typed.
    const names = listTitles(profiles);
    return fitSentences([`Compare ${names} side by side: pay, skills, education and job outlook.`, move, shared], max);
  }
  return fitSentences([pay, move, shared, 'Compare skills, education and job outlook side by side.'], max);
}

/**
 * A pair page's description, once per request: its metadata and its JSON-LD
 * both print it, and each computation weighs the pay and the whole move.
 * React's cache keys on the profiles' identity, and getPair hands out the
 * store's own objects, so both calls of a request meet one entry; outside a
 * server request (tests, scripts) it simply computes.
 */
export const pairDescription = cache((a: Profile, b: Profile): string => comparisonDescription([a, b]));

function occupationPaySentence(profile: Profile): string {
  const f = profile.facts;
  const figure = ownPay(profile);
  const percentiles = f.wagePercentiles?.value;
  const top = f.top10Salary?.value;
  const range = f.salaryRange?.value;
  if (figure) {
    const spread =
      percentiles && percentiles.period === figure.period
        ? `; the lowest 10% earn less than ${formatPay({ ...percentiles.low10, period: percentiles.period })}, the highest 10% more than ${formatPay({ ...percentiles.high10, period: percentiles.period })}`
        : figure.fact === 'medianSalary' && top
          ? `; the top 10% earn ${formatMoney(top.yearly)}`
          : figure.fact === 'averageSalary' && typeof f.hourlyRate?.value === 'number'
            ? ` (${formatHourly(f.hourlyRate.value)})`
            : '';
    return `${profile.title}: ${measureWords(figure)} ${payWithYear(figure)}${spread}.`;
  }
  if (range) return `${profile.title}: salaries range from ${formatMoney(range.min)} to ${formatMoney(range.max)} a year.`;
  return '';
}

function topSkillsSentence(profile: Profile): string {
  const names = skillsOf(profile).map((s) => s.name);
  return names.length > 0 ? `Top skills: ${names.slice(0, 3).join(', ')}.` : '';
}

function outlookSentence(profile: Profile): string {
  const projected = profile.facts.projectedGrowth?.value;
  if (projected) return `Projected job growth: ${formatProjectedGrowth(projected)}, ${formatSpan(projected)}.`;
  const growth = profile.facts.growthRate?.value;
  if (typeof growth === 'number') return `Projected job growth: ${formatChange(growth)}.`;
  const direction = profile.facts.outlook?.value?.direction;
  if (direction === 'grow') return 'Jobs are expected to grow.';
  if (direction === 'decline') return 'Jobs are expected to decline.';
  if (direction === 'stable') return 'Jobs are expected to hold steady.';
  return '';
}

function degreeSentence(profile: Profile): string {
  const entry = profile.facts.entryEducation?.value;
  if (entry) return `Typical entry education: ${lowerFirst(entry)}.`;
  const degree = profile.facts.mostCommonDegree?.value;
  if (!degree) return '';
  return `Most common degree: ${degree.level}${degree.percent === null ? '' : ` (${formatPercent(degree.percent)})`}.`;
}

/** A meta description for one occupation's page. */
export function occupationDescription(profile: Profile, max: number = DESCRIPTION_MAX): string {
  const pay = occupationPaySentence(profile);
  return fitSentences(
    [
      pay === '' ? `${profile.title}: salary, skills, education and job outlook.` : pay,
      topSkillsSentence(profile),
      outlookSentence(profile),
      degreeSentence(profile),
    ],
    max,
  );
}
