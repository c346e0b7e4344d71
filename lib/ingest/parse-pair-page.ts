/**
 * Parses an "X vs Y" comparison page: a prose intro (time to become each,
 * who earns more, top three skills), pipe tables whose header row names the
 * occupations, and a description paragraph per occupation.
 *
 * Occupations are named by the table headers. Prose names them in lower
 * case and sometimes mis-pluralised ("collectionss, customer service"), so
 * each prose mention is matched to the closest header title, never by order.
 */
import type { FactKey, FactValue } from '../profile-schema';
import { headerIndexForProse, paragraphSubject, subjectScore, titleSimilarity } from './occupation-identity';
import { observe, type PageParse, type PageText } from './page-parse';
import { collapseWhiteSpace } from './white-space';
import {
  parseCount,
  parseDecimal,
  parseDegree,
  parseDuration,
  parseGenderSplit,
  parseGroupShares,
  parseHourly,
  parseMoney,
  parseMoneyRange,
  parsePercent,
  parseText,
  memoized,
  splitProseList,
  type Parsed,
} from './parse-values';

/** Parsers of values that are objects, remembering their answers (see `memoized`). */
const parseDegreeOnce = memoized(parseDegree);
const parseMoneyRangeOnce = memoized(parseMoneyRange);
const parseGenderSplitOnce = memoized(parseGenderSplit);
const parseGroupSharesOnce = memoized(parseGroupShares);
const parseDurationOnce = memoized(parseDuration);
const splitProseListOnce = memoized((text: string) => splitProseList(text));

/** The four tables a complete page has: overview, pay, education, demographics. */
const EXPECTED_TABLES = 4;

/** Site navigation scraped along with the page. */
const NAVIGATION = new Set([
  'explore jobs',
  'find specific jobs',
  'explore careers',
  'explore professions',
  'best companies',
  'explore companies',
]);

/** Lead-in sentences that introduce a section and carry no facts. Each with the literal ending its pattern requires, checked first. */
const LEAD_INS: readonly { ending: string; pattern: RegExp }[] = [
  { ending: ' can be seen in a few details.', pattern: /^The differences between .+ can be seen in a few details\.$/ },
  { ending: 'Each job has different responsibilities and duties.', pattern: /^Each job has different responsibilities and duties\.$/ },
  { ending: ' have different pay scales, as shown below.', pattern: /^.+ have different pay scales, as shown below\.$/ },
  { ending: ' in terms of educational background:', pattern: /^There are a few differences between .+ in terms of educational background:$/ },
  { ending: ' demographics:', pattern: /^Here are the differences between .+ demographics:$/ },
];

function isLeadIn(sentence: string): boolean {
  for (const { ending, pattern } of LEAD_INS) if (sentence.endsWith(ending) && pattern.test(sentence)) return true;
  return false;
}

interface RowSpec<K extends FactKey> {
  field: K;
  parse: (text: string) => Parsed<FactValue<K>>;
}

function row<K extends FactKey>(field: K, parse: (text: string) => Parsed<FactValue<K>>): RowSpec<K> {
  return { field, parse };
}

/** Table row labels (lower case) and the fact each one fills. */
const ROWS: ReadonlyMap<string, RowSpec<FactKey>> = new Map<string, RowSpec<FactKey>>([
  ['yearly salary', row('averageSalary', parseMoney)],
  ['average salary', row('averageSalary', parseMoney)],
  ['hourly rate', row('hourlyRate', parseHourly)],
  ['growth rate', row('growthRate', parsePercent)],
  ['number of jobs', row('numberOfJobs', parseCount)],
  ['job satisfaction', row('jobSatisfaction', parseDecimal)],
  ['most common degree', row('mostCommonDegree', parseDegreeOnce)],
  ['average age', row('averageAge', parseDecimal)],
  ['years of experience', row('yearsOfExperience', parseDecimal)],
  ['salary range', row('salaryRange', parseMoneyRangeOnce)],
  ['highest paying city', row('highestPayingCity', parseText)],
  ['highest paying state', row('highestPayingState', parseText)],
  ['best paying company', row('bestPayingCompany', parseText)],
  ['best paying industry', row('bestPayingIndustry', parseText)],
  ['most common major', row('mostCommonMajor', parseText)],
  ['most common college', row('mostCommonCollege', parseText)],
  ['gender ratio', row('genderSplit', parseGenderSplitOnce)],
  ['race ratio', row('raceRatio', parseGroupSharesOnce)],
  ['lgbt percentage', row('lgbtPercentage', parsePercent)],
]);

