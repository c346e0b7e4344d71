/**
 * An Occupational Outlook Handbook occupation profile, saved as HTML: the
 * Quick Facts, then the tabs (What They Do, Work Environment, How to Become
 * One, Pay, Job Outlook, Similar Occupations), each read by its own reader.
 *
 * Recognised by its structure, not its address: a Quick Facts table, or at
 * least two of the profile's sections. A page without Quick Facts still
 * yields its occupation, named by its heading, with what it has.
 */
import { attribute, childElements, firstByTag, isElement, textOf, type HtmlDocument, type HtmlElement, type HtmlNode } from '../html/html-document';
import type { FactKey } from '../../profile-schema';
import type { PageParse } from '../page-parse';
import { HandbookPage } from './handbook-page';
import { parseLongDate } from './handbook-values';
import { isQuickFacts, quickFactsTitle, readQuickFacts } from './read-quick-facts';
import { readOutlook } from './read-outlook';
import { readPay } from './read-pay';
import { readHowToBecome, readSummaryTab, readWhatTheyDo, readWorkEnvironment } from './read-prose';
import { readSimilarOccupations } from './read-similar';
import { blocksOf, headingText, tableBlock, type Block, type Table } from './tab-blocks';

type SectionKind = 'summary' | 'what' | 'environment' | 'become' | 'pay' | 'outlook' | 'state' | 'similar' | 'more';

/** A profile section, by its heading's id (as the Handbook sets them) or its words. */
function sectionKind(heading: HtmlElement): SectionKind | undefined {
  const id = (attribute(heading, 'id') ?? '').toLowerCase();
  const text = headingText(heading).toLowerCase();
  if (id === 'summary' || text === 'summary') return 'summary';
  if (id === 'what-they-do' || /^what .+ do$/.test(text)) return 'what';
  if (id === 'work-environment' || text === 'work environment') return 'environment';
  if (id === 'become-one' || /^how to become/.test(text)) return 'become';
  if (id === 'pay' || text === 'pay') return 'pay';
  if (id === 'job-outlook' || text === 'job outlook') return 'outlook';
  if (id === 'state-area-data' || text === 'state & area data') return 'state';
  if (id === 'similar-jobs' || text === 'similar occupations') return 'similar';
  if (id === 'more-information' || /^contacts for more information/.test(text)) return 'more';
  return undefined;
}

/** Where the profile is: the tab panes, else the main content, else the body. */
function contentRoot(document: HtmlDocument): HtmlElement | undefined {
  return document.byId('panes') ?? document.elements('main')[0] ?? document.byId('main-content') ?? document.elements('body')[0];
}

/** The profile's sections: the blocks from each section heading (h2) to the next, the first of each kind. */
function sectionsOf(document: HtmlDocument, root: HtmlNode): Map<SectionKind, Block[]> {
  const sections = new Map<SectionKind, Block[]>();
  let current: Block[] | undefined;
  for (const block of blocksOf(root, document)) {
    if (block.kind === 'heading' && block.level <= 2) {
      const kind = sectionKind(block.element);
      current = kind && !sections.has(kind) ? [] : undefined;
      if (kind && current) sections.set(kind, current);
      continue;
    }
    current?.push(block);
  }
  return sections;
}

function quickFactsTable(document: HtmlDocument): Table | undefined {
  const table = document.byId('quickfacts') ?? document.elements('table').find((t) => /^quick facts\b/i.test(textOf(t)));
  if (!table || table.tagName !== 'table') return undefined;
  const block = tableBlock(table, document);
  return isQuickFacts(block) ? block : undefined;
}

/** True when the page is a Handbook occupation profile: Quick Facts, or two of its sections. */
export function looksLikeHandbookPage(document: HtmlDocument): boolean {
  if (quickFactsTable(document)) return true;
  let kinds = 0;
  const seen = new Set<SectionKind>();
  for (const el of document.elements('h2')) {
    const kind = sectionKind(el);
    if (kind && kind !== 'summary' && !seen.has(kind)) {
      seen.add(kind);
      kinds += 1;
    }
  }
  return kinds >= 2;
}

function metaContent(document: HtmlDocument, key: string): string | undefined {
  for (const meta of document.elements('meta')) {
    if ((attribute(meta, 'name') ?? attribute(meta, 'property'))?.toLowerCase() === key) return attribute(meta, 'content')?.trim() || undefined;
  }
  return undefined;
}

/** The occupation's title: the Quick Facts title, else the page heading, else the page's og:title. */
function titleOf(document: HtmlDocument, quickFacts: Table | undefined, root: HtmlNode): { title: string; from: string; node: HtmlElement } | undefined {
  if (quickFacts) {
    const title = quickFactsTitle(quickFacts);
    if (title) return { title, from: 'Quick Facts', node: quickFacts.element };
  }
  const body = document.byId('bodytext') ?? root;
  const h1 = firstByTag(body, 'h1') ?? document.elements('h1')[0];
  const heading = h1 && !document.isCut(h1) ? textOf(h1) : '';
  if (h1 && heading !== '') return { title: heading, from: 'page heading', node: h1 };
  const og = metaContent(document, 'og:title');
  const head = document.elements('head')[0];
  if (og && head) return { title: og, from: 'og:title', node: head };
  return undefined;
}

