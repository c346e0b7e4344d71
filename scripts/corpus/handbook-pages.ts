/**
 * Synthetic Occupational Outlook Handbook pages, for ingest tests and
 * benchmarks: many more pages than the Handbook has, each structurally a
 * real one, because each is a real one. The shipped pages
 * (content/raw/bls-ooh) are the templates; every generated page is a copy of
 * one, read into a tree with parse5 and written back with parse5's
 * `serialize`, about an occupation of its own:
 *
 *   - a qualifier goes before every mention of the occupation ("Actuaries" →
 *     "Coastal Actuaries": the Quick Facts title, the h1, <title>, the
 *     headings, the sentences whose subject is the occupation, og:title and
 *     the description), with "a"/"an" agreeing with it;
 *   - its canonical address (and og:url) moves to a synthetic origin, and
 *     links to other template pages (the Similar Occupations table) point to
 *     the copies of those pages with the same variant number, when there are;
 *   - every pay figure and grouped count on the page is scaled by one factor
 *     drawn for the page, rounded as the Handbook rounds (so the Quick Facts,
 *     the pay paragraph, the chart and the projections table still agree);
 *   - each SOC code becomes an unused code in the same major group.
 *
 * All of it is done on text nodes and attribute values of the tree (a
 * mention is found by the same stemmed words the ingest compares titles by),
 * never on markup. Page i is template i mod T, variant floor(i / T); the
 * seed decides the qualifiers, the factors and the SOC codes, and the same
 * options give byte-identical files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { attribute, descendants, isElement, textOf } from '../../lib/ingest/html/html-document';
import { identityKey, slugForTitle, stemmedWords } from '../../lib/ingest/occupation-identity';
import { stripAccents } from '../../lib/text/fold';
import { PROJECT_ROOT } from '../shared/project-root';
import { capitalise, indefiniteArticle, withThousands } from './format-values';
import { deriveSeed, Rng } from './prng';

type HtmlNode = DefaultTreeAdapterMap['node'];
type HtmlElement = DefaultTreeAdapterMap['element'];
type HtmlText = DefaultTreeAdapterMap['textNode'];
type HtmlDocument = DefaultTreeAdapterMap['document'];
type Attribute = HtmlElement['attrs'][number];

/** The shipped Handbook pages. */
export const HANDBOOK_TEMPLATES_DIR = path.join(PROJECT_ROOT, 'content', 'raw', 'bls-ooh');
/** Where generated pages say they live: not the Bureau's site, whose addresses they only resemble. */
export const SYNTHETIC_ORIGIN = 'https://www.example.com';

/** Stream ids for deriveSeed (apart from the text corpus's, so the two never share a stream). */
const STREAM = { qualifiers: 101, page: 102, soc: 103 } as const;

/**
 * Qualifiers that make a template's occupation a new one. Places first; past
 * them, a setting word goes before a place ("Senior Coastal Actuaries"):
 * 40 × 21 = 840 variants of each template.
 */
const PLACES = [
  'Coastal', 'Northern', 'Southern', 'Eastern', 'Western', 'Rural', 'Urban', 'Metropolitan', 'Municipal', 'Regional',
  'Offshore', 'Mountain', 'Island', 'Prairie', 'Desert', 'Harbor', 'Valley', 'Lakeside', 'Frontier', 'Interstate',
  'Provincial', 'Suburban', 'Arctic', 'Tropical', 'Alpine', 'Riverside', 'Border', 'Inland', 'Highland', 'Lowland',
  'Overseas', 'Midwestern', 'Gulf', 'Pacific', 'Atlantic', 'Delta', 'Canyon', 'Plains', 'Tidewater', 'Upstate',
] as const;
const SETTINGS = [
  'Senior', 'Junior', 'Lead', 'Trainee', 'Associate', 'Night', 'Seasonal', 'Itinerant', 'Contract', 'Apprentice',
  'Veteran', 'Relief', 'Backup', 'Roving', 'Resident', 'Visiting', 'Weekend', 'Flex', 'Reserve', 'Graduate',
] as const;
const MAX_VARIANTS = PLACES.length * (SETTINGS.length + 1);

