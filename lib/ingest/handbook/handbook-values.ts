/**
 * The value formats of Occupational Outlook Handbook pages, read from the
 * text of one cell or sentence (never from markup). Each parser returns the
 * typed value, `null` when the page says there is none ("The annual wage is
 * not available."), or `undefined` when the text is in no format it knows,
 * and then the caller keeps the text verbatim. None of them throws.
 */
import type { z } from 'zod';
import type { OutlookDirection as OutlookDirectionSchema, PayAmount, PayPeriod } from '../../profile-schema';

export type Pay = z.infer<typeof PayAmount>;
export type Period = z.infer<typeof PayPeriod>;
type OutlookDirection = z.infer<typeof OutlookDirectionSchema>;

const AMOUNT = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?`;

const AMOUNT_CELL = new RegExp(String.raw`^\$?\s?(${AMOUNT})$`);

/** "$125,770" or "125,770" (the Handbook drops the "$" after a table's first row) → 125770. */
function parseAmount(text: string): number | undefined {
  const m = AMOUNT_CELL.exec(text.trim());
  if (!m) return undefined;
  const value = Number((m[1] ?? '').replace(/,/g, ''));
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined;
}

/** Cells and sentences that say a figure is not available. */
const NOT_AVAILABLE = /^(?:|-|–|—|n\/a|not available|not reported|(?:the )?(?:annual |hourly )?wage is not available\.?|(?:the )?(?:annual |hourly )?wages? (?:are|is) not available\.?)$/i;

export function isNotAvailable(text: string): boolean {
  return NOT_AVAILABLE.test(text.trim());
}

/** "See How to Become One": a pointer to the text, not a value. */
export function isPointer(text: string): boolean {
  return /^see how to become (?:one|an?\b.*)$/i.test(text.trim());
}

const LOWER_BOUND = String.raw`(?:(?:this wage is |was )?equal to or greater than|at least|≥)`;
/** "$239,200 or more": the Handbook's tables write the top-coded wage so; a lower bound, like "equal to or greater than". */
const OR_MORE = /\s+or more\.?$/i;
const PAY_PHRASE = new RegExp(
  String.raw`(${LOWER_BOUND}\s*)?\$\s?(${AMOUNT})(?:\s+(or more))?\s*(?:(?:per|an?|each)\s+(year|hour)|(annually|hourly))?(?:\s+(or more))?`,
  'gi',
);

interface PayPhrase extends Pay {
  period: Period | undefined;
}

/** Every "$X per year" / "equal to or greater than $X per hour" in a text, in order. */
function payPhrases(text: string): PayPhrase[] {
  const out: PayPhrase[] = [];
  PAY_PHRASE.lastIndex = 0;
  for (let m = PAY_PHRASE.exec(text); m !== null; m = PAY_PHRASE.exec(text)) {
    const amount = parseAmount(m[2] ?? '');
    if (amount === undefined) continue;
    const word = (m[4] ?? m[5] ?? '').toLowerCase();
    const period: Period | undefined = word === 'year' || word === 'annually' ? 'year' : word === 'hour' || word === 'hourly' ? 'hour' : undefined;
    out.push({ amount, bound: m[1] || m[3] || m[6] ? 'at-least' : 'exact', period });
  }
  return out;
}

/**
 * The Quick Facts median pay: "$125,770 per year $60.47 per hour", either
 * alone, or "This wage is equal to or greater than $239,200 per year" (a
 * lower bound). Every figure must say its period; an empty cell is null.
 */
export function parseMedianPayCell(text: string): { yearly?: Pay; hourly?: Pay } | null | undefined {
  if (isNotAvailable(text)) return null;
  const phrases = payPhrases(text);
  if (phrases.length === 0 || phrases.length > 2 || phrases.some((p) => p.period === undefined)) return undefined;
  const out: { yearly?: Pay; hourly?: Pay } = {};
  for (const p of phrases) {
    const key = p.period === 'year' ? 'yearly' : 'hourly';
    if (out[key]) return undefined;
    out[key] = { amount: p.amount, bound: p.bound };
  }
  return out;
}

/**
 * A pay cell of a table whose heading says what it is ("2024 MEDIAN PAY",
 * the industries table): "$81,680", "This wage is equal to or greater than
 * $239,200 per year", "$239,200 or more" (both lower bounds), "$17.50 per
 * hour". A bare amount with cents is hourly
 * (the Handbook writes hourly wages with cents and yearly ones without).
 */
export function parsePayCell(text: string, period?: Period): (Pay & { period: Period }) | null | undefined {
  if (isNotAvailable(text)) return null;
  const phrases = payPhrases(text);
  const [only] = phrases;
  let pay: Pay & { period: Period };
  if (!only || phrases.length > 1) {
    const amount = text.replace(OR_MORE, '');
    const bare = parseAmount(amount);
    if (bare === undefined) return undefined;
    pay = { amount: bare, bound: amount === text ? 'exact' : 'at-least', period: period ?? (/\.\d{2}\s*$/.test(amount) ? 'hour' : 'year') };
  } else {
    pay = { amount: only.amount, bound: only.bound, period: only.period ?? period ?? (Number.isInteger(only.amount) ? 'year' : 'hour') };
  }
  // A yearly wage in cents ("$23.80" under "Median annual wages") is an hourly one in the wrong place.
  return pay.period === 'year' && !Number.isInteger(pay.amount) ? undefined : pay;
}

/** "33,600" → 33600; "-7,300" or "−7,300" → -7300. */
export function parseSignedCount(text: string): number | undefined {
  const m = /^([-−–+]?)\s?(\d{1,3}(?:,\d{3})+|\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const value = Number((m[2] ?? '').replace(/,/g, ''));
  return m[1] === '-' || m[1] === '−' || m[1] === '–' ? -value : value;
}

export function parseCount(text: string): number | undefined {
  const value = parseSignedCount(text);
  return value !== undefined && value >= 0 && !/^[+]/.test(text.trim()) ? value : undefined;
}

/** "22% (Much faster than average)" → { percent: 22, words }; "-14% (Decline)"; "0%". */
export function parseOutlookCell(text: string): { percent: number; words?: string } | undefined {
  const m = /^([-−–+]?)\s?(\d+(?:\.\d+)?)\s?%\s*(?:\(([^()]+)\))?$/.exec(text.trim());
  if (!m) return undefined;
  const value = Number(m[2]);
  const percent = m[1] === '-' || m[1] === '−' || m[1] === '–' ? -value : value;
  const words = m[3]?.trim();
  return words ? { percent, words } : { percent };
}

/** A percent in a table cell: "78%" or "14" (the Handbook drops the "%" after the first row). */
export function parseSharePercent(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s?%?$/.exec(text.trim());
  if (!m) return undefined;
  const value = Number(m[1]);
  return value <= 100 ? value : undefined;
}

/** A span of years in a label: "Job Outlook, 2024–34" → { from: 2024, to: 2034 }. */
export function yearSpan(text: string): { from: number; to: number } | undefined {
  const m = /(\d{4})\s?[-–—]\s?(\d{2}|\d{4})\b/.exec(text);
  if (!m) return undefined;
  const from = Number(m[1]);
  const tail = m[2] ?? '';
  const to = tail.length === 4 ? Number(tail) : Math.floor(from / 100) * 100 + Number(tail);
  return to > from ? { from, to } : undefined;
}

/** The one year a label names: "Number of Jobs, 2024" → 2024. */
export function singleYear(text: string): number | undefined {
  const years = text.match(/\b(?:19|20|21)\d{2}\b/g);
  return years && years.length === 1 ? Number(years[0]) : undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Thursday, August 28, 2025" → "2025-08-28"; an impossible date is undefined. */
export function parseLongDate(text: string): string | undefined {
  const m = /(?:^|,\s*|\s)([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})/.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[1] ?? '').toLowerCase());
  const day = Number(m[2]);
  const year = Number(m[3]);
  if (month === -1) return undefined;
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** "annual" → per year, "hourly" → per hour. */
function periodOf(word: string | undefined): Period {
  return (word ?? '').toLowerCase() === 'annual' ? 'year' : 'hour';
}

export interface DatedPeriod {
  period: Period;
  year?: number;
}

/** The period a median-wages phrase names, with the one year the text names (if it names one). */
function datedPeriod(word: string | undefined, text: string): DatedPeriod {
  const year = singleYear(text);
  return { period: periodOf(word), ...(year ? { year } : {}) };
}

/** "Median annual wages, May 2024" → { period: 'year', year: 2024 }. */
export function wageCaption(text: string): DatedPeriod | undefined {
  const m = /median (annual|hourly) wages?/i.exec(text);
  return m ? datedPeriod(m[1], text) : undefined;
}

export interface WageParagraph {
  /** Whose wage: "actuaries", "disc jockeys, except radio". */
  subject: string;
  period: Period;
  year?: number;
  median: Pay;
  percentiles?: { low10: Pay; high10: Pay };
}

const MONEY = String.raw`(${LOWER_BOUND}\s*)?\$\s?(${AMOUNT})`;
const WAGE_SENTENCE = new RegExp(String.raw`the median (annual|hourly) wage for (.+?) was ${MONEY}(?: in (?:[A-Z][a-z]+ )?(\d{4}))?`, 'i');
const PERCENTILES = new RegExp(String.raw`lowest 10 percent earned less than ${MONEY},? and the highest 10 percent earned more than ${MONEY}`, 'i');

function pay(bound: string | undefined, digits: string | undefined): Pay | undefined {
  const amount = parseAmount(digits ?? '');
  return amount === undefined ? undefined : { amount, bound: bound ? 'at-least' : 'exact' };
}

/**
 * "The median annual wage for actuaries was $125,770 in May 2024. … The
 * lowest 10 percent earned less than $X, and the highest 10 percent earned
 * more than $Y."
 */
export function parseWageParagraph(text: string): WageParagraph | undefined {
  const m = WAGE_SENTENCE.exec(text);
  if (!m) return undefined;
  const median = pay(m[3], m[4]);
  const subject = (m[2] ?? '').trim();
  if (!median || subject === '') return undefined;
  const out: WageParagraph = { subject, period: periodOf(m[1]), median };
  if (m[5]) out.year = Number(m[5]);
  const p = PERCENTILES.exec(text);
  const low10 = pay(p?.[1], p?.[2]);
  const high10 = pay(p?.[3], p?.[4]);
  if (low10 && high10 && low10.amount <= high10.amount) out.percentiles = { low10, high10 };
  return out;
}

/** A sentence introducing a table of median wages: whose wages, per what, when. */
export interface WagesIntro extends DatedPeriod {
  subject: string;
}

function wagesIntro(m: RegExpExecArray | null, text: string): WagesIntro | undefined {
  return m ? { subject: (m[2] ?? '').trim(), ...datedPeriod(m[1], text) } : undefined;
}

/** "In May 2024, the median annual wages for actuaries in the top industries …" → whose, per what, when. */
export function industryTableIntro(text: string): WagesIntro | undefined {
  return wagesIntro(/median (annual|hourly) wages for (.+?) in the top industries/i.exec(text), text);
}

/** "Median annual wages for police and detectives in May 2024 were as follows:" (the specialties' wages). */
export function specialtyWagesIntro(text: string): WagesIntro | undefined {
  return wagesIntro(/^median (annual|hourly) wages for (.+?) in (?:[A-Z][a-z]+ )?\d{4} were as follows/i.exec(text.trim()), text);
}

/** "About 2,400 openings for actuaries are projected each year, on average, over the decade." */
export function parseOpenings(text: string): { subject: string; count: number } | undefined {
  const m = /about ([\d,]+) openings for (.+?) are projected each year/i.exec(text);
  const count = parseCount(m?.[1] ?? '');
  if (!m || count === undefined) return undefined;
  return { subject: (m[2] ?? '').trim(), count };
}

/** "Employment of actuaries is projected to grow 22 percent from 2024 to 2034, …" → whose, which way. */
export function parseOutlookSentence(text: string): { subject: string; direction: OutlookDirection } | undefined {
  const m = /employment of (.+?) is projected to (grow|increase|decline|decrease|show little or no change|change little)/i.exec(text);
  if (!m) return undefined;
  const verb = (m[2] ?? '').toLowerCase();
  const direction: OutlookDirection = verb === 'grow' || verb === 'increase' ? 'grow' : verb === 'decline' || verb === 'decrease' ? 'decline' : 'stable';
  return { subject: (m[1] ?? '').trim(), direction };
}

/**
 * "Actuaries held about 33,600 jobs in 2024. The largest employers of
 * actuaries were as follows:" → whose jobs, how many, and whose employers.
 */
export function parseEmployersIntro(text: string): { subject: string; jobs?: { count: number; year: number } } | undefined {
  const employers = /the largest employers of (.+?) (?:were|are) as follows/i.exec(text);
  if (!employers) return undefined;
  const subject = (employers[1] ?? '').trim();
  const held = /^(.+?) held about ([\d,]+) jobs in (\d{4})/i.exec(text);
  const count = parseCount(held?.[2] ?? '');
  return count !== undefined && held ? { subject, jobs: { count, year: Number(held[3]) } } : { subject };
}

/**
 * "Agricultural workers held about 812,600 jobs in 2024. Employment in the
 * detailed occupations that make up agricultural workers was distributed as
 * follows:" → whose specialties, and the year of their job counts in the table after it.
 */
export function parseDistributionIntro(text: string): { subject: string; year?: number } | undefined {
  const m = /employment in the detailed occupations that make up (.+?) (?:was|is) distributed as follows/i.exec(text);
  if (!m) return undefined;
  const subject = (m[1] ?? '').trim();
  const year = /held about [\d,.]+(?: million| thousand)? jobs in (\d{4})/i.exec(text)?.[1];
  return year ? { subject, year: Number(year) } : { subject };
}
