/**
 * The Job Outlook section: the outlook sentence and the paragraphs that
 * explain it, openings per year, and the projections table (SOC code,
 * employment now and projected, change), whose indented rows are the
 * specialties a page covers.
 */
import type { FactKey } from '../../profile-schema';
import { attribute, isElement } from '../html/html-document';
import type { HandbookPage } from './handbook-page';
import { parseCount, parseOpenings, parseOutlookSentence, parseSignedCount, singleYear, yearSpan } from './handbook-values';
import { isUnder, type Block, type Table } from './tab-blocks';

interface OutlookContext {
  /** Facts the Quick Facts already gave: the table repeats them, and the two must not be read twice. */
  fromQuickFacts: ReadonlySet<FactKey>;
}

const SOC_CODE = /^\d{2}-\d{4}$/;

/** Which column holds what, from the header rows' labels, with the years they name. */
function projectionColumns(table: Table) {
  const header = table.rows.find((r) => r.cells.some((c) => /soc code/i.test(c.text)));
  if (!header) return undefined;
  const labels = header.cells.map((c) => c.text);
  const find = (re: RegExp) => labels.findIndex((l) => re.test(l));
  const base = labels.find((l) => /^employment,/i.test(l));
  const projected = labels.find((l) => /^projected employment/i.test(l));
  const change = labels.find((l) => /^change,/i.test(l));
  return {
    header,
    title: find(/occupational title/i),
    soc: find(/soc code/i),
    employment: find(/^employment,/i),
    projected: find(/^projected employment/i),
    // "Change" spans two columns, percent then numeric.
    change: find(/^change,/i),
    baseYear: base ? singleYear(base) : undefined,
    projectedYear: projected ? singleYear(projected) : undefined,
    span: change ? yearSpan(change) : undefined,
  };
}

function readProjections(page: HandbookPage, table: Table, context: OutlookContext): boolean {
  const columns = projectionColumns(table);
  // Every column is needed: without one, which figure is which is a guess.
  if (!columns || columns.title !== 0 || columns.soc < 0 || columns.employment < 0 || columns.projected < 0 || columns.change < 0) return false;
  const headers = columns.header.cells;
  let occupationDone = false;
  for (const row of table.rows) {
    // Header rows ("Percent | Numeric" under "Change") are header cells only.
    if (row === columns.header || row.cells.every((c) => c.header)) continue;
    const [titleCell] = row.cells;
    if (!titleCell?.header) continue;
    const cell = (i: number) => (i >= 0 ? row.cells[i]?.text : undefined) ?? '';
    const title = titleCell.text;
    if (title === '') continue;
    // Indented rows (class "sub1", "sub2") are specialties of the occupation the first row names.
    const indented = titleCell.element.childNodes.some((n) => isElement(n) && /\bsub\d\b/.test(attribute(n, 'class') ?? ''));
    // The first row not indented is the occupation's even when it cannot be read: no later row is taken for it.
    const own: boolean = !indented && !occupationDone;
    occupationDone ||= own;
    // A row that lost a cell has the rest under the wrong headers. "Change" spans two columns, percent then numeric.
    const aligned = [columns.title, columns.soc, columns.employment, columns.projected, columns.change].every((i) => isUnder(row.cells[i], headers[i])) && isUnder(row.cells[columns.change + 1], headers[columns.change]);
    if (!aligned) {
      page.unrecognisedRow('job outlook table', row);
      continue;
    }
    const soc = cell(columns.soc);
    const employment = parseCount(cell(columns.employment));
    const projected = parseCount(cell(columns.projected));
    const percent = Number(cell(columns.change).replace('−', '-'));
    const change = parseSignedCount(cell(columns.change + 1));
    const { baseYear, projectedYear, span } = columns;
    if (own) {
      if (SOC_CODE.test(soc)) page.observe('socCode', soc, row.element);
      if (employment !== undefined && baseYear && !context.fromQuickFacts.has('employment')) page.observe('employment', { year: baseYear, count: employment }, row.element);
      if (projected !== undefined && projectedYear) page.observe('projectedEmployment', { year: projectedYear, count: projected }, row.element);
      if (span && Number.isFinite(percent) && cell(columns.change) !== '' && !context.fromQuickFacts.has('projectedGrowth')) page.observe('projectedGrowth', { ...span, percent }, row.element);
      if (span && change !== undefined && !context.fromQuickFacts.has('employmentChange')) page.observe('employmentChange', { ...span, count: change }, row.element);
      continue;
    }
    const specialty = page.specialty(title, row.element);
    if (SOC_CODE.test(soc)) specialty.socCode ??= soc;
    if (employment !== undefined && baseYear) specialty.employment ??= { year: baseYear, count: employment };
    if (projected !== undefined && projectedYear) specialty.projectedEmployment ??= { year: projectedYear, count: projected };
    if (span && Number.isFinite(percent) && cell(columns.change) !== '') specialty.projectedGrowth ??= { ...span, percent };
    if (span && change !== undefined) specialty.employmentChange ??= { ...span, count: change };
  }
  return true;
}

export function readOutlook(page: HandbookPage, blocks: readonly Block[], context: OutlookContext): void {
  let outlook: { direction: 'grow' | 'stable' | 'decline'; sentence: string; block: Block } | undefined;
  const details: string[] = [];
  let inChart = false;
  let projections = false;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      // The chart's caption and note say nothing the table and sentence don't.
      if (/^percent change in employment/i.test(block.text)) {
        inChart = true;
        continue;
      }
      if (inChart && (block.classes.includes('footer') || /^note:/i.test(block.text))) {
        inChart = false;
        continue;
      }
      const sentence = parseOutlookSentence(block.text);
      if (!outlook && sentence && page.isAbout(sentence.subject)) {
        outlook = { direction: sentence.direction, sentence: block.text, block };
        continue;
      }
      const openings = parseOpenings(block.text);
      if (openings && page.isAbout(openings.subject)) page.observe('annualOpenings', openings.count, block.element);
      if (outlook) details.push(block.text);
      else page.unrecognised('job outlook', block.text, block.element);
    } else if (block.kind === 'list') {
      for (const item of block.items) if (outlook) details.push(item.text);
    } else if (block.kind === 'table') {
      // One projections table per page: a second (two pages run together) would give the occupation's figures twice.
      const read: boolean = !projections && readProjections(page, block, context);
      projections ||= read;
      if (!read) {
        page.unrecognisedRows('job outlook table', block);
      }
    }
  }
  if (outlook) page.observe('outlook', { direction: outlook.direction, sentence: outlook.sentence, details }, outlook.block.element);
}