/** "Last Modified Date: Thursday, August 28, 2025", else <meta name="date">. */
function modifiedAt(document: HtmlDocument): string | undefined {
  for (const p of document.elements('p')) {
    const text = textOf(p);
    if (/^last modified date\s*:/i.test(text)) {
      const date = parseLongDate(text.replace(/^last modified date\s*:/i, ''));
      if (date) return date;
    }
  }
  const meta = metaContent(document, 'date');
  return meta && /^\d{4}-\d{2}-\d{2}$/.test(meta) && !Number.isNaN(Date.parse(meta)) ? meta : undefined;
}

function inBreadcrumb(element: HtmlElement): boolean {
  for (let node = element.parentNode; node && isElement(node); node = node.parentNode) {
    if (/breadcrumb/i.test(`${attribute(node, 'class') ?? ''} ${attribute(node, 'id') ?? ''}`)) return true;
  }
  return false;
}

/** The occupational group: the breadcrumb item after "Occupational Outlook Handbook" ("Math"), unless it is the occupation itself. */
function occupationGroup(document: HtmlDocument, title: string): { group: string; node: HtmlElement } | undefined {
  for (const li of document.elements('li')) {
    if (!li.parentNode || textOf(li) !== 'Occupational Outlook Handbook' || !inBreadcrumb(li)) continue;
    const items = childElements(li.parentNode).filter((el) => el.tagName === 'li');
    const next = items[items.indexOf(li) + 1];
    const group = next ? textOf(next) : '';
    if (next && group !== '' && group !== title) return { group, node: next };
  }
  return undefined;
}

export function parseHandbookPage(document: HtmlDocument, pageUrl?: string): PageParse {
  const root = contentRoot(document) ?? document.root;
  const quickFacts = quickFactsTable(document);
  const found = titleOf(document, quickFacts, root);
  if (!found) {
    return {
      format: 'handbook-profile',
      titles: [],
      observations: [],
      unrecognised: [],
      diagnostics: [{ line: quickFacts ? document.lineOf(quickFacts.element) : document.firstLine, severity: 'error', code: 'no-occupations', message: 'Handbook page names no occupation: no Quick Facts title, page heading or og:title' }],
    };
  }
  const page = new HandbookPage(document, found.title);
  if (found.from !== 'Quick Facts') {
    page.parse.diagnostics.push({
      line: page.line(found.node),
      severity: 'warning',
      code: 'missing-title',
      message: quickFacts ? `Quick Facts name no occupation; the ${found.from} "${found.title}" is used` : `no Quick Facts on this page; the occupation is named by its ${found.from}, "${found.title}"`,
    });
  }
  const date = modifiedAt(document);
  if (date) page.parse.modifiedAt = date;
  const group = occupationGroup(document, found.title);
  if (group) page.observe('occupationGroup', group.group, group.node);

  const facts = quickFacts ? readQuickFacts(page, quickFacts) : { fields: new Set<FactKey>(), medianPay: undefined, employment: undefined };
  const sections = sectionsOf(document, root);
  const summaryBlocks = sections.get('summary');
  const hasSummary = summaryBlocks ? readSummaryTab(page, summaryBlocks) : false;
  if (!hasSummary) {
    const description = metaContent(document, 'description');
    const head = document.elements('head')[0];
    if (description && head) page.observe('summary', description, head);
  }
  // The projections table first: it names the specialties in the page's order and case.
  const outlook = sections.get('outlook');
  if (outlook) readOutlook(page, outlook, { fromQuickFacts: facts.fields });
  const what = sections.get('what');
  if (what) readWhatTheyDo(page, what);
  const environment = sections.get('environment');
  if (environment) readWorkEnvironment(page, environment, { employment: facts.employment });
  const become = sections.get('become');
  if (become) readHowToBecome(page, become);
  const pay = sections.get('pay');
  if (pay) readPay(page, pay, { quickFactsMedian: facts.medianPay });
  const similar = sections.get('similar');
  if (similar) readSimilarOccupations(page, similar, pageUrl);
  page.finishSpecialties();

  if (document.truncated) {
    page.parse.truncatedAt = document.lastLine;
    page.parse.diagnostics.push({
      line: document.lastLine,
      severity: 'warning',
      code: 'truncated-page',
      message: 'page ends before its HTML does (no closing </body> or </html>): facts before the cut are kept; text the cut runs through is not',
    });
  }
  return page.parse;
}
