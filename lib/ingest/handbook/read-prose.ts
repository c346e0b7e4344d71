/**
 * The Handbook's prose sections: what they do (the duties list and the
 * paragraphs around it), the work environment (with the largest employers
 * and work schedules), and how to become one, whose parts (education,
 * training, licenses, experience, advancement, important qualities) go to
 * facts of their own. "Important Qualities" are the occupation's skills.
 */
import type { FactValue } from '../../profile-schema';
import type { HandbookPage } from './handbook-page';
import { parseCount, parseDistributionIntro, parseEmployersIntro, parseSharePercent } from './handbook-values';
import { startsAfter, type Block, type Paragraph, type Table } from './tab-blocks';

type ListField = 'workDetails' | 'duties' | 'workEnvironment' | 'workSchedules' | 'educationDetails' | 'trainingDetails' | 'licenseDetails' | 'experienceDetails' | 'advancement';

/** Paragraphs gathered for list facts, each observed once at its first paragraph's line. */
class Gathered {
  readonly #lists = new Map<ListField, { items: string[]; block: Block }>();

  add(field: ListField, text: string, block: Block): void {
    const list = this.#lists.get(field);
    if (list) list.items.push(text);
    else this.#lists.set(field, { items: [text], block });
  }

  observe(page: HandbookPage): void {
    for (const [field, { items, block }] of this.#lists) page.observe(field, items, block.element);
  }
}

function paragraphBefore(blocks: readonly Block[], index: number): string {
  const before = blocks[index - 1];
  return before?.kind === 'paragraph' ? before.text : '';
}

function addBlock(gathered: Gathered, field: ListField, block: Block): void {
  if (block.kind === 'paragraph') gathered.add(field, block.text, block);
  else if (block.kind === 'list') for (const item of block.items) gathered.add(field, item.text, block);
}

/** What They Do: paragraphs, then "Duties" with "X typically do the following:" and the list. */
export function readWhatTheyDo(page: HandbookPage, blocks: readonly Block[]): void {
  const gathered = new Gathered();
  let inDuties = false;
  let dutiesTaken = false;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      inDuties = /^duties$/i.test(block.text);
      continue;
    }
    if (inDuties && block.kind === 'paragraph' && /typically do the following:?$/i.test(block.text)) continue;
    if (inDuties && block.kind === 'list' && !dutiesTaken) {
      dutiesTaken = true;
      addBlock(gathered, 'duties', block);
      continue;
    }
    if (block.kind === 'paragraph' || block.kind === 'list') addBlock(gathered, 'workDetails', block);
    else if (block.kind === 'table') page.unrecognisedRows('what they do table', block);
  }
  gathered.observe(page);
}

/**
 * Work Environment: paragraphs, the largest employers, injuries, schedules.
 * Each employers table follows a sentence naming whose employers they are:
 * the occupation's, or on a page covering several specialties, each
 * specialty's ("Facilities managers held about 151,400 jobs in 2024.").
 */
export function readWorkEnvironment(page: HandbookPage, blocks: readonly Block[], context: { employment?: number }): void {
  const gathered = new Gathered();
  let field: ListField = 'workEnvironment';
  let employersDone = false;
  let intro: ReturnType<typeof parseEmployersIntro>;
  let distribution: ReturnType<typeof parseDistributionIntro>;
  let introBlock: Block | undefined;
  const tables = blocks.filter((b, i) => b.kind === 'table' && !parseDistributionIntro(paragraphBefore(blocks, i))).length;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      field = /^work schedules?$/i.test(block.text) ? 'workSchedules' : 'workEnvironment';
      intro = undefined;
      continue;
    }
    if (block.kind === 'table' && introBlock && (intro || distribution) && !startsAfter(block, introBlock)) {
      // The sentence before it in the tree is after it in the file (a lost </table>): whose table this is, is unknown.
      page.unrecognisedRows('work environment table', block);
      intro = undefined;
      distribution = undefined;
      continue;
    }
    if (block.kind === 'table' && distribution) {
      const year = distribution.year;
      // The detailed occupations that make up this occupation are its specialties; another occupation's are not.
      const mine = page.isAbout(distribution.subject);
      for (const row of block.rows) {
        const [name, jobs] = row.cells;
        const count = jobs ? parseCount(jobs.text) : undefined;
        if (mine && name && name.text !== '' && count !== undefined && year !== undefined && row.cells.length === 2) page.specialty(name.text, row.element).employment ??= { year, count };
        else page.unrecognisedRow('work environment table', row);
      }
      distribution = undefined;
      continue;
    }
    if (block.kind === 'table') {
      const employers = employerShares(block);
      const subject = intro?.subject;
      const own = subject === undefined ? tables === 1 : page.isAbout(subject) || (tables === 1 && intro?.jobs?.count === context.employment);
      // Another occupation's employers are a specialty's only if the page names that specialty (its projections table).
      const specialty = employers && subject !== undefined && !own ? page.knownSpecialty(subject) : undefined;
      if (employers && own && !employersDone) {
        employersDone = true;
        page.observe('largestEmployers', employers, block.element);
      } else if (employers && specialty) {
        specialty.largestEmployers ??= employers;
        if (intro?.jobs) specialty.employment ??= intro.jobs;
      } else {
        page.unrecognisedRows('work environment table', block);
      }
      intro = undefined;
      continue;
    }
    if (block.kind === 'paragraph') {
      intro = parseEmployersIntro(block.text);
      distribution = parseDistributionIntro(block.text);
      introBlock = block;
      // "X held about N jobs… were as follows:" introduces the table; it is said again by the table itself.
      if (intro || distribution) continue;
    }
    addBlock(gathered, field, block);
  }
  gathered.observe(page);
}

