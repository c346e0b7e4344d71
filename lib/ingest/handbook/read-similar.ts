/**
 * Similar Occupations: the table of occupations with similar duties, each
 * with its link (made absolute against the page's address), duties, entry
 * education and median pay. Columns are found by their headings.
 */
import { HttpUrl, type FactValue } from '../../profile-schema';
import { attribute, descendants, type HtmlElement } from '../html/html-document';
import type { HandbookPage } from './handbook-page';
import { isNotAvailable, isPointer, parsePayCell, singleYear } from './handbook-values';
import type { Block } from './tab-blocks';

type Similar = FactValue<'similarOccupations'>[number];

function linkOf(cell: HtmlElement, base: string | undefined): string | undefined {
  for (const el of descendants(cell)) {
    if (el.tagName !== 'a') continue;
    const href = attribute(el, 'href');
    if (!href) continue;
    try {
      const url = new URL(href, base).href;
      return HttpUrl.safeParse(url).success ? url : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function readSimilarOccupations(page: HandbookPage, blocks: readonly Block[], pageUrl: string | undefined): void {
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    const header = block.rows.find((r) => r.cells.some((c) => c.header && /^occupation$/i.test(c.text)));
    if (!header) continue;
    const labels = header.cells.map((c) => c.text);
    const column = (re: RegExp) => labels.findIndex((l) => re.test(l));
    const title = column(/^occupation$/i);
    const duties = column(/duties/i);
    const education = column(/education/i);
    const payColumn = column(/median pay/i);
    const payYear = payColumn >= 0 ? singleYear(labels[payColumn] ?? '') : undefined;
    const similar: Similar[] = [];
    for (const row of block.rows) {
      if (row === header || row.cells.length !== labels.length) continue;
      const name = row.cells[title];
      if (!name || name.header || name.text === '') continue;
      const url = linkOf(name.element, pageUrl);
      const dutiesText = duties >= 0 ? (row.cells[duties]?.text ?? '') : '';
      const educationText = education >= 0 ? (row.cells[education]?.text ?? '') : '';
      const payText = payColumn >= 0 ? (row.cells[payColumn]?.text ?? '') : '';
      const pay = parsePayCell(payText);
      if (pay === undefined) {
        // Pay in no known form: kept verbatim, never passed off as "not available" (null).
        page.unrecognised('similar occupation pay', `${name.text}: ${payText}`, row.element);
        continue;
      }
      similar.push({
        title: name.text,
        ...(url ? { url } : {}),
        ...(dutiesText ? { duties: dutiesText } : {}),
        entryEducation: educationText === '' || isPointer(educationText) || isNotAvailable(educationText) ? null : educationText,
        medianPay: pay ? { ...pay, ...(payYear ? { year: payYear } : {}) } : null,
      });
    }
    if (similar.length > 0) page.observe('similarOccupations', similar, block.element);
    return;
  }
}
