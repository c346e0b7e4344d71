/**
 * Canonical paths, page titles and meta descriptions, written from the data.
 *
 *   canonicalPair(a: string, b: string): [string, string]          the two slugs in canonical (alphabetical) order
 *   isCanonicalPairOrder(a: string, b: string): boolean            true when a-vs-b is already the canonical order
 *   canonicalPairPath(a: string, b: string): string                "/compare/<first>-vs-<second>", alphabetical
 *   canonicalPairPathForSegment(segment: string, isKnown: (slug: string) => boolean): string | undefined
 *                                                                  canonical path for a requested "<a>-vs-<b>" segment
 *   canonicalMultiComparePath(slugs: readonly string[]): string    "/compare?o=…&o=…", slugs sorted
 *   canonicalOccupationPath(slug: string): string                  "/occupations/<slug>"
 *   comparisonTitle(profiles: readonly Profile[]): string          "A vs B: salary, skills, education"
 *   occupationTitle(profile: Profile): string                      "A: salary, skills, education"
 *   comparisonDescription(profiles: readonly Profile[], max?: number): string   meta description, ≤ max (160) chars
 *   occupationDescription(profile: Profile, max?: number): string  meta description, ≤ max (160) chars
 *   truncateOnWord(text: string, max: number): string              cut at a word boundary, ending in "…"
 *
 * Titles keep the order the caller gives (the order the visitor asked for),
 * while canonical paths are order-free, so /compare/b-vs-a and
 * /compare/a-vs-b count as one page for search engines. Titles carry no site
 * name: the root layout's title template adds it.
 *
 * Every figure is printed only when the profile reports it, so no text can
 * read "undefined", "null" or "NaN"; with nothing reported a description
 * falls back to naming what the page covers.
 */
import { compareSkills, skillsOf } from '../compare/compare-skills';
import { multiComparePath, occupationPath, pairPath, parsePairSegment } from '../compare/pair-path';
import { formatChange, formatHourly, formatMoney, formatPay, formatPercent, formatProjectedGrowth, formatSpan } from '../format';
import { biggestGap, careerMove } from '../compare/career-move';
import { commonPay, payFigures, type PayFigure } from '../compare/pay-figures';
import { payHeadline } from '../compare/summary';
import { agree } from '../compare/title-grammar';
import type { Profile } from '../profile-schema';

/** Google shows roughly 155–160 characters of a description. */
export const DESCRIPTION_MAX = 160;

