/**
 * Parses a "What Does an X Do?" career-guide article: summary, duties,
 * salary & outlook, requirements, skills with descriptions, work
 * environment and advancement prospects, followed by site navigation.
 */
import type { FactValue } from '../profile-schema';
import { observe, type PageParse, type PageText } from './page-parse';
import { parseSalaryPoint } from './parse-values';

const TITLE_RE = /^What Does (?:an?|the) (.+?) Do\?$/;

type SectionKind = 'duties' | 'salary' | 'requirements' | 'skills' | 'environment' | 'advancement';

/** Section headings, optionally preceded by the occupation title ("Order Processor Job Duties"). */
const SECTION_HEADINGS: ReadonlyArray<[RegExp, SectionKind]> = [
  [/^(?:.+ )?(?:Job )?Duties$/, 'duties'],
  [/^(?:.+ )?Salary (?:&|and) (?:Job )?Outlook$/, 'salary'],
  [/^(?:.+ )?(?:Job )?Requirements$/, 'requirements'],
  [/^(?:.+ )?Skills$/, 'skills'],
  [/^(?:.+ )?Work Environment$/, 'environment'],
  [/^(?:.+ )?Advancement Prospects$/, 'advancement'],
];

/** Every section a complete article has; the last one missing means the page was cut. */
const EXPECTED_SECTIONS: readonly SectionKind[] = ['duties', 'salary', 'requirements', 'skills', 'environment', 'advancement'];

const BULLET_RE = /^(?:[•·▪◦*-]|\d+[.)])\s+(.+)$/;

/** A short line with no closing punctuation that starts with the title: a heading we don't know. */
function isUnknownHeading(line: string, title: string): boolean {
  return line.length <= 80 && line.startsWith(`${title} `) && !/[.!?:,;]$/.test(line);
}

function findArticleTitle(lines: readonly string[]): { title: string; index: number } | undefined {
  for (let i = 0; i < lines.length; i += 1) {
    const m = TITLE_RE.exec((lines[i] ?? '').trim());
    if (m?.[1]) return { title: m[1].trim(), index: i };
  }
  return undefined;
}

/** True when the text reads like a career-guide article: a "What Does an X Do?" title and a known section. */
export function looksLikeArticle(lines: readonly string[]): boolean {
  const found = findArticleTitle(lines);
  if (!found) return false;
  return lines.some((l, i) => i > found.index && sectionOf(l.trim()) !== undefined);
}

function sectionOf(line: string): SectionKind | undefined {
  if (line.length > 80 || /[.!?:,;]$/.test(line)) return undefined;
  for (const [re, kind] of SECTION_HEADINGS) if (re.test(line)) return kind;
  return undefined;
}

/** Navigation after the article: links to other articles and "Back to …". */
function isNavigation(line: string): boolean {
  return TITLE_RE.test(line) || /^Back to [A-Z][\w &-]*$/.test(line);
}

function outlookDirection(sentence: string): FactValue<'outlook'>['direction'] | undefined {
  const m = /expected to (\w+(?: \w+)?)/i.exec(sentence);
  const verb = (m?.[1] ?? '').toLowerCase();
  if (/^(?:decline|decrease|shrink|fall|drop)/.test(verb)) return 'decline';
  if (/^(?:grow|increase|rise|expand)/.test(verb)) return 'grow';
  if (/^(?:remain|stay|hold)/.test(verb) || /little or no change/i.test(sentence)) return 'stable';
  return undefined;
}

interface Paragraph {
  text: string;
  line: number;
  bullet: boolean;
}