/**
 * Longest navigation entry. Lower-casing never shortens a string (U+0130 even lengthens it),
 * so a longer line is not navigation: it need not be lower-cased to find out.
 */
const NAVIGATION_MAX_LENGTH = Math.max(...[...NAVIGATION].map((n) => n.length));

function isNavigation(trimmed: string): boolean {
  return trimmed.length <= NAVIGATION_MAX_LENGTH && NAVIGATION.has(trimmed.toLowerCase());
}

function isTableLine(line: string): boolean {
  return line.trimStart().startsWith('|');
}

/** Cells of a pipe-table line, without the outer pipes. */
function cells(line: string): string[] {
  let inner = line.trim();
  if (inner.startsWith('|')) inner = inner.slice(1);
  if (inner.endsWith('|')) inner = inner.slice(0, -1);
  return inner.split('|').map((c) => c.trim());
}

function isSeparatorRow(line: string): boolean {
  return /^\|?[\s:|-]+\|?$/.test(line.trim()) && line.includes('-');
}

/** The header titles of a table line: its non-empty cells. */
function headerTitles(line: string): string[] {
  return cells(line).filter((c) => c !== '');
}

/** True when the text reads like a comparison page: a pipe table headed by two or more occupations. */
export function looksLikePairPage(lines: readonly string[]): boolean {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (!isTableLine(line)) continue;
    const next = lines[i + 1] ?? '';
    if (headerTitles(line).length >= 2 && isTableLine(next) && cells(next).length >= 3) return true;
  }
  return false;
}

function stripArticle(text: string): string {
  return text.trim().replace(/^(?:an?|the)\s+/i, '');
}

/**
 * A sentence end: punctuation, white space, a capital. The same breaks as splitting on
 * /(?<=[.!?:])\s+(?=[A-Z])/ (the white space run after the punctuation, when a capital follows
 * it), found without a look-behind tried at every character of every paragraph. A match cannot
 * overlap the next one: the capital it consumes is never punctuation.
 */
const SENTENCE_BREAK = /[.!?:]\s+[A-Z]/g;

export function splitSentences(paragraph: string): string[] {
  // Prose writes titles in lower case, so ". " before a capital ends a sentence.
  const sentences: string[] = [];
  let start = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(paragraph); m !== null; m = SENTENCE_BREAK.exec(paragraph)) {
    sentences.push(paragraph.slice(start, m.index + 1));
    start = m.index + m[0].length - 1;
  }
  sentences.push(paragraph.slice(start));
  return sentences.filter((s) => s.trim() !== '');
}

