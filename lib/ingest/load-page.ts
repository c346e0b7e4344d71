/**
 * Load: turns a file's bytes into a page, plain text or an HTML tree, plus
 * its front matter, or says why the file cannot be a page (empty, binary,
 * corrupt compression, not text in its encoding, bad or non-YAML front
 * matter). gzip-compressed files are unpacked first, whatever their name.
 */
import { HttpUrl } from '../profile-schema';
import { decodePage, unpack } from './decode-bytes';
import { assertYamlFrontMatter, FrontMatterError, frontMatterLanguage, readYamlFrontMatter } from './front-matter';
import { attribute, parseHtml, type HtmlDocument } from './html/html-document';
import type { Diagnostic } from './report-schema';
import type { PageText } from './page-parse';
import { isoDate, toJsonValue, type JsonValue } from './stable-json';

interface PageBase {
  file: string;
  /** The page body (after any front matter), LF line endings. */
  body: string;
  /** File line of the body's first line. */
  firstLine: number;
  /** The page's address: its canonical link, else the front matter's `source`. */
  url?: string;
  scrapedAt?: string;
  /** Front-matter keys other than `source` and `scraped_at`, kept as given. */
  meta: Record<string, JsonValue>;
  warnings: Diagnostic[];
  /** Set when a compressed file ended early: the page is cut there. */
  cutShort?: boolean;
}

/** A plain-text page, read line by line. */
export interface TextPage extends PageBase, PageText {
  markup: 'text';
}

/** A saved HTML page, read as a tree. */
export interface HtmlPage extends PageBase {
  markup: 'html';
  document: HtmlDocument;
}

export type LoadedPage = TextPage | HtmlPage;

export type LoadResult = { ok: true; page: LoadedPage } | { ok: false; diagnostic: Diagnostic };

function reject(file: string, code: Diagnostic['code'], message: string, line?: number): LoadResult {
  return { ok: false, diagnostic: { file, line, severity: 'error', code, message } };
}

/**
 * True when the bytes look like a binary file rather than text: more than 10%
 * control bytes in the first 8 KB. A NUL counts like any other control byte
 * rather than condemning the file on its own: scraped text leaks a stray NUL
 * now and then (removed below), while real binary files and UTF-16 text have
 * them by the hundred.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  // An indexed loop: this reads 8 KB of every page, and the iterator form was several times slower.
  for (let i = 0; i < sample.length; i += 1) {
    const b = sample[i] ?? 0;
    if (b >= 32) continue;
    // Control bytes other than tab, LF, CR and form feed.
    if (b !== 9 && b !== 10 && b !== 13 && b !== 12) control += 1;
  }
  return control > sample.length * 0.1;
}

/**
 * Invisible controls scrapers leak into text: C0 controls other than tab and
 * line feed (CR is already gone), DEL, C1 controls, and the bidirectional
 * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069),
 * which can make a title display reversed or reordered. None carries meaning
 * on a career page, so they are removed from the whole file (front matter
 * included) before anything reads it; vertical tab and form feed separate
 * words like white space, so they become a space.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function removeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (c) => (c === '\u000b' || c === '\u000c' ? ' ' : ''));
}

/**
 * Front matter as scrapers write it, "source: <http(s) URL>", "scraped_at: <YYYY-MM-DD>" and
 * "crawler: nightly-7", read without gray-matter and js-yaml (measured on the 10,000-page benchmark corpus: 5–19 µs a page with gray-matter, under 1 µs here). Only a block
 * whose every line is one of these, each key at most once, with nothing YAML could read
 * differently (no quotes, spaces, '#', '!' or '*' in the URL; a word value that is not a YAML null
 * or boolean), is read here; anything else goes to gray-matter. The result is what gray-matter returns for such a block: the URL as a string, the
 * date as js-yaml's timestamp (UTC midnight via Date.UTC, so an impossible date rolls over exactly
 * as js-yaml's does), and the body after the closing delimiter line.
 */
const SIMPLE_SOURCE = /^source: (https?:\/\/[A-Za-z0-9\-._~/?=&%+]+)$/;
const SIMPLE_SCRAPED_AT = /^scraped_at: ([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
/** Any other key with a one-word value ("crawler: nightly-7"), which YAML reads as that string... */
const SIMPLE_WORD = /^([a-z][a-z0-9_]*): ([A-Za-z][A-Za-z0-9_-]*)$/;
/** ...unless the word is one of YAML's null or boolean spellings (js-yaml's core schema). */
const YAML_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

export function readSimpleFrontMatter(text: string): { data: Record<string, unknown>; content: string } | undefined {
  if (!text.startsWith('---\n')) return undefined;
  // gray-matter: the block ends at the first "\n---" after the opening "---".
  const close = text.indexOf('\n---', 3);
  if (close <= 3) return undefined;
  const data: Record<string, unknown> = {};
  let start = 4;
  while (start <= close) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > close) end = close;
    const line = text.slice(start, end);
    start = end + 1;
    // A key given twice is an error in YAML: left to gray-matter, which reports it.
    const source = SIMPLE_SOURCE.exec(line);
    if (source) {
      if (Object.hasOwn(data, 'source')) return undefined;
      data.source = source[1];
      continue;
    }
    const date = SIMPLE_SCRAPED_AT.exec(line);
    if (date) {
      if (Object.hasOwn(data, 'scraped_at')) return undefined;
      data.scraped_at = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
      continue;
    }
    const word = SIMPLE_WORD.exec(line);
    const key = word?.[1];
    const value = word?.[2];
    if (key === undefined || value === undefined || YAML_WORDS.has(value) || Object.hasOwn(data, key)) return undefined;
    if (key === 'source' || key === 'scraped_at') return undefined;
    data[key] = value;
  }
  let content = text.slice(close + 4);
  if (content.startsWith('\r')) content = content.slice(1);
  if (content.startsWith('\n')) content = content.slice(1);
  return { data, content };
}