export function parseArticlePage(page: PageText): PageParse {
  const { lines, firstLine } = page;
  const result: PageParse = { format: 'career-article', titles: [], observations: [], unrecognised: [], diagnostics: [] };
  const found = findArticleTitle(lines);
  if (!found) return result;
  const { title } = found;
  result.titles = [title];

  // Above the title only the breadcrumb ("Career Development") is expected.
  for (let i = 0; i < found.index; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (line !== '' && line !== 'Career Development') {
      result.unrecognised.push({ label: 'before title', text: line, line: firstLine + i });
    }
  }

  // Group lines into sections of paragraphs; each non-blank line is a paragraph.
  const intro: Paragraph[] = [];
  const sections = new Map<SectionKind, Paragraph[]>();
  const unknownSections: { heading: string; line: number; paragraphs: Paragraph[] }[] = [];
  let current: Paragraph[] = intro;
  let navigationFrom: number | undefined;
  let lastContent = found.index;
  for (let i = found.index + 1; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (isNavigation(line)) {
      navigationFrom ??= i;
      continue;
    }
    if (navigationFrom !== undefined) {
      // Text after the navigation started is not part of the article.
      result.unrecognised.push({ label: 'after navigation', text: line, line: firstLine + i });
      continue;
    }
    lastContent = i;
    const kind = sectionOf(line);
    if (kind && !sections.has(kind)) {
      current = [];
      sections.set(kind, current);
      continue;
    }
    if (isUnknownHeading(line, title)) {
      current = [];
      unknownSections.push({ heading: line, line: firstLine + i, paragraphs: current });
      continue;
    }
    const bullet = BULLET_RE.exec(line);
    current.push({ text: bullet?.[1]?.trim() ?? line, line: firstLine + i, bullet: bullet !== null });
  }

  // A page cut short: sections missing at the end, or a last line ending mid-sentence.
  const lastLine = (lines[lastContent] ?? '').trim();
  const missing = EXPECTED_SECTIONS.filter((k) => !sections.has(k));
  const cutMidSentence = navigationFrom === undefined && !/[.!?:")]$/.test(lastLine) && sectionOf(lastLine) === undefined;
  if (cutMidSentence || (navigationFrom === undefined && missing.includes('advancement'))) {
    result.truncatedAt = firstLine + lastContent;
    result.diagnostics.push({
      line: firstLine + lastContent,
      severity: 'error',
      code: 'truncated-page',
      message: cutMidSentence
        ? 'page is truncated: it ends in the middle of a sentence; facts before it are kept'
        : `page is truncated: sections missing at the end (${missing.join(', ')}); facts before it are kept`,
    });
    if (cutMidSentence) dropLastParagraph(lastContent + firstLine, intro, sections, result);
  }

  parseIntro(intro, title, result);
  parseDuties(sections.get('duties'), title, result);
  parseSalary(sections.get('salary'), title, result);
  parseLabelled(sections.get('requirements'), title, result);
  parseSkills(sections.get('skills'), title, result);
  parseParagraphs(sections.get('environment'), title, 'workEnvironment', result);
  parseParagraphs(sections.get('advancement'), title, 'advancement', result);
  for (const s of unknownSections) {
    result.unrecognised.push({ title, label: s.heading, text: s.paragraphs.map((p) => p.text).join('\n'), line: s.line });
    result.diagnostics.push({ line: s.line, severity: 'warning', code: 'unrecognised-text', message: `unrecognised section "${s.heading}"; kept verbatim` });
  }
  return result;
}

/** Removes the cut-off paragraph so half a sentence never becomes a fact; it is kept verbatim instead. */
function dropLastParagraph(line: number, intro: Paragraph[], sections: Map<SectionKind, Paragraph[]>, result: PageParse) {
  for (const list of [intro, ...sections.values()]) {
    const idx = list.findIndex((p) => p.line === line);
    if (idx >= 0) {
      const [cut] = list.splice(idx, 1);
      if (cut) result.unrecognised.push({ label: 'truncated line', text: cut.text, line: cut.line });
    }
  }
}

function keepUnrecognised(p: Paragraph, title: string, label: string, result: PageParse) {
  result.unrecognised.push({ title, label, text: p.text, line: p.line });
  result.diagnostics.push({ line: p.line, severity: 'warning', code: 'unrecognised-text', message: `unrecognised ${label}; kept verbatim` });
}

function parseIntro(paragraphs: Paragraph[], title: string, result: PageParse) {
  // The first line under the title is the site's stock subtitle ("Find out what an X does, …").
  const body = paragraphs.filter((p) => !/^Find out what .+ does\b/i.test(p.text));
  if (body.length === 0) return;
  const first = body[0];
  if (!first) return;
  result.observations.push(observe(title, 'summary', body.map((p) => p.text).join('\n\n'), first.line));
}

function parseDuties(paragraphs: Paragraph[] | undefined, title: string, result: PageParse) {
  if (!paragraphs) return;
  const duties = paragraphs.filter((p) => p.bullet);
  for (const p of paragraphs) if (!p.bullet) keepUnrecognised(p, title, 'duties text', result);
  const first = duties[0];
  if (first) result.observations.push(observe(title, 'duties', duties.map((p) => p.text), first.line));
}

function parseSalary(paragraphs: Paragraph[] | undefined, title: string, result: PageParse) {
  if (!paragraphs) return;
  const factors: Paragraph[] = [];
  let outlook: { sentence: string; line: number; direction: FactValue<'outlook'>['direction']; details: string[] } | undefined;
  for (const p of paragraphs) {
    const labelled = /^(Median Annual Salary|Top 10% Annual Salary):\s*(.+)$/i.exec(p.text);
    if (labelled) {
      const value = parseSalaryPoint(labelled[2] ?? '');
      const field = (labelled[1] ?? '').toLowerCase().startsWith('median') ? 'medianSalary' : 'top10Salary';
      if (value === undefined) keepUnrecognised(p, title, labelled[1] ?? 'salary', result);
      else result.observations.push(observe(title, field, value, p.line));
      continue;
    }
    if (p.bullet) {
      keepUnrecognised(p, title, 'salary item', result);
      continue;
    }
    const direction = outlook ? undefined : outlookDirection(p.text);
    if (direction && /\bemployment\b|\boutlook\b|\bjobs?\b/i.test(p.text)) {
      outlook = { sentence: p.text, line: p.line, direction, details: [] };
    } else if (outlook) {
      outlook.details.push(p.text);
    } else {
      factors.push(p);
    }
  }
  const firstFactor = factors[0];
  if (firstFactor) {
    result.observations.push(observe(title, 'salaryFactors', factors.map((p) => p.text).join('\n\n'), firstFactor.line));
  }
  if (outlook) {
    result.observations.push(
      observe(title, 'outlook', { direction: outlook.direction, sentence: outlook.sentence, details: outlook.details }, outlook.line),
    );
  }
}

function parseLabelled(paragraphs: Paragraph[] | undefined, title: string, result: PageParse) {
  for (const p of paragraphs ?? []) {
    const m = /^([A-Z][\w &/,-]{1,60}):\s+(.+)$/.exec(p.text);
    const label = (m?.[1] ?? '').toLowerCase();
    const text = (m?.[2] ?? '').trim();
    if (label.startsWith('education')) result.observations.push(observe(title, 'educationRequirement', text, p.line));
    else if (label.startsWith('experience')) result.observations.push(observe(title, 'experienceRequirement', text, p.line));
    else if (/^(?:certification|licens)/.test(label)) result.observations.push(observe(title, 'certificationRequirement', text, p.line));
    else keepUnrecognised(p, title, m ? `requirement "${m[1]}"` : 'requirements text', result);
  }
}

function parseSkills(paragraphs: Paragraph[] | undefined, title: string, result: PageParse) {
  const skills: FactValue<'skills'> = [];
  let firstLine: number | undefined;
  for (const p of paragraphs ?? []) {
    const m = /^([^:]{2,80}):\s+(.+)$/.exec(p.text);
    if (!m) {
      keepUnrecognised(p, title, 'skills text', result);
      continue;
    }
    firstLine ??= p.line;
    skills.push({ name: (m[1] ?? '').trim(), description: (m[2] ?? '').trim() });
  }
  if (firstLine !== undefined) result.observations.push(observe(title, 'skills', skills, firstLine));
}

function parseParagraphs(
  paragraphs: Paragraph[] | undefined,
  title: string,
  field: 'workEnvironment' | 'advancement',
  result: PageParse,
) {
  const first = paragraphs?.[0];
  if (!paragraphs || !first) return;
  result.observations.push(observe(title, field, paragraphs.map((p) => p.text), first.line));
}