export function parsePairPage(page: PageText): PageParse {
  const { lines, firstLine } = page;
  const result: PageParse = { format: 'pair-page', titles: [], observations: [], unrecognised: [], diagnostics: [] };
  const fileLine = (index: number) => firstLine + index;

  // Pass 1: split the page into table blocks and prose lines.
  const tables: { start: number; rows: number[] }[] = [];
  const prose: number[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (isTableLine(line)) {
      const current = tables[tables.length - 1];
      if (current && i > 0 && isTableLine(lines[i - 1] ?? '')) current.rows.push(i);
      else tables.push({ start: i, rows: [] });
    } else if (line.trim() !== '' && !isNavigation(line.trim())) {
      prose.push(i);
    }
  }

  const firstTable = tables[0];
  if (!firstTable) return result;
  const titles = headerTitles(lines[firstTable.start] ?? '');
  result.titles = titles;

  // Where the page was cut, if it was: the line after which nothing is trusted.
  const lastIndex = lastNonBlank(lines);
  const lastLine = (lines[lastIndex] ?? '').trim();
  let cutIndex: number | undefined;
  if (isTableLine(lastLine) && (!lastLine.endsWith('|') || cells(lastLine).length < titles.length + 1)) {
    cutIndex = lastIndex;
    result.diagnostics.push({
      line: fileLine(lastIndex),
      severity: 'error',
      code: 'truncated-page',
      message: `page is truncated: the last table row is cut off (${JSON.stringify(lastLine.slice(0, 80))}); facts before it are kept`,
    });
  } else if (!isTableLine(lastLine) && !/[.!?:")]$/.test(lastLine)) {
    cutIndex = lastIndex;
    result.diagnostics.push({
      line: fileLine(lastIndex),
      severity: 'error',
      code: 'truncated-page',
      message: 'page is truncated: it ends in the middle of a sentence; facts before it are kept',
    });
  } else if (tables.length < EXPECTED_TABLES) {
    result.diagnostics.push({
      line: fileLine(lastIndex),
      severity: 'error',
      code: 'truncated-page',
      message: `page is truncated: it ends after ${tables.length} of the ${EXPECTED_TABLES} tables a comparison page has; facts before it are kept`,
    });
  }
  if (result.diagnostics.length > 0) result.truncatedAt = fileLine(cutIndex ?? lastIndex);
  if (cutIndex !== undefined) {
    result.unrecognised.push({ label: 'truncated line', text: lines[cutIndex] ?? '', line: fileLine(cutIndex) });
  }

  for (const table of tables) parseTable(table, titles, lines, fileLine, cutIndex, result);

  // Pass 2: prose. Known sentences give facts; paragraphs about one occupation are its description.
  const descriptions: { index: number; text: string }[] = [];
  for (const i of prose) {
    if (i === cutIndex) continue;
    const text = (lines[i] ?? '').trim();
    const sentences = splitSentences(text);
    const unknown = sentences.filter((s) => !parseSentence(s, titles, fileLine(i), result));
    if (unknown.length === 0) continue;
    if (unknown.length === sentences.length && i > firstTable.start) {
      descriptions.push({ index: i, text });
    } else {
      for (const s of unknown) {
        result.unrecognised.push({ label: 'sentence', text: s, line: fileLine(i) });
      }
    }
  }
  assignDescriptions(descriptions, titles, fileLine, result);
  return result;
}

function lastNonBlank(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i -= 1) if ((lines[i] ?? '').trim() !== '') return i;
  return 0;
}