function normaliseScrapedAt(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : isoDate(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const trimmed = value.trim();
    const time = Date.parse(trimmed);
    if (Number.isNaN(time)) return undefined;
    return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? trimmed : isoDate(new Date(time));
  }
  return undefined;
}

/** The page's address as profiles cite it: an http(s) URL, normalised, that the profile schema accepts. */
function normaliseUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const { href } = new URL(value.trim());
    return HttpUrl.safeParse(href).success ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Any character that needs more than decoding: a control the binary check counts, a CR, or one
 * that removeControlCharacters removes. Most pages have none, and one search for them is cheaper
 * than the byte count, the CR replace and the removal, which then all find nothing.
 */
// CONTROL_CHARACTERS without its global flag (a global regex keeps its position between tests).
const NEEDS_CLEANING = new RegExp(CONTROL_CHARACTERS.source);

export function loadPage(file: string, rawBytes: Uint8Array): LoadResult {
  if (rawBytes.length === 0) return reject(file, 'empty-file', 'empty file (0 bytes)');
  const unpacked = unpack(rawBytes);
  if (!unpacked.ok) return reject(file, 'bad-compression', unpacked.message);
  const bytes = unpacked.bytes;
  if (bytes.length === 0) return reject(file, 'empty-file', 'compressed file holds nothing (0 bytes)');
  const decoded = decodePage(bytes);
  if (!decoded.ok) return looksBinary(bytes) ? reject(file, 'binary-file', 'binary file: not a text page') : reject(file, 'binary-file', decoded.message);
  let text = decoded.text;
  // Text without any control character cannot look binary: only then is the byte count skipped.
  if (NEEDS_CLEANING.test(text)) {
    if (looksBinary(bytes)) return reject(file, 'binary-file', 'binary file: not a text page');
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    text = removeControlCharacters(text);
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') return reject(file, 'empty-file', 'empty file (only white space)');

  let body = text;
  let data: Record<string, unknown> = {};
  try {
    assertYamlFrontMatter(text);
  } catch (error) {
    if (error instanceof FrontMatterError) return reject(file, 'bad-front-matter', error.message, error.line);
    throw error;
  }
  // Any YAML opening ("---", "---yaml", "---yml"; others were refused above) is read as front matter.
  if (frontMatterLanguage(text) !== undefined) {
    try {
      const parsed = readSimpleFrontMatter(text) ?? readYamlFrontMatter(text);
      body = parsed.content;
      data = parsed.data;
    } catch (error) {
      const line = yamlErrorLine(error);
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return reject(file, 'bad-front-matter', `front matter is not valid YAML: ${reason}`, line);
    }
  }
  const headerLines = text.length - body.length === 0 ? 0 : countLines(text.slice(0, text.length - body.length));
  const warnings: Diagnostic[] = decoded.notes.map((message) => ({ file, line: 1, severity: 'warning', code: 'charset', message }));
  if (unpacked.cutShort) warnings.push({ file, severity: 'warning', code: 'truncated-page', message: 'the compressed file ends early: read as far as it goes' });
  const { source, scraped_at: scrapedAtRaw, ...rest } = data;
  const url = normaliseUrl(source);
  if (source !== undefined && url === undefined) {
    warnings.push({ file, line: 1, severity: 'warning', code: 'bad-front-matter', message: `front matter "source" is not an http(s) URL: ${JSON.stringify(source)}` });
  }
  const scrapedAt = normaliseScrapedAt(scrapedAtRaw);
  if (scrapedAtRaw !== undefined && scrapedAt === undefined) {
    warnings.push({ file, line: 1, severity: 'warning', code: 'bad-front-matter', message: `front matter "scraped_at" is not a date: ${JSON.stringify(toJsonValue(scrapedAtRaw))}; the page counts as undated` });
  }
  const meta: Record<string, JsonValue> = {};
  for (const key of Object.keys(rest).sort()) meta[key] = toJsonValue(rest[key]);
  if (body.trim() === '') return reject(file, 'empty-file', 'page has front matter but no content', headerLines + 1);

  const base = { file, body, firstLine: headerLines + 1, url, scrapedAt, meta, warnings, ...(unpacked.cutShort ? { cutShort: true } : {}) };
  if (decoded.markup === 'html') {
    const document = parseHtml(body, base.firstLine);
    // The page's own canonical address names it better than where a crawler happened to fetch it.
    const canonical = canonicalUrl(document);
    return { ok: true, page: { ...base, url: canonical ?? url, markup: 'html', document } };
  }
  return { ok: true, page: { ...base, markup: 'text', lines: body.split('\n') } };
}

/** The absolute http(s) address of <link rel="canonical">, when the page has a usable one. */
function canonicalUrl(document: HtmlDocument): string | undefined {
  for (const link of document.elements('link')) {
    const rel = (attribute(link, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('canonical')) continue;
    const url = normaliseUrl(attribute(link, 'href'));
    if (url) return url;
  }
  return undefined;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

function yamlErrorLine(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'mark' in error) {
    const mark = error.mark;
    if (typeof mark === 'object' && mark !== null && 'line' in mark && typeof mark.line === 'number') {
      // js-yaml counts from 0 within the front matter, which starts on file line 2.
      return mark.line + 2;
    }
  }
  return undefined;
}
