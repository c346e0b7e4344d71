/**
 * The Quick Facts table: median pay, entry requirements, jobs and outlook,
 * one row each, recognised by the row's label (the year in a label is read,
 * not matched, so next year's pages read the same way).
 */
import type { FactKey, FactValue } from '../../profile-schema';
import type { HtmlElement } from '../html/html-document';
import type { HandbookPage } from './handbook-page';
import { isNotAvailable, isPointer, parseCount, parseMedianPayCell, parseOutlookCell, parseSignedCount, singleYear, yearSpan } from './handbook-values';
import { isUnder, type Table } from './tab-blocks';

type Row = { label: string; labelElement: HtmlElement; value: string; valueElement: HtmlElement };

/** "Quick Facts: Actuaries" → "Actuaries"; undefined when the table names no occupation. */
export function quickFactsTitle(table: Table): string | undefined {
  for (const row of table.rows) {
    for (const cell of row.cells) {
      const m = /^quick facts\s*:?\s*(.*)$/i.exec(cell.text);
      if (m) return (m[1] ?? '').trim() || undefined;
    }
  }
  return undefined;
}

export function isQuickFacts(table: Table): boolean {
  return table.rows.some((row) => row.cells.some((c) => /^quick facts\b/i.test(c.text)));
}

function rowsOf(table: Table): Row[] {
  const rows: Row[] = [];
  const labels = new Set<string>();
  for (const row of table.rows) {
    const [label, value] = row.cells;
    // A row whose value cell is missing (a cut page) states nothing; an empty cell says "not reported".
    if (!label || !value || !label.header || /^quick facts\b/i.test(label.text)) continue;
    // A value cell that names another row's header (headers="quickfacts-3-0 …") is not this row's value.
    if (!isUnder(value, label)) continue;
    // Each row once: a label given again (two tables run together) would state its fact twice.
    if (labels.has(label.text.toLowerCase())) continue;
    labels.add(label.text.toLowerCase());
    rows.push({ label: label.text, labelElement: label.element, value: value.text, valueElement: value.element });
  }
  return rows;
}

/** A requirement cell: its text, or null for "See How to Become One" (it points to the text; it is not a value). */
function requirement(value: string): string | null {
  return isPointer(value) || isNotAvailable(value) ? null : value;
}

interface QuickFacts {
  /** The facts the table gave (a value or "not reported"). */
  fields: Set<FactKey>;
  /** Its median pay, to tell the occupation's own wage sentence from a specialty's. */
  medianPay: FactValue<'medianPay'> | null | undefined;
  /** Its number of jobs, to tell the occupation's own employers table from a specialty's. */
  employment: number | undefined;
}

export function readQuickFacts(page: HandbookPage, table: Table): QuickFacts {
  const before = page.parse.observations.length;
  let medianPay: FactValue<'medianPay'> | null | undefined;
  let employment: number | undefined;
  for (const row of rowsOf(table)) {
    const label = row.label.toLowerCase();
    const at = row.valueElement;
    if (/median pay/.test(label)) {
      const pay = parseMedianPayCell(row.value);
      const year = singleYear(row.label);
      if (pay === undefined) {
        page.unrecognised(row.label, row.value, at);
      } else {
        medianPay = pay === null ? null : { ...(year ? { year } : {}), ...pay };
        page.observe('medianPay', medianPay, at);
      }
    } else if (/entry-level education/.test(label)) {
      page.observe('entryEducation', requirement(row.value), at);
    } else if (/work experience/.test(label)) {
      page.observe('relatedExperience', requirement(row.value), at);
    } else if (/on-the-job training/.test(label)) {
      page.observe('jobTraining', requirement(row.value), at);
    } else if (/number of jobs/.test(label)) {
      const count = parseCount(row.value);
      const year = singleYear(row.label);
      if (isNotAvailable(row.value)) page.observe('employment', null, at);
      else if (count === undefined || year === undefined) page.unrecognised(row.label, row.value, at);
      else {
        employment = count;
        page.observe('employment', { year, count }, at);
      }
    } else if (/job outlook/.test(label)) {
      const outlook = parseOutlookCell(row.value);
      const span = yearSpan(row.label);
      if (isNotAvailable(row.value)) page.observe('projectedGrowth', null, at);
      else if (!outlook || !span) page.unrecognised(row.label, row.value, at);
      else page.observe('projectedGrowth', { ...span, ...outlook }, at);
    } else if (/employment change/.test(label)) {
      const count = parseSignedCount(row.value);
      const span = yearSpan(row.label);
      if (isNotAvailable(row.value)) page.observe('employmentChange', null, at);
      else if (count === undefined || !span) page.unrecognised(row.label, row.value, at);
      else page.observe('employmentChange', { ...span, count }, at);
    } else {
      page.unrecognised(row.label, row.value, at);
    }
  }
  return { fields: new Set(page.parse.observations.slice(before).map((o) => o.field)), medianPay, employment };
}