// Slugs are ASCII ([a-z0-9-]), so code-unit order is alphabetical order and,
// unlike localeCompare, the same on every server.
function bySlug(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function canonicalPair(a: string, b: string): [string, string] {
  return bySlug(a, b) <= 0 ? [a, b] : [b, a];
}

export function isCanonicalPairOrder(a: string, b: string): boolean {
  return bySlug(a, b) <= 0;
}

export function canonicalPairPath(a: string, b: string): string {
  const [first, second] = canonicalPair(a, b);
  return pairPath(first, second);
}

/**
 * The canonical path for a requested pair segment, split the same way the
 * pair route splits it (slugs may contain "-vs-"); undefined when the segment
 * does not name two different known occupations.
 */
export function canonicalPairPathForSegment(segment: string, isKnown: (slug: string) => boolean): string | undefined {
  const split = parsePairSegment(segment, isKnown);
  if (!split || split[0] === split[1]) return undefined;
  return canonicalPairPath(split[0], split[1]);
}

/** The multi-compare query with its slugs sorted, so every order of the same set is one page. */
export function canonicalMultiComparePath(slugs: readonly string[]): string {
  return multiComparePath([...slugs].sort(bySlug));
}

export function canonicalOccupationPath(slug: string): string {
  return occupationPath(slug);
}

// ---------------------------------------------------------------------------
// Titles

type Topic = 'salary' | 'skills' | 'education';

function present(value: unknown): boolean {
  return value !== null && value !== undefined;
}

/** Which of the title's topics a profile has any figure for. */
function topicsOf(profile: Profile): Set<Topic> {
  const f = profile.facts;
  const topics = new Set<Topic>();
  if ([f.medianPay, f.averageSalary, f.medianSalary, f.hourlyRate, f.salaryRange, f.top10Salary].some((x) => present(x?.value))) topics.add('salary');
  if ([f.topSkills, f.skills].some((x) => present(x?.value))) topics.add('skills');
  if ([f.entryEducation, f.mostCommonDegree, f.educationRequirement, f.mostCommonMajor, f.mostCommonCollege].some((x) => present(x?.value))) {
    topics.add('education');
  }
  return topics;
}

/** ": salary, skills, education" naming only topics some side reports, so a title never promises a missing section. */
function topicSuffix(profiles: readonly Profile[], fallback: string): string {
  const have = new Set(profiles.flatMap((p) => [...topicsOf(p)]));
  const order: Topic[] = ['salary', 'skills', 'education'];
  const listed = order.filter((t) => have.has(t));
  return listed.length > 0 ? listed.join(', ') : fallback;
}

export function comparisonTitle(profiles: readonly Profile[]): string {
  return `${profiles.map((p) => p.title).join(' vs ')}: ${topicSuffix(profiles, 'career comparison')}`;
}

export function occupationTitle(profile: Profile): string {
  return `${profile.title}: ${topicSuffix([profile], 'career profile')}`;
}

// ---------------------------------------------------------------------------
// Descriptions

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

function listTitles(titles: readonly string[]): string {
  return titles.length <= 2 ? titles.join(' and ') : `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}

/** "$125,770 a year", "≥ $239,200 a year", "$21.69/hour". */
function payText(figure: PayFigure): string {
  return figure.period === 'year' ? `${formatPay(figure)} a year` : formatPay(figure);
}

/**
 * Who earns more: the pay answer the page itself opens with
 * (lib/compare/summary.ts), like with like. When the occupations' figures are
 * of different measures, each is stated compactly with its measure and no
 * winner is named.
 */
function comparisonPaySentence(profiles: readonly Profile[]): string {
  const group = commonPay(profiles);
  const have = profiles.flatMap((profile, i) => {
    const figure = group?.figures[i];
    return figure ? [{ profile, figure }] : [];
  });
  const headline = profiles.length === 2 ? payHeadline(profiles) : undefined;
  if (headline) return `${headline}.`;
  const sorted = [...have].sort((x, y) => y.figure.amount - x.figure.amount);
  const top = sorted[0];
  const bottom = sorted[sorted.length - 1];
  // Three or four: the page's ranking, in short.
  if (have.length === profiles.length && top && bottom && sorted.slice(1).every((h) => h.figure.bound === 'exact') && top.figure.amount !== bottom.figure.amount) {
    const measure = `${top.figure.measure}${top.figure.year === undefined ? '' : `, ${top.figure.year}`}`;
    return `${top.profile.title} ${agree(top.profile.title, 'earns', 'earn')} the most (${payText(top.figure)}, ${measure}) and ${bottom.profile.title} the least (${formatPay(bottom.figure)}).`;
  }
  const stated: string[] = [];
  const missing: string[] = [];
  for (const profile of profiles) {
    const [figure] = payFigures(profile);
    if (figure) stated.push(`${profile.title}: ${figure.measure} ${payText(figure)}${figure.year === undefined ? '' : ` (${figure.year})`}`);
    else missing.push(profile.title);
  }
  if (stated.length === 0) return '';
  const different = stated.length > 1 ? '; different measures, not compared' : '';
  return `${stated.join('; ')}${missing.length > 0 ? `; pay for ${listTitles(missing)} is not reported` : ''}${different}.`;
}

function sharedSkillsSentence(profiles: readonly Profile[]): string {
  const shared = compareSkills(profiles).shared.map((s) => s.name);
  if (shared.length === 0) return '';
  return `Shared skills: ${shared.slice(0, 3).join(', ')}.`;
}

/** "To switch: an associate's degree, one level up." — what the move from the first to the second asks most, besides pay (which the description leads with). */
function moveSentence(profiles: readonly Profile[]): string {
  const [from, to] = profiles;
  const gap = profiles.length === 2 && from && to ? biggestGap(careerMove(from, to), { besidesPay: true }) : undefined;
  return gap ? `To switch: ${gap}.` : '';
}

/**
 * A meta description for a comparison of two to four occupations: it leads
 * with the answer the page opens with (pay, like with like), then, for a
 * pair, what moving from the first to the second asks most.
 */
export function comparisonDescription(profiles: readonly Profile[], max: number = DESCRIPTION_MAX): string {
  const pay = comparisonPaySentence(profiles);
  const move = moveSentence(profiles);
  const shared = sharedSkillsSentence(profiles);
  if (pay === '') {
    // Nothing to say about pay: lead with the names, which is what searchers typed.
    const names = listTitles(profiles.map((p) => p.title));
    return fitSentences([`Compare ${names} side by side: pay, skills, education and job outlook.`, move, shared], max);
  }
  return fitSentences([pay, move, shared, 'Compare skills, education and job outlook side by side.'], max);
}

function occupationPaySentence(profile: Profile): string {
  const f = profile.facts;
  const [figure] = payFigures(profile);
  const percentiles = f.wagePercentiles?.value;
  const top = f.top10Salary?.value;
  const range = f.salaryRange?.value;
  if (figure) {
    const measure = figure.measure === 'average' ? 'average salary' : figure.source === 'career-article' ? 'median salary' : 'median pay';
    const spread =
      percentiles && percentiles.period === figure.period
        ? `; the lowest 10% earn less than ${formatPay({ ...percentiles.low10, period: percentiles.period })}, the highest 10% more than ${formatPay({ ...percentiles.high10, period: percentiles.period })}`
        : figure.fact === 'medianSalary' && top
          ? `; the top 10% earn ${formatMoney(top.yearly)}`
          : figure.fact === 'averageSalary' && typeof f.hourlyRate?.value === 'number'
            ? ` (${formatHourly(f.hourlyRate.value)})`
            : '';
    return `${profile.title}: ${measure} ${payText(figure)}${figure.year === undefined ? '' : ` (${figure.year})`}${spread}.`;
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
  if (entry) return `Typical entry education: ${entry.charAt(0).toLowerCase()}${entry.slice(1)}.`;
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