function parseTable(
  table: { start: number; rows: number[] },
  titles: string[],
  lines: readonly string[],
  fileLine: (index: number) => number,
  cutIndex: number | undefined,
  result: PageParse,
): void {
  const header = headerTitles(lines[table.start] ?? '');
  // Columns are mapped by title, so a table listing the occupations in another order still lines up.
  const columns = header.map((h) => titles.indexOf(h));
  if (header.length !== titles.length || columns.some((c) => c < 0)) {
    result.diagnostics.push({
      line: fileLine(table.start),
      severity: 'warning',
      code: 'inconsistent-table',
      message: `table header ${JSON.stringify(header)} does not match the page's occupations ${JSON.stringify(titles)}; its rows are kept unrecognised`,
    });
  }
  const columnsKnown = columns.every((c) => c >= 0);
  for (const i of table.rows) {
    if (i === cutIndex) continue;
    const line = lines[i] ?? '';
    if (isSeparatorRow(line)) continue;
    const row = cells(line);
    const label = row[0] ?? '';
    const values = row.slice(1);
    // ROWS keys are lower case with single spaces.
    const spec = ROWS.get(collapseWhiteSpace(label.toLowerCase()));
    const aligned = values.length === header.length && columnsKnown;
    if (!spec || !aligned) {
      if (aligned) {
        values.forEach((value, col) =>
          result.unrecognised.push({ title: titles[columns[col] ?? 0], label, text: value, line: fileLine(i) }),
        );
        result.diagnostics.push({
          line: fileLine(i),
          severity: 'warning',
          code: 'unrecognised-row',
          message: `unrecognised table row "${label}"; its values are kept verbatim`,
        });
      } else {
        result.unrecognised.push({ label: label || 'table row', text: line.trim(), line: fileLine(i) });
        result.diagnostics.push({
          line: fileLine(i),
          severity: 'warning',
          code: 'unrecognised-row',
          message: `table row has ${values.length} values for ${header.length} occupations; kept verbatim`,
        });
      }
      continue;
    }
    values.forEach((text, col) => {
      const title = titles[columns[col] ?? -1];
      if (title === undefined) return;
      const value = spec.parse(text);
      if (value === undefined) {
        result.unrecognised.push({ title, label, text, line: fileLine(i) });
        result.diagnostics.push({
          line: fileLine(i),
          severity: 'warning',
          code: 'unparsed-value',
          message: `"${label}" of ${title}: cannot read ${JSON.stringify(text)}; kept verbatim`,
        });
        return;
      }
      result.observations.push(observe(title, spec.field, value, fileLine(i)));
    });
  }
}

/** The header title a prose mention names, or undefined (with a warning). */
function resolveTitle(prose: string, titles: string[], line: number, result: PageParse): string | undefined {
  const i = headerIndexForProse(stripArticle(prose), titles);
  if (i === undefined) {
    result.diagnostics.push({
      line,
      severity: 'warning',
      code: 'unmatched-title',
      message: `"${stripArticle(prose)}" in the prose matches none of the table titles ${JSON.stringify(titles)}`,
    });
  }
  return i === undefined ? undefined : titles[i];
}

/** Facts from one intro sentence; false when the sentence is not one the parser knows. */
function parseSentence(sentence: string, titles: string[], line: number, result: PageParse): boolean {
  const s = sentence.trim();
  if (isLeadIn(s)) return true;

  let m = /^While it typically takes (.+?) to become (.+?), becoming (.+?) (?:takes usually requires|usually requires|takes|requires) (.+?)\.$/.exec(s);
  if (m) {
    const [a, b] = [resolveTitle(m[2] ?? '', titles, line, result), resolveTitle(m[3] ?? '', titles, line, result)];
    const [ta, tb] = [parseDurationOnce(m[1] ?? ''), parseDurationOnce(m[4] ?? '')];
    if (!a || !b || a === b || !ta || !tb) return false;
    result.observations.push(observe(a, 'timeToBecome', ta, line));
    result.observations.push(observe(b, 'timeToBecome', tb, line));
    return true;
  }

  m = /^It typically takes (.+?) to become both (.+)\.$/.exec(s);
  if (m) {
    const time = parseDurationOnce(m[1] ?? '');
    const both = splitBoth(m[2] ?? '', titles);
    if (!time || !both) return false;
    for (const title of both) result.observations.push(observe(title, 'timeToBecome', time, line));
    return true;
  }

  m = /^Additionally, (.+?) has an average salary of (\$[\d,.]+k?), which is (?:higher|lower|more|less) than the (\$[\d,.]+k?) average annual salary of (.+?)\.$/i.exec(s);
  if (m) {
    const [a, b] = [resolveTitle(m[1] ?? '', titles, line, result), resolveTitle(m[4] ?? '', titles, line, result)];
    const [sa, sb] = [parseMoney(m[2] ?? ''), parseMoney(m[3] ?? '')];
    if (!a || !b || a === b || sa == null || sb == null) return false;
    result.observations.push(observe(a, 'averageSalary', sa, line));
    result.observations.push(observe(b, 'averageSalary', sb, line));
    return true;
  }

  m = /^The (?:top three|most important) skills for (.+?) (?:include|are) (.+)$/.exec(s);
  if (m) {
    const title = resolveTitle(m[1] ?? '', titles, line, result);
    const skills = splitProseListOnce(m[2] ?? '') ?? [];
    if (!title || skills.length === 0) return false;
    result.observations.push(observe(title, 'topSkills', skills, line));
    return true;
  }
  return false;
}