/** Elements whose text is not page text. */
const NOT_TEXT = new Set(['script', 'style', 'noscript']);

/** A word or a symbol the identity key spells out ("&" is "and"), as occupation-identity splits titles. */
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[&+#@%]/gu;
/** What may stand between the words of one mention: "Painters, Construction and Maintenance", "tractor-trailer". */
const WITHIN_NAME = /^[\s,\-–—/]*$/;
/**
 * A figure the page gives: a dollar amount, a count with thousands separators, or a bare amount
 * with cents (a table's hourly wages after its first row). Bare whole numbers (years, percents,
 * small counts) are not figures to vary.
 */
const FIGURE = /(?<![\p{L}\p{N}.,])(\$\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?(?![\p{N}]|,\d)/gu;
const SOC_CODE = /^(\s*)(\d{2})-(\d{4})(\s*)$/;

/** A stretch of a text that differs between the copies of a page. */
type Piece =
  | string
  /** Where a qualifier goes: `of` is the template whose variant's qualifier it is (this page's, or a linked page's). */
  | { kind: 'qualifier'; of: number; capital: 'lower' | 'first' | 'upper'; article?: { capital: boolean } }
  | { kind: 'figure'; dollar: string; whole: number; decimals: number; cents: string; step: number }
  | { kind: 'soc'; code: string };

interface TextEdit {
  node: HtmlText;
  /** The template's text, kept where a linked page has no copy of this variant. */
  original: string;
  pieces: Piece[];
}

interface AttributeEdit {
  attr: Attribute;
  /** `pieces`: the value with qualifiers; `url`: this page's address; `link`: the address of a template's copy. */
  to: { kind: 'pieces'; pieces: Piece[]; original: string } | { kind: 'url' } | { kind: 'link'; template: number; original: string };
}

export interface HandbookTemplate {
  index: number;
  /** File name under the templates folder ("actuaries.html.gz"). */
  file: string;
  /** The occupation, as the Quick Facts name it. */
  title: string;
  /** The page's canonical address. */
  url: URL;
  document: HtmlDocument;
  texts: TextEdit[];
  attributes: AttributeEdit[];
  /** The SOC codes the page gives, in page order. */
  socCodes: string[];
  /** The Quick Facts cells a generated page's record reads back: median pay and number of jobs. */
  quickFacts: { medianPay?: HtmlElement; jobs?: HtmlElement };
}

export interface HandbookPagePlan {
  index: number;
  template: number;
  variant: number;
  qualifier: string;
  title: string;
  url: string;
  file: string;
  /** What every figure on the page is multiplied by. */
  factor: number;
  /** The template's SOC codes → this page's. */
  soc: Map<string, string>;
}

/** What a generated page says, for tests to compare the ingest's profiles with. */
export interface HandbookPageRecord {
  file: string;
  template: string;
  variant: number;
  title: string;
  slug: string;
  url: string;
  factor: number;
  /** The figures written in the Quick Facts (median pay per year and per hour, number of jobs). */
  quickFacts: { medianPay?: { yearly?: number; hourly?: number }; jobs?: number };
}

export interface HandbookCorpusOptions {
  seed?: number;
  pages: number;
  /** Folder of Handbook pages (.html or gzip-compressed .html.gz) to copy. Default: the shipped pages. */
  templatesDir?: string;
  /** Use only the first N templates (by file name). Default: all. */
  templates?: number;
  /** Write .html.gz (as the shipped pages are) rather than .html. Default true. */
  gzip?: boolean;
}

export interface HandbookCorpusManifest {
  seed: number;
  templates: number;
  pages: HandbookPageRecord[];
}

export const DEFAULT_HANDBOOK_SEED = 1;

function isText(node: HtmlNode): node is HtmlText {
  return node.nodeName === '#text';
}

/** Pages as the ingest reads them: gzip by its magic bytes, UTF-8 (the shipped pages declare it). */
function readTemplateText(file: string): string {
  let bytes: Buffer = fs.readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * The page's text nodes, in document order, each with whether it is inside
 * the Similar Occupations table, and its elements (one walk of the tree).
 */
function walk(root: HtmlNode): { texts: { node: HtmlText; similar: boolean }[]; elements: HtmlElement[] } {
  const texts: { node: HtmlText; similar: boolean }[] = [];
  const elements: HtmlElement[] = [];
  const visit = (node: HtmlNode, similar: boolean, text: boolean) => {
    if (!('childNodes' in node)) return;
    for (const child of node.childNodes) {
      if (isText(child)) {
        if (text) texts.push({ node: child, similar });
      } else if (isElement(child)) {
        elements.push(child);
        visit(child, similar || attribute(child, 'id') === 'similar-occupations', text && !NOT_TEXT.has(child.tagName));
      }
    }
  };
  visit(root, false, true);
  return { texts, elements };
}

interface Span {
  start: number;
  end: number;
  piece: Exclude<Piece, string>;
}

function capitalOf(word: string): 'lower' | 'first' | 'upper' {
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return 'upper';
  return word.charAt(0) === word.charAt(0).toUpperCase() && word.charAt(0) !== word.charAt(0).toLowerCase() ? 'first' : 'lower';
}

/**
 * Mentions of the occupation in a text: runs of words with the title's
 * stemmed words, in any order ("construction and maintenance painters" names
 * "Painters, Construction and Maintenance"), as the ingest tells a sentence
 * about the occupation from one about a specialty. A qualifier goes before
 * each; an "a"/"an" right before it is rewritten to agree.
 */
function mentionSpans(text: string, titleWords: readonly string[], template: number): Span[] {
  // Most texts name no occupation: a mention has every title word, so the text must hold the longest
  // one's stem (less its last letter, which "ies" → "y" changes); only then is it split into words.
  const longest = titleWords.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length > 2 && !stripAccents(text).toLowerCase().includes(longest.slice(0, -1))) return [];
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0], stem: stemmedWords(m[0])[0] ?? '' }));
  const wanted = new Set(titleWords);
  const n = titleWords.length;
  const spans: Span[] = [];
  for (let j = 0; j + n <= tokens.length; j += 1) {
    const first = tokens[j];
    if (!first || !wanted.has(first.stem)) continue;
    const window = tokens.slice(j, j + n);
    const joined = window.every((t, k) => k === 0 || WITHIN_NAME.test(text.slice(window[k - 1]?.end ?? 0, t.start)));
    if (!joined || window.map((t) => t.stem).sort().join(' ') !== titleWords.join(' ')) continue;
    const before = /(^|[^\p{L}\p{N}])(an?|An?)(\s+)$/u.exec(text.slice(0, first.start));
    const article = before?.[2];
    const start = article === undefined ? first.start : first.start - article.length - (before?.[3]?.length ?? 0);
    spans.push({
      start,
      end: first.start,
      piece: { kind: 'qualifier', of: template, capital: capitalOf(first.word), ...(article ? { article: { capital: article.startsWith('A') } } : {}) },
    });
    j += n - 1;
  }
  return spans;
}

function figureSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [all, dollar = '', digits = '', cents] = m;
    if (dollar === '' && !digits.includes(',') && cents?.length !== 2) continue;
    const whole = Number(digits.replace(/,/g, ''));
    const trailingZeros = /0*$/.exec(String(whole))?.[0].length ?? 0;
    // Rounded as the Handbook rounds that figure: jobs to hundreds, wages to tens, cents to cents.
    const step = cents === undefined ? 10 ** Math.min(trailingZeros, 3, String(whole).length - 1) : 1;
    spans.push({ start: m.index, end: m.index + all.length, piece: { kind: 'figure', dollar, whole, decimals: cents?.length ?? 0, cents: cents ?? '', step } });
  }
  return spans;
}

/** Splits a text at its spans (which must not overlap) into literal pieces and the pieces that vary. */
function piecesOf(text: string, spans: Span[]): Piece[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    if (span.start > at) pieces.push(text.slice(at, span.start));
    pieces.push(span.piece);
    at = span.end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

function firstElement(root: HtmlNode, test: (el: HtmlElement) => boolean): HtmlElement | undefined {
  for (const el of descendants(root)) if (test(el)) return el;
  return undefined;
}

/** The Quick Facts table's title and the cells a record reads back. */
function quickFactsOf(document: HtmlDocument): { title?: string; medianPay?: HtmlElement; jobs?: HtmlElement } {
  const table = firstElement(document, (el) => el.tagName === 'table' && attribute(el, 'id') === 'quickfacts');
  if (!table) return {};
  const out: { title?: string; medianPay?: HtmlElement; jobs?: HtmlElement } = {};
  for (const row of descendants(table)) {
    if (row.tagName !== 'tr') continue;
    const cells = row.childNodes.filter(isElement).filter((c) => c.tagName === 'th' || c.tagName === 'td');
    const [label, value] = cells;
    if (!label) continue;
    const text = textOf(label);
    const title = /^quick facts\s*:?\s*(.+)$/i.exec(text)?.[1];
    if (title) out.title = title.trim();
    else if (value && /median pay/i.test(text)) out.medianPay = value;
    else if (value && /number of jobs/i.test(text)) out.jobs = value;
  }
  return out;
}

/** Reads the shipped pages (or `dir`'s) and works out, once, everything that differs between their copies. */
export function loadHandbookTemplates(dir: string = HANDBOOK_TEMPLATES_DIR, limit?: number): HandbookTemplate[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.html?(?:\.gz)?$/i.test(f))
    .sort()
    .slice(0, limit);
  if (files.length === 0) throw new Error(`no Handbook pages (.html or .html.gz) in ${dir}`);
  const parsed = files.map((file, index) => {
    const document = parse(readTemplateText(path.join(dir, file)));
    const quickFacts = quickFactsOf(document);
    const h1 = firstElement(document, (el) => el.tagName === 'h1');
    const title = quickFacts.title ?? (h1 ? textOf(h1) : '');
    const canonical = firstElement(document, (el) => el.tagName === 'link' && (attribute(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
    const href = canonical ? attribute(canonical, 'href') : undefined;
    if (title === '' || !href) throw new Error(`${file}: not a Handbook page to copy (no Quick Facts title or h1, or no canonical link)`);
    return { index, file, document, quickFacts, title, url: new URL(href) };
  });
  // Template pages by address, so links between them can follow the copies.
  const byAddress = new Map(parsed.map((t) => [`${t.url.host}${t.url.pathname}`, t.index]));
  const linkTarget = (href: string | undefined, base: URL): number | undefined => {
    if (!href || href.startsWith('#')) return undefined;
    try {
      const url = new URL(href, base);
      return byAddress.get(`${url.host}${url.pathname}`);
    } catch {
      return undefined;
    }
  };

  return parsed.map(({ index, file, document, quickFacts, title, url }): HandbookTemplate => {
    const titleWords = [...stemmedWords(title)].sort();
    const texts: TextEdit[] = [];
    const socCodes: string[] = [];
    const { texts: nodes, elements } = walk(document);
    for (const { node, similar } of nodes) {
      const text = node.value;
      if (text.trim() === '') continue;
      const soc = SOC_CODE.exec(text);
      if (soc) {
        const code = `${soc[2]}-${soc[3]}`;
        socCodes.push(code);
        texts.push({ node, original: text, pieces: [soc[1] ?? '', { kind: 'soc', code }, soc[4] ?? ''] });
        continue;
      }
      // A similar occupation's name, in the link to its page, takes the qualifier of the copy it links to.
      const link = similar ? node.parentNode : null;
      const target = link && isElement(link) && link.tagName === 'a' ? linkTarget(attribute(link, 'href'), url) : undefined;
      const spans = target !== undefined && target !== index ? similarNameSpans(text, target) : [...mentionSpans(text, titleWords, index), ...figureSpans(text)];
      if (spans.length > 0) texts.push({ node, original: text, pieces: piecesOf(text, spans) });
    }
    const attributes: AttributeEdit[] = [];
    for (const el of elements) {
      for (const attr of el.attrs) {
        if (el.tagName === 'link' && attr.name === 'href' && (attribute(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
          attributes.push({ attr, to: { kind: 'url' } });
        } else if (el.tagName === 'meta' && /^og:url$/i.test(attribute(el, 'property') ?? '') && (attr.name === 'href' || attr.name === 'content')) {
          attributes.push({ attr, to: { kind: 'url' } });
        } else if (el.tagName === 'meta' && attr.name === 'content' && /^(?:og:title|description|og:description)$/i.test(attribute(el, 'property') ?? attribute(el, 'name') ?? '')) {
          const spans = mentionSpans(attr.value, titleWords, index);
          if (spans.length > 0) attributes.push({ attr, to: { kind: 'pieces', pieces: piecesOf(attr.value, spans), original: attr.value } });
        } else if (el.tagName === 'a' && attr.name === 'href') {
          const target = linkTarget(attr.value, url);
          if (target !== undefined) attributes.push({ attr, to: { kind: 'link', template: target, original: attr.value } });
        }
      }
    }
    return { index, file, title, url, document, texts, attributes, socCodes, quickFacts: { medianPay: quickFacts.medianPay, jobs: quickFacts.jobs } };
  });
}

/** A linked occupation's name: the qualifier goes before its first word. */
function similarNameSpans(text: string, target: number): Span[] {
  const first = /[\p{L}\p{N}]/u.exec(text);
  if (!first) return [];
  return [{ start: first.index, end: first.index, piece: { kind: 'qualifier', of: target, capital: capitalOf(text.slice(first.index).split(/\s/)[0] ?? '') } }];
}

function qualifierWords(seed: number): { places: string[]; settings: string[] } {
  const rng = new Rng(deriveSeed(seed, STREAM.qualifiers));
  return { places: rng.shuffle([...PLACES]), settings: rng.shuffle([...SETTINGS]) };
}

function qualifier(words: { places: string[]; settings: string[] }, n: number): string {
  const place = words.places[n % words.places.length];
  const setting = n < words.places.length ? '' : words.settings[Math.floor(n / words.places.length) - 1];
  if (place === undefined || setting === undefined) throw new Error(`more than ${MAX_VARIANTS} copies of one template`);
  return setting ? `${setting} ${place}` : place;
}

/** The new address: the template's path with the qualifier's slug before its file name, on the synthetic origin. */
function variantUrl(template: HandbookTemplate, qualifierText: string): string {
  const dir = path.posix.dirname(template.url.pathname);
  return `${SYNTHETIC_ORIGIN}${dir === '/' ? '' : dir}/${slugForTitle(qualifierText)}-${path.posix.basename(template.url.pathname)}`;
}

/** Which template, variant, qualifier, address, factor and SOC codes each page gets. */
export function planHandbookCorpus(templates: readonly HandbookTemplate[], pages: number, seed: number, gzip = true): HandbookPagePlan[] {
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`pages must be a positive whole number: ${pages}`);
  const words = qualifierWords(seed);
  const taken = new Set(templates.map((t) => identityKey(t.title)));
  const usedSoc = new Set(templates.flatMap((t) => t.socCodes));
  const socRng = new Rng(deriveSeed(seed, STREAM.soc));
  const plans: HandbookPagePlan[] = [];
  const next = new Map<number, number>();
  for (let index = 0; index < pages; index += 1) {
    const template = templates[index % templates.length];
    if (!template) throw new Error('no templates');
    const variant = Math.floor(index / templates.length);
    // A qualifier whose title another page (or a template) already has is skipped: each page its own occupation.
    let n = Math.max(variant, next.get(template.index) ?? 0);
    let title = '';
    let q = '';
    for (;;) {
      q = qualifier(words, n);
      title = `${q} ${template.title}`;
      n += 1;
      if (!taken.has(identityKey(title))) break;
    }
    next.set(template.index, n);
    taken.add(identityKey(title));
    const url = variantUrl(template, q);
    const soc = new Map<string, string>();
    for (const code of template.socCodes) {
      if (soc.has(code)) continue;
      soc.set(code, freeSocCode(code.slice(0, 2), socRng, usedSoc));
    }
    const rng = new Rng(deriveSeed(seed, STREAM.page, index));
    const factor = Math.round((0.75 + 0.6 * rng.float()) * 1000) / 1000;
    const base = path.posix.basename(new URL(url).pathname).replace(/\.html?$/i, '');
    plans.push({ index, template: template.index, variant, qualifier: q, title, url, file: `${base}.html${gzip ? '.gz' : ''}`, factor, soc });
  }
  return plans;
}

/** An unused SOC code in a major group ("15" → "15-7342"). */
function freeSocCode(major: string, rng: Rng, used: Set<string>): string {
  for (let attempt = 0; attempt < 64; attempt += 1) {
    const code = `${major}-${String(rng.int(1000, 9999))}`;
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
  for (let minor = 1000; minor <= 9999; minor += 1) {
    const code = `${major}-${minor}`;
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
  throw new Error(`no unused SOC codes left in major group ${major}`);
}

function scaleFigure(piece: Extract<Piece, { kind: 'figure' }>, factor: number): string {
  if (piece.decimals > 0) {
    const unit = 10 ** piece.decimals;
    const value = Math.max(1, Math.round(Number(`${piece.whole}.${piece.cents}`) * factor * unit));
    return `${piece.dollar}${withThousands(Math.floor(value / unit))}.${String(value % unit).padStart(piece.decimals, '0')}`;
  }
  const value = Math.max(piece.step, Math.round((piece.whole * factor) / piece.step) * piece.step);
  return `${piece.dollar}${withThousands(value)}`;
}

function casedQualifier(text: string, capital: 'lower' | 'first' | 'upper'): string {
  return capital === 'upper' ? text.toUpperCase() : capital === 'first' ? text : text.toLowerCase();
}

/** Plans by template and variant: a linked page's copy with this page's variant number, if the corpus has it. */
type PlanLookup = (template: number, variant: number) => HandbookPagePlan | undefined;

function render(pieces: readonly Piece[], plan: HandbookPagePlan, lookup: PlanLookup): string | undefined {
  let out = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      out += piece;
    } else if (piece.kind === 'figure') {
      out += scaleFigure(piece, plan.factor);
    } else if (piece.kind === 'soc') {
      out += plan.soc.get(piece.code) ?? piece.code;
    } else {
      const owner = piece.of === plan.template ? plan : lookup(piece.of, plan.variant);
      // A linked page with no copy of this variant keeps its name (the link keeps its address).
      if (!owner) return undefined;
      const q = casedQualifier(owner.qualifier, piece.capital);
      if (piece.article) {
        const article = indefiniteArticle(q);
        out += `${piece.article.capital ? capitalise(article) : article} `;
      }
      out += `${q} `;
    }
  }
  return out;
}

/** The page's HTML and what it says, with the template's tree set to this page's text. */
function renderHandbookPage(template: HandbookTemplate, plan: HandbookPagePlan, lookup: PlanLookup): { html: string; record: HandbookPageRecord } {
  for (const edit of template.texts) edit.node.value = render(edit.pieces, plan, lookup) ?? edit.original;
  for (const edit of template.attributes) {
    const { to } = edit;
    if (to.kind === 'url') edit.attr.value = plan.url;
    else if (to.kind === 'pieces') edit.attr.value = render(to.pieces, plan, lookup) ?? to.original;
    else {
      const target = to.template === plan.template ? plan : lookup(to.template, plan.variant);
      // Root-relative, as the Handbook links: it resolves against the page's own (synthetic) address.
      const original = new URL(to.original, template.url);
      edit.attr.value = target ? `${new URL(target.url).pathname}${original.search}${original.hash}` : to.original;
    }
  }
  const html = serialize(template.document);
  const medianText = template.quickFacts.medianPay ? textOf(template.quickFacts.medianPay) : undefined;
  const jobsText = template.quickFacts.jobs ? textOf(template.quickFacts.jobs) : undefined;
  const amount = (re: RegExp) => {
    const m = medianText === undefined ? undefined : re.exec(medianText);
    return m?.[1] === undefined ? undefined : Number(m[1].replace(/,/g, ''));
  };
  const yearly = amount(/\$([\d,]+(?:\.\d+)?) per year/);
  const hourly = amount(/\$([\d,]+(?:\.\d+)?) per hour/);
  const jobs = jobsText && /^[\d,]+$/.test(jobsText) ? Number(jobsText.replace(/,/g, '')) : undefined;
  const record: HandbookPageRecord = {
    file: plan.file,
    template: template.file,
    variant: plan.variant,
    title: plan.title,
    slug: slugForTitle(plan.title),
    url: plan.url,
    factor: plan.factor,
    quickFacts: {
      ...(yearly !== undefined || hourly !== undefined ? { medianPay: { ...(yearly !== undefined ? { yearly } : {}), ...(hourly !== undefined ? { hourly } : {}) } } : {}),
      ...(jobs !== undefined ? { jobs } : {}),
    },
  };
  return { html, record };
}

/**
 * Writes `pages` Handbook pages into `outDir` (created if missing; it must be
 * empty, so a stale page from an earlier corpus can never sneak in).
 */
export function generateHandbookCorpus(options: HandbookCorpusOptions & { outDir: string }): HandbookCorpusManifest {
  return writeHandbookCorpus(loadHandbookTemplates(options.templatesDir, options.templates), options);
}

/** generateHandbookCorpus with templates already loaded (loading them is most of the work for a small corpus). */
export function writeHandbookCorpus(templates: readonly HandbookTemplate[], options: Omit<HandbookCorpusOptions, 'templatesDir' | 'templates'> & { outDir: string }): HandbookCorpusManifest {
  const { outDir, pages } = options;
  const seed = options.seed ?? DEFAULT_HANDBOOK_SEED;
  const gzip = options.gzip ?? true;
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0) throw new Error(`output folder is not empty: ${outDir}`);
  const plans = planHandbookCorpus(templates, pages, seed, gzip);
  const byVariant = new Map(plans.map((p) => [`${p.template} ${p.variant}`, p]));
  const lookup: PlanLookup = (template, variant) => byVariant.get(`${template} ${variant}`);
  fs.mkdirSync(outDir, { recursive: true });
  const records: HandbookPageRecord[] = [];
  for (const plan of plans) {
    const template = templates[plan.template];
    if (!template) throw new Error(`no template ${plan.template}`);
    const { html, record } = renderHandbookPage(template, plan, lookup);
    // gzip's header holds no time or file name here, so the same page always gives the same bytes.
    fs.writeFileSync(path.join(outDir, plan.file), gzip ? gzipSync(html) : html);
    records.push(record);
  }
  return { seed, templates: templates.length, pages: records };
}

/** What a Handbook corpus holds, in one line for people. */
export function describeHandbookCorpus(manifest: HandbookCorpusManifest): string {
  const copies = Math.ceil(manifest.pages.length / manifest.templates);
  return `${manifest.pages.length} Handbook pages (one occupation each) copied from ${manifest.templates} real pages, up to ${copies} cop${copies === 1 ? 'y' : 'ies'} of each (seed ${manifest.seed})`;
}
