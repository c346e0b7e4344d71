/**
 * Load: turns a file's bytes into a page, plain text or an HTML tree, plus
 * its front matter, or says why the file cannot be a page (empty, binary,
 * corrupt compression, not text in its encoding, bad or non-YAML front
 * matter). gzip-compressed files are unpacked first, whatever their name.
 */
import { HttpUrl } from '../profile-schema';
import { decodePage, unpack } from './decode-bytes';
import { readPageFrontMatter } from './front-matter';
import { attribute, parseHtml, type HtmlDocument } from './html/html-document';
import type { Diagnostic } from './report-schema';
import type { PageText } from './page-parse';
import { isoDate, toJsonValue, type JsonValue } from './stable-json';
import { countNewlines } from './white-space';

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
interface TextPage extends PageBase, PageText {
  markup: 'text';
}

/** A saved HTML page, read as a tree. */
interface HtmlPage extends PageBase {
  markup: 'html';
  document: HtmlDocument;
}

export type LoadedPage = TextPage | HtmlPage;

type LoadResult = { ok: true; page: LoadedPage } | { ok: false; diagnostic: Diagnostic };

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

/** Reads and loads one input file; a file that cannot be read is rejected like a bad page. */
export function loadInput(input: { file: string; read: () => Uint8Array }): LoadResult {
  let bytes: Uint8Array;
  try {
    bytes = input.read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return reject(input.file, 'unreadable-file', `cannot read file: ${reason}`);
  }
  return loadPage(input.file, bytes);
}

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

  const front = readPageFrontMatter(text);
  if (!front.ok) return reject(file, 'bad-front-matter', front.message, front.line);
  const { data, content: body } = front;
  const headerLines = text.length - body.length === 0 ? 0 : countNewlines(text.slice(0, text.length - body.length));
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
