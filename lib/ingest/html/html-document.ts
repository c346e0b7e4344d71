/**
 * A saved HTML page as a tree, read with parse5: the WHATWG parsing
 * algorithm browsers use, so broken nesting, missing end tags and stray
 * markup become the same tree a browser showed the scraper. Entities are
 * decoded by the parser; text is only ever read out of text nodes, never
 * out of markup.
 *
 * Elements keep their source position, so every fact cites the file line it
 * came from. A page cut off mid-file (no closing </html> or </body>) is
 * `truncated`, and an element the end of the file closed is `cut`: its text
 * is incomplete and must not become a fact.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { collapseWhiteSpace, countNewlines } from '../white-space';

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];
type HtmlParent = DefaultTreeAdapterMap['parentNode'];

/** Elements whose text is never page content: scripts, styles, templates, navigation. */
const NOT_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'nav', 'svg', 'iframe', 'object', 'select', 'button']);

/** Elements that end a line of text (<br>) or a block, so "per year<br>$60.47" reads as two phrases. */
const BREAKS = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'section', 'article']);

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

function hasChildren(node: HtmlNode): node is HtmlParent {
  return 'childNodes' in node;
}

export function attribute(element: HtmlElement, name: string): string | undefined {
  for (const a of element.attrs) if (a.name === name) return a.value;
  return undefined;
}

/** The class names of an element. */
export function classesOf(element: HtmlElement): string[] {
  return (attribute(element, 'class') ?? '').split(/\s+/).filter((c) => c !== '');
}

export function childElements(node: HtmlNode): HtmlElement[] {
  if (!hasChildren(node)) return [];
  return node.childNodes.filter(isElement);
}

/**
 * Visits every element under `node`, in document order, until `visit` returns
 * true (template contents are not part of the page). A loop over an explicit
 * stack: a recursive generator cost more than the walk itself on a 120 KB page.
 */
function walkElements(node: HtmlNode, visit: (element: HtmlElement) => boolean): void {
  if (!hasChildren(node)) return;
  const stack: HtmlNode[] = [];
  pushChildren(stack, node);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (!isElement(next)) continue;
    if (visit(next)) return;
    pushChildren(stack, next);
  }
}

/** Pushes a node's children last first, so they pop in document order. */
function pushChildren(stack: HtmlNode[], node: HtmlParent): void {
  for (let i = node.childNodes.length - 1; i >= 0; i -= 1) {
    const child = node.childNodes[i];
    if (child) stack.push(child);
  }
}

/** Every element under `node`, in document order (template contents are not part of the page). */
export function descendants(node: HtmlNode): HtmlElement[] {
  const out: HtmlElement[] = [];
  walkElements(node, (element) => {
    out.push(element);
    return false;
  });
  return out;
}

/** The first element of that tag under `node`: the walk stops there. */
export function firstByTag(node: HtmlNode, tag: string): HtmlElement | undefined {
  let found: HtmlElement | undefined;
  walkElements(node, (element) => {
    if (element.tagName === tag) found = element;
    return found !== undefined;
  });
  return found;
}

function appendText(node: HtmlNode, out: string[]): void {
  if (node.nodeName === '#text' && 'value' in node) {
    out.push(node.value);
    return;
  }
  if (!isElement(node)) return;
  if (NOT_CONTENT.has(node.tagName)) return;
  const breaks = BREAKS.has(node.tagName);
  if (breaks) out.push(' ');
  for (const child of node.childNodes) appendText(child, out);
  if (breaks) out.push(' ');
}

/** The readable text of an element: its text nodes, scripts and navigation left out, white space collapsed. */
export function textOf(node: HtmlNode): string {
  const out: string[] = [];
  appendText(node, out);
  return collapseWhiteSpace(out.join('')).trim();
}

export interface HtmlDocument {
  readonly root: DefaultTreeAdapterMap['document'];
  /** File line of the document's first line (after any front matter). */
  readonly firstLine: number;
  /** True when the file ends before the document does (no </body> or </html>). */
  readonly truncated: boolean;
  /** The last file line, where a truncated page is cut. */
  readonly lastLine: number;
  /** Elements by id, the first of each id (ids are unique on a well-formed page). */
  byId(id: string): HtmlElement | undefined;
  /** Every element of a tag name, in document order (indexed once, not searched per call). */
  elements(tag: string): readonly HtmlElement[];
  /** The file line an element starts on. */
  lineOf(node: HtmlNode): number;
  /** True when the end of a truncated file closed this element: its text stops mid-way. */
  isCut(element: HtmlElement): boolean;
}

/** Parses a page's HTML. `firstLine` is the file line the HTML starts on (1 unless front matter precedes it). */
export function parseHtml(html: string, firstLine = 1): HtmlDocument {
  const root = parse(html, { sourceCodeLocationInfo: true });
  const ids = new Map<string, HtmlElement>();
  const byTag = new Map<string, HtmlElement[]>();
  for (const el of descendants(root)) {
    const id = attribute(el, 'id');
    if (id !== undefined && !ids.has(id)) ids.set(id, el);
    const list = byTag.get(el.tagName);
    if (list) list.push(el);
    else byTag.set(el.tagName, [el]);
  }
  const htmlElement = byTag.get('html')?.[0];
  const bodyElement = byTag.get('body')?.[0];
  // A browser's saved page always ends in </body></html>; a file without either was cut off.
  const closed = (el: HtmlElement | undefined) => el?.sourceCodeLocation?.endTag !== undefined;
  const truncated = !closed(htmlElement) && !closed(bodyElement);
  const lastLine = firstLine + countNewlines(html) - (html.endsWith('\n') ? 1 : 0);
  return {
    root,
    firstLine,
    truncated,
    lastLine,
    byId: (id) => ids.get(id),
    elements: (tag) => byTag.get(tag) ?? [],
    lineOf: (node) => firstLine - 1 + (node.sourceCodeLocation?.startLine ?? 1),
    isCut: (element) => {
      if (!truncated) return false;
      const location = element.sourceCodeLocation;
      return !location || (location.endTag === undefined && location.endOffset >= html.length);
    },
  };
}