/** "Finance and insurance | 78%" rows; undefined unless every row reads so. */
function employerShares(table: Table): FactValue<'largestEmployers'> | undefined {
  const rows: FactValue<'largestEmployers'> = [];
  for (const row of table.rows) {
    const [employer, share] = row.cells;
    const percent = share ? parseSharePercent(share.text) : undefined;
    if (!employer || percent === undefined || row.cells.length !== 2 || employer.text === '') return undefined;
    rows.push({ employer: employer.text, percent });
  }
  return rows.length > 0 ? rows : undefined;
}

type BecomePart = Exclude<ListField, 'workDetails' | 'duties' | 'workEnvironment' | 'workSchedules'> | 'skills';

/** The part of "How to Become One" a heading starts. */
function becomePart(heading: string): BecomePart | undefined {
  const h = heading.toLowerCase();
  if (/important qualities/.test(h)) return 'skills';
  if (/^education/.test(h)) return 'educationDetails';
  if (/licens|certif|registration/.test(h)) return 'licenseDetails';
  if (/training/.test(h)) return 'trainingDetails';
  if (/experience/.test(h)) return 'experienceDetails';
  if (/advancement/.test(h)) return 'advancement';
  return undefined;
}

/**
 * An "Important Qualities" paragraph as a skill: "Analytical skills.
 * Actuaries identify patterns…" → { name: "Analytical skills", description }.
 * The name is the paragraph's bold lead, or failing that a short first phrase.
 */
function skillOf(block: Paragraph): FactValue<'skills'>[number] | undefined {
  let name = block.lead;
  if (name === undefined) {
    const m = /^([^.]{2,60})\.\s+(.+)$/.exec(block.text);
    if (!m || (m[1] ?? '').split(/\s+/).length > 6) return undefined;
    name = m[1] ?? '';
  }
  // The lead may leave its period outside the bold ("<strong>Leadership skills</strong>. Entertainment…").
  const description = block.text.slice(name.length).replace(/^\s*[.:]?\s*/, '');
  const clean = name.replace(/[.:]\s*$/, '').trim();
  if (clean === '' || description === '') return undefined;
  return { name: clean, description };
}

export function readHowToBecome(page: HandbookPage, blocks: readonly Block[]): void {
  const gathered = new Gathered();
  const summary: { text: string; block: Block }[] = [];
  const skills: FactValue<'skills'> = [];
  let skillsBlock: Block | undefined;
  let part: BecomePart | 'summary' | 'unknown' = 'summary';
  let heading = '';
  for (const block of blocks) {
    if (block.kind === 'heading') {
      heading = block.text;
      part = becomePart(block.text) ?? 'unknown';
      continue;
    }
    if (part === 'summary') {
      if (block.kind === 'paragraph') summary.push({ text: block.text, block });
    } else if (part === 'skills') {
      if (block.kind !== 'paragraph') continue;
      // The section opens with "The following are examples of qualities that are important…".
      if (/^the following are examples of qualities/i.test(block.text)) continue;
      const skill = skillOf(block);
      if (skill) {
        skills.push(skill);
        skillsBlock ??= block;
      } else {
        page.unrecognised('important qualities', block.text, block.element);
      }
      continue;
    } else if (part === 'unknown') {
      if (block.kind === 'paragraph') page.unrecognised(heading || 'how to become one', block.text, block.element);
      else if (block.kind === 'list') for (const item of block.items) page.unrecognised(heading || 'how to become one', item.text, item.element);
      continue;
    } else {
      addBlock(gathered, part, block);
    }
    if (block.kind === 'table') page.unrecognisedRows('how to become one table', block);
  }
  const [first] = summary;
  if (first) page.observe('pathSummary', summary.map((s) => s.text).join('\n\n'), first.block.element);
  if (skillsBlock && skills.length > 0) page.observe('skills', skills, skillsBlock.element);
  gathered.observe(page);
}

/** Summary tab: the short "What Actuaries Do" paragraph is the occupation's summary. True when it gave one. */
export function readSummaryTab(page: HandbookPage, blocks: readonly Block[]): boolean {
  let underWhatTheyDo = false;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      underWhatTheyDo = /^what .+ do$/i.test(block.text);
      continue;
    }
    if (underWhatTheyDo && block.kind === 'paragraph') {
      page.observe('summary', block.text, block.element);
      // The first "What … Do" is the occupation's; a page gives one summary.
      return true;
    }
  }
  return false;
}
