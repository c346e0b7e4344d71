/**
 * Bytes → text, before anything reads a page: gzip-compressed files are
 * unpacked (recognised by their magic bytes, whatever the file is called),
 * HTML is told from plain text by how it begins, and HTML is decoded in the
 * character encoding its byte-order mark or <meta charset> declares, as a
 * browser would. Plain-text pages must be UTF-8, as before.
 */
import { gunzipSync, constants as zlib } from 'node:zlib';
import { parse } from 'parse5';
import { afterFrontMatter } from './front-matter';
import { attribute, descendants } from './html/html-document';

/** A compressed page may not unpack to more than this: a "gzip bomb" is not a career page. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

type Unpacked =
  | { ok: true; bytes: Uint8Array; cutShort: boolean }
  | { ok: false; message: string };

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Unpacks gzip data. A file cut off part-way unpacks as far as it goes
 * (`cutShort`), so a truncated download is kept as a partial page, like a
 * truncated text page; corrupt data is an error.
 */
export function unpack(bytes: Uint8Array): Unpacked {
  if (!isGzip(bytes)) return { ok: true, bytes, cutShort: false };
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES }), cutShort: false };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/maxOutputLength|buffer/i.test(reason) && !/end of file/i.test(reason)) {
      return { ok: false, message: `compressed file unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB` };
    }
    try {
      // Z_SYNC_FLUSH returns what was unpacked before the data ran out instead of failing.
      const partial = gunzipSync(bytes, { finishFlush: zlib.Z_SYNC_FLUSH, maxOutputLength: MAX_UNPACKED_BYTES });
      if (partial.length > 0) return { ok: true, bytes: partial, cutShort: true };
    } catch {
      // Corrupt rather than cut short: reported below.
    }
    return { ok: false, message: `gzip-compressed file is corrupt: ${reason}` };
  }
}

/** The encoding a byte-order mark names, and the mark's length. */
function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return undefined;
}

/** A Latin-1 view of bytes: one character per byte, so offsets in it are byte offsets. */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

/**
 * True when text begins like an HTML document: the WHATWG MIME sniffing
 * patterns for HTML (a doctype, <html>, <head>, <body>, <script>, <p>, a
 * comment, …) after leading white space. Plain-text pages begin with words.
 */
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|meta|link|!--)(?=[\s>/])/i;

function looksLikeHtml(start: string): boolean {
  return HTML_START.test(start);
}

/** Labels the spec reads as UTF-8 when a page declares them (a page in UTF-16 could not declare it in ASCII). */
const DECLARED_AS_UTF8 = new Set(['utf-16', 'utf-16le', 'utf-16be', 'unicode', 'ucs-2']);

/**
 * The encoding a page's first 1,024 bytes declare in <meta charset> or
 * <meta http-equiv="Content-Type" content="…; charset=…">, read with the
 * HTML parser (on a Latin-1 view, which keeps every ASCII byte), as the
 * WHATWG prescan does. Undefined when nothing usable is declared.
 */
function declaredCharset(head: Uint8Array): string | undefined {
  const document = parse(latin1(head.subarray(0, 1024)));
  for (const el of descendants(document)) {
    if (el.tagName !== 'meta') continue;
    let label = attribute(el, 'charset');
    if (label === undefined && attribute(el, 'http-equiv')?.toLowerCase() === 'content-type') {
      label = /charset\s*=\s*["']?([^"';\s]+)/i.exec(attribute(el, 'content') ?? '')?.[1];
    }
    if (label === undefined) continue;
    const normalised = label.trim().toLowerCase();
    if (DECLARED_AS_UTF8.has(normalised)) return 'utf-8';
    if (normalised === 'x-user-defined') return 'windows-1252';
    try {
      return new TextDecoder(normalised).encoding;
    } catch {
      // Not an encoding label: keep looking, then fall back to UTF-8.
    }
  }
  return undefined;
}

/**
 * Decodes bytes that must be valid in the encoding, except for a character
 * cut off at the very end: a truncated file (a download or gzip stream cut
 * short) ends mid-character, which says nothing about its encoding. That
 * partial character is dropped (stream mode keeps it back, and is never flushed).
 */
function decodeStrict(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
}

/** Windows-1252's bytes 0x80–0x9F, as the WHATWG Encoding Standard maps them (the five unassigned ones stay C1 controls). */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 (also what "iso-8859-1", "latin1" and "us-ascii" mean on the
 * web): Latin-1 but for 0x80–0x9F. Decoded here rather than by TextDecoder,
 * which in Node 20.18.3+ and 22.13+ decodes it as Latin-1 (nodejs/node#60888):
 * every ’ – “ ” would become an invisible control character, then be removed.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return latin1(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

type Decoded =
  | { ok: true; text: string; markup: 'html' | 'text'; notes: string[] }
  | { ok: false; message: string };

const SNIFF_LENGTH = 512;

/**
 * Decodes a page's bytes. A byte-order mark decides the encoding of any
 * page. Otherwise HTML is read in its declared charset, else UTF-8, and HTML
 * that is not valid in that encoding is read as windows-1252, as browsers
 * read undeclared legacy pages, with a note; plain text must be UTF-8.
 */
export function decodePage(bytes: Uint8Array): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) {
    let text: string;
    try {
      text = decodeStrict(bom.encoding, bytes.subarray(bom.length));
    } catch {
      return { ok: false, message: `not valid ${bom.encoding.toUpperCase()} text, though it starts with a ${bom.encoding.toUpperCase()} byte-order mark` };
    }
    const markup = looksLikeHtml(afterFrontMatter(text).slice(0, SNIFF_LENGTH)) ? 'html' : 'text';
    return { ok: true, text, markup, notes: [] };
  }
  const view = latin1(bytes.subarray(0, 64 * 1024));
  const body = view.length - afterFrontMatter(view).length;
  if (!looksLikeHtml(view.slice(body, body + SNIFF_LENGTH))) {
    try {
      return { ok: true, text: decodeStrict('utf-8', bytes), markup: 'text', notes: [] };
    } catch {
      return { ok: false, message: 'not valid UTF-8 text' };
    }
  }
  const declared = declaredCharset(bytes.subarray(body, body + 1024));
  const encoding = declared ?? 'utf-8';
  try {
    return { ok: true, text: encoding === 'windows-1252' ? decodeWindows1252(bytes) : decodeStrict(encoding, bytes), markup: 'html', notes: [] };
  } catch {
    const note = `${declared ? `the page declares charset ${declared}` : 'the page declares no charset'}, but its bytes are not valid ${encoding}: read as windows-1252`;
    return { ok: true, text: decodeWindows1252(bytes), markup: 'html', notes: [note] };
  }
}
