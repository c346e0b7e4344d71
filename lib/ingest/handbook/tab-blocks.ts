/**
 * A Handbook tab as a flat list of blocks (headings, paragraphs, lists,
 * tables, bar charts) in reading order, whatever <div>s wrap them: the
 * section readers then walk "the paragraph after this heading" and "the
 * table after this sentence" without depending on the page's exact nesting.
 * On a truncated page, a block the end of the file cut into is left out.
 */
import { attribute, childElements, classesOf, descendants, isElement, textOf, type HtmlDocument, type HtmlElement, type HtmlNode } from '../html/html-document';

interface Cell {
  text: string;
  header: boolean;
  element: HtmlElement;
}

export interface TableRow {
  cells: Cell[];
  element: HtmlElement;
}

export type Block =
  | { kind: 'heading'; level: number; text: string; element: HtmlElement }
  | { kind: 'paragraph'; text: string; element: HtmlElement; lead?: string; classes: string[] }
  | { kind: 'list'; items: { text: string; element: HtmlElement }[]; element: HtmlElement }
  | { kind: 'table'; rows: TableRow[]; element: HtmlElement }
  | { kind: 'chart'; bars: { label: string; value: string; element: HtmlElement }[]; element: HtmlElement };

export type Paragraph = Extract<Block, { kind: 'paragraph' }>;
export type Table = Extract<Block, { kind: 'table' }>;
export type Chart = Extract<Block, { kind: 'chart' }>;

const HEADING = /^h([1-6])$/;
/**
 * Containers of no content: scripts, forms, navigation. (Hidden elements are
 * content: a saved page hides every tab but the one open when it was saved.)
 */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'form', 'select', 'button', 'svg', 'iframe', 'img']);
/**
 * The Handbook's help texts (div#about-pay: "The Pay tab describes…", div#qf-wage),
 * opened by "About this section" links: about the Handbook, not the occupation,
 * though headed like its sections ("<h2>Pay</h2>").
 */
const HELP_TEXT = /^(?:about|qf)-/;

/** Removes the "About this section" help link Handbook headings end with. */
export function headingText(element: HtmlElement): string {
  return textOf(element).replace(/\s*About this section$/i, '').trim();
}

/**
 * The text a paragraph leads with in bold or italics ("Analytical skills."
 * in "<strong><em>Analytical skills.</em></strong> Actuaries identify…"),
 * when the paragraph starts with it.
 */
function leadOf(paragraph: HtmlElement, text: string): string | undefined {
  const first = paragraph.childNodes.find((n) => !(n.nodeName === '#text' && 'value' in n && n.value.trim() === ''));
  if (!first || !isElement(first) || !['strong', 'b', 'em', 'i'].includes(first.tagName)) return undefined;
  const lead = textOf(first);
  return lead !== '' && text.startsWith(lead) ? lead : undefined;
}

function rowsOf(table: HtmlElement, document: HtmlDocument): TableRow[] {
  const rows: TableRow[] = [];
  const ids = new Set<string>();
  for (const el of descendants(table)) {
    const id = el.tagName === 'th' || el.tagName === 'td' ? attribute(el, 'id') : undefined;
    if (id) ids.add(id);
  }
  // A cell names header cells of its own table (headers="…"); one naming another table's is from another table.
  const foreign = (cell: Cell) => (attribute(cell.element, 'headers') ?? '').split(/\s+/).some((id) => id !== '' && !ids.has(id));
  const visit = (node: HtmlElement) => {
    for (const child of childElements(node)) {
      if (child.tagName === 'tr') {
        // On a cut page the last row keeps only its complete cells.
        const cells = childElements(child)
          .filter((c) => (c.tagName === 'td' || c.tagName === 'th') && !document.isCut(c))
          .map((c) => ({ text: textOf(c), header: c.tagName === 'th', element: c }));
        // A row pieced together from two tables (two pages run together) is neither table's row.
        if (cells.length > 0 && !cells.some(foreign)) rows.push({ cells, element: child });
      } else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
        visit(child);
      }
    }
  };
  visit(table);
  return rows;
}

function chartOf(list: HtmlElement, document: HtmlDocument): Block | undefined {
  const bars: { label: string; value: string; element: HtmlElement }[] = [];
  let label: HtmlElement | undefined;
  for (const child of childElements(list)) {
    if (child.tagName === 'dt') label = child;
    else if (child.tagName === 'dd' && label && !document.isCut(child)) {
      bars.push({ label: textOf(label), value: textOf(child), element: label });
      label = undefined;
    }
  }
  return bars.length > 0 ? { kind: 'chart', bars, element: list } : undefined;
}

/** A <table> element as a table block (its complete rows). */
export function tableBlock(table: HtmlElement, document: HtmlDocument): Table {
  return { kind: 'table', rows: rowsOf(table, document), element: table };
}

/**
 * True when `block` starts after `before` in the file, not only in the tree:
 * what follows a table left open (a lost </table>) is moved before that table
 * in the tree ("foster parenting"), so a sentence and the table the tree puts
 * after it can be the other way round in the file.
 */
export function startsAfter(block: Block, before: Block): boolean {
  const at = block.element.sourceCodeLocation?.startOffset;
  const beforeAt = before.element.sourceCodeLocation?.startOffset;
  return at === undefined || beforeAt === undefined || at > beforeAt;
}

/**
 * True when a data cell sits under the header cell it is read for. Handbook
 * cells name their headers (headers="table1-3-0 table1-0-2"): a row that
 * lost a cell has the rest under the wrong headers, and a row pieced
 * together from two tables has them under another table's. Cells that name
 * no headers are taken by position.
 */
export function isUnder(cell: Cell | undefined, header: Cell | undefined): boolean {
  if (!cell || !header) return false;
  const id = attribute(header.element, 'id');
  const names = attribute(cell.element, 'headers');
  return id === undefined || names === undefined || names.split(/\s+/).includes(id);
}

/** The blocks under `root`, in reading order. */
export function blocksOf(root: HtmlNode, document: HtmlDocument): Block[] {
  const blocks: Block[] = [];
  const visit = (node: HtmlNode) => {
    for (const el of childElements(node)) {
      if (SKIPPED.has(el.tagName) || HELP_TEXT.test(attribute(el, 'id') ?? '')) continue;
      const heading = HEADING.exec(el.tagName);
      if (heading) {
        if (document.isCut(el)) continue;
        const text = headingText(el);
        blocks.push({ kind: 'heading', level: Number(heading[1]), text, element: el });
      } else if (el.tagName === 'p') {
        if (document.isCut(el)) continue;
        const text = textOf(el);
        const lead = leadOf(el, text);
        if (text !== '') blocks.push({ kind: 'paragraph', text, element: el, classes: classesOf(el), ...(lead ? { lead } : {}) });
      } else if (el.tagName === 'ul' || el.tagName === 'ol') {
        const items = childElements(el)
          .filter((li) => li.tagName === 'li' && !document.isCut(li))
          .map((li) => ({ text: textOf(li), element: li }))
          .filter((item) => item.text !== '');
        if (items.length > 0) blocks.push({ kind: 'list', items, element: el });
      } else if (el.tagName === 'table') {
        const table = tableBlock(el, document);
        if (table.rows.length > 0) blocks.push(table);
      } else if (el.tagName === 'dl') {
        const chart = chartOf(el, document);
        if (chart) blocks.push(chart);
      } else {
        visit(el);
      }
    }
  };
  visit(root);
  return blocks;
}
