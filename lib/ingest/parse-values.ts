/**
 * Parsers for the value formats scraped pages use.
 *
 * Every parser returns the typed value, `null` when the page says the value
 * is not reported ("-"), or `undefined` when the text is not in a format it
 * knows — the caller keeps such text verbatim. None of them throws.
 */
import type { FactValue } from '../profile-schema';
import { deepFreeze } from './deep-freeze';
import { collapseWhiteSpace } from './white-space';

export type Parsed<T> = T | null | undefined;

const NOT_REPORTED = new Set(['-', '–', '—', 'n/a', 'na', 'none reported', 'not reported', 'unknown']);

/** Lower-casing never shortens a string, so a longer cell cannot be one of these: no need to lower-case it. */
const NOT_REPORTED_MAX_LENGTH = Math.max(...[...NOT_REPORTED].map((n) => n.length));

/** Wraps a parser so "-" and friends become `null`. */
function orNotReported<T>(parse: (text: string) => T | undefined): (text: string) => Parsed<T> {
  // Trims once (not once per check): this runs for every table cell of every page.
  return (text) => {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    return trimmed.length <= NOT_REPORTED_MAX_LENGTH && NOT_REPORTED.has(trimmed.toLowerCase()) ? null : parse(trimmed);
  };
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

function toNumber(digits: string): number {
  return Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
}

const MONEY_RE = new RegExp(String.raw`^\$\s?(${NUMBER})\s*(k|K)?$`);

/** "$37,540" → 37540 (whole dollars); "$37.5K" → 37500. */
function parseMoneyText(text: string): number | undefined {
  const m = MONEY_RE.exec(text.trim());
  if (!m) return undefined;
  const value = toNumber(m[1] ?? '') * (m[2] ? 1000 : 1);
  return Number.isFinite(value) ? Math.round(value) : undefined;
}
export const parseMoney = orNotReported(parseMoneyText);

const HOURLY_RE = new RegExp(String.raw`^\$\s?(${NUMBER})(?:\s*(?:/|per\s+)(?:hour|hr))?$`, 'i');

/** "$18.05" → 18.05 (dollars with cents). */
export const parseHourly = orNotReported((text) => {
  const m = HOURLY_RE.exec(text);
  return m ? Math.round(toNumber(m[1] ?? '') * 100) / 100 : undefined;
});

const PERCENT_RE = new RegExp(String.raw`^([-+−]?)\s?(${NUMBER})\s?%$`);

/** "-4%" → -4; "7%" → 7. */
export const parsePercent = orNotReported((text) => {
  const m = PERCENT_RE.exec(text);
  if (!m) return undefined;
  const value = toNumber(m[2] ?? '');
  return m[1] === '-' || m[1] === '−' ? -value : value;
});

const INTEGER_RE = /^(\d{1,3}(?:,\d{3})+|\d+)$/;

/** "46,043" → 46043. */
export const parseCount = orNotReported((text) => {
  const m = INTEGER_RE.exec(text);
  return m ? toNumber(m[1] ?? '') : undefined;
});

const DECIMAL_RE = new RegExp(String.raw`^(${NUMBER})$`);

/** "4" → 4; "3.5" → 3.5. */
export const parseDecimal = orNotReported((text) => {
  const m = DECIMAL_RE.exec(text);
  return m ? toNumber(m[1] ?? '') : undefined;
});

/** Free text: any non-empty value, its white space runs collapsed to single spaces. */
export const parseText = orNotReported(collapseWhiteSpace);

const RANGE_RE = new RegExp(
  String.raw`^(?:between\s+)?(\$\s?(?:${NUMBER})\s*k?)\s*(?:and|to|-|–)\s*(\$\s?(?:${NUMBER})\s*k?)$`,
  'i',
);

/** "Between $26,000 And $52,000" → {min: 26000, max: 52000}. */
export const parseMoneyRange = orNotReported((text): FactValue<'salaryRange'> | undefined => {
  const m = RANGE_RE.exec(text);
  if (!m) return undefined;
  const min = parseMoneyText(m[1] ?? '');
  const max = parseMoneyText(m[2] ?? '');
  if (min === undefined || max === undefined || min > max) return undefined;
  return { min, max };
});

const GROUP_SHARE_RE = /([^,%]+?),\s*(\d+(?:\.\d+)?)\s*%/g;

const ONLY_WHITE_SPACE = /^\s*$/;

/** "Black or African American, 9.5% Unknown, 4.3% …" → [{group, percent}, …]. */
export const parseGroupShares = orNotReported((text): FactValue<'raceRatio'> | undefined => {
  const groups: FactValue<'raceRatio'> = [];
  // Every character must belong to a group, or the text is not this format: only white space may
  // lie between, before or after the matches.
  let end = 0;
  GROUP_SHARE_RE.lastIndex = 0;
  for (let m = GROUP_SHARE_RE.exec(text); m !== null; m = GROUP_SHARE_RE.exec(text)) {
    const percent = Number(m[2]);
    if (percent > 100) return undefined;
    if (!ONLY_WHITE_SPACE.test(text.slice(end, m.index))) return undefined;
    groups.push({ group: (m[1] ?? '').trim(), percent });
    end = m.index + m[0].length;
  }
  if (groups.length === 0 || !ONLY_WHITE_SPACE.test(text.slice(end))) return undefined;
  return groups;
});

/** "Male, 29.7% Female, 70.3%" → {male: 29.7, female: 70.3}. */
export const parseGenderSplit = orNotReported((text): FactValue<'genderSplit'> | undefined => {
  const groups = parseGroupShares(text);
  if (!groups || groups.length !== 2) return undefined;
  const male = groups.find((g) => g.group.toLowerCase() === 'male');
  const female = groups.find((g) => g.group.toLowerCase() === 'female');
  return male && female ? { male: male.percent, female: female.percent } : undefined;
});

const DEGREE_RE = /^(.+?)(?:,\s*(\d+(?:\.\d+)?)\s*%)?$/;

/** "Bachelor's Degree, 39%" → {level: "Bachelor's Degree", percent: 39}. */
export const parseDegree = orNotReported((text): FactValue<'mostCommonDegree'> | undefined => {
  const m = DEGREE_RE.exec(text);
  const level = (m?.[1] ?? '').trim();
  if (!m || level === '' || /\d\s*%/.test(level)) return undefined;
  const percent = m[2] === undefined ? null : Number(m[2]);
  if (percent !== null && percent > 100) return undefined;
  return { level, percent };
});

const DURATION_RE =
  /^(?:about\s+|around\s+)?(\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*(day|week|month|year)s?$/i;

/** "1-2 years" → {min: 1, max: 2, unit: "years"}; "6 months" → {min: 6, max: 6, unit: "months"}. */
export const parseDuration = orNotReported((text): FactValue<'timeToBecome'> | undefined => {
  const m = DURATION_RE.exec(text);
  if (!m) return undefined;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : Number(m[2]);
  if (min > max) return undefined;
  const unit = (m[3] ?? '').toLowerCase();
  if (unit === 'day') return { min, max, unit: 'days' };
  if (unit === 'week') return { min, max, unit: 'weeks' };
  if (unit === 'month') return { min, max, unit: 'months' };
  return { min, max, unit: 'years' };
});

/** "$41,475 ($19.94/hour)" → {yearly: 41475, hourly: 19.94}. */
export const parseSalaryPoint = orNotReported((text): FactValue<'medianSalary'> | undefined => {
  const m = /^(\$[^(]+?)\s*(?:\((\$[^)]+)\))?$/.exec(text);
  if (!m) return undefined;
  const yearly = parseMoneyText(m[1] ?? '');
  if (yearly === undefined) return undefined;
  if (m[2] === undefined) return { yearly, hourly: null };
  const hourly = parseHourly(m[2]);
  return hourly === undefined || hourly === null ? undefined : { yearly, hourly };
});

/**
 * Splits a prose list: "customer service, data entry and purchase orders",
 * "a, b, and c". Items keep their inner "and" when commas separate them
 * ("shipping and receiving, data entry, and filing").
 */
export function splitProseList(text: string): string[] {
  const trimmed = text.trim().replace(/\.$/, '');
  const parts = trimmed.split(/\s*,\s*/).filter((p) => p !== '');
  const last = parts.pop();
  if (last === undefined) return [];
  const lastAnd = /^(?:and|&)\s+(.+)$/i.exec(last);
  if (lastAnd) {
    parts.push(lastAnd[1] ?? '');
  } else {
    // "b and c" with no Oxford comma: the final "and" joins the last two items.
    const idx = last.toLowerCase().lastIndexOf(' and ');
    if (idx > 0) parts.push(last.slice(0, idx), last.slice(idx + 5));
    else parts.push(last);
  }
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * A value parser that remembers its answers: the same cell text ("Male, 57.1% Female, 42.9%", a
 * race ratio, a salary range) comes back on every page about an occupation. The same frozen
 * value is handed out for the same text (deep-frozen, as it is shared), and agreeing pages
 * compare by identity when merged. Parsers are pure functions of the text, so only the cost
 * changes; the cache is emptied when it reaches its bound.
 */
const MEMO_LIMIT = 20_000;

export function memoized<T>(parse: (text: string) => Parsed<T>): (text: string) => Parsed<T> {
  const cache = new Map<string, Parsed<T>>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit;
    const value = parse(text);
    if (typeof value === 'object' && value !== null) deepFreeze(value);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(text, value);
    return value;
  };
}