/**
 * "a collections, customer service and a customer service specialist": the
 * titles may contain commas and "and", so try every "and a(n)" split and keep
 * the one whose halves best match two different header titles.
 */
function splitBoth(text: string, titles: string[]): [string, string] | undefined {
  let best: [string, string] | undefined;
  let bestScore = 0;
  for (const m of text.matchAll(/\s+and\s+(?=(?:an?|the)\s)/gi)) {
    const left = stripArticle(text.slice(0, m.index));
    const right = stripArticle(text.slice((m.index ?? 0) + m[0].length));
    const a = headerIndexForProse(left, titles);
    const b = headerIndexForProse(right, titles);
    if (a === undefined || b === undefined || a === b) continue;
    const ta = titles[a];
    const tb = titles[b];
    if (ta === undefined || tb === undefined) continue;
    const score = titleSimilarity(left, ta) + titleSimilarity(right, tb);
    if (score > bestScore) {
      best = [ta, tb];
      bestScore = score;
    }
  }
  return best;
}

/**
 * Gives each description paragraph to the occupation it is about, judged
 * by which title its first sentence names, trying every one-to-one pairing.
 */
function assignDescriptions(
  paragraphs: { index: number; text: string }[],
  titles: string[],
  fileLine: (index: number) => number,
  result: PageParse,
): void {
  const scores = paragraphs.map((p) => {
    const subject = paragraphSubject(p.text);
    return titles.map((t) => subjectScore(subject, t));
  });
  const assignment = bestAssignment(scores, titles.length);
  paragraphs.forEach((p, i) => {
    const t = assignment[i];
    const title = t === undefined ? undefined : titles[t];
    if (title !== undefined && (scores[i]?.[t ?? 0] ?? 0) >= 0.5) {
      result.observations.push(observe(title, 'description', p.text, fileLine(p.index)));
    } else {
      result.unrecognised.push({ label: 'paragraph', text: p.text, line: fileLine(p.index) });
      result.diagnostics.push({
        line: fileLine(p.index),
        severity: 'warning',
        code: 'unrecognised-text',
        message: 'paragraph names none of the occupations clearly; kept verbatim',
      });
    }
  });
}

/**
 * The one-to-one pairing of paragraphs to titles with the highest total
 * score (pages have two or a few occupations, so trying all is cheap).
 * Ties keep page order.
 */
function bestAssignment(scores: number[][], titleCount: number): (number | undefined)[] {
  if (scores.length > 6 || titleCount > 6) return scores.map((_, i) => (i < titleCount ? i : undefined));
  let best: (number | undefined)[] = [];
  let bestTotal = -1;
  const current: (number | undefined)[] = [];
  const used = new Set<number>();
  const visit = (p: number, total: number) => {
    if (p === scores.length) {
      if (total > bestTotal + 1e-9) {
        bestTotal = total;
        best = [...current];
      }
      return;
    }
    for (let t = 0; t < titleCount; t += 1) {
      if (used.has(t)) continue;
      used.add(t);
      current.push(t);
      visit(p + 1, total + (scores[p]?.[t] ?? 0));
      current.pop();
      used.delete(t);
    }
    current.push(undefined);
    visit(p + 1, total);
    current.pop();
  };
  visit(0, 0);
  return best;
}
