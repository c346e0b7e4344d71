/**
 * Duplicate pages: the same content under another file name (white space
 * aside) is one page. One copy is kept, the newer scrape, else the first
 * file by name; every other copy is rejected, naming the copy kept.
 */
import { hash } from 'node:crypto';
import type { LoadedPage } from './load-page';
import type { Diagnostic } from './report-schema';
import { collapseWhiteSpace } from './white-space';

/**
 * What duplicate detection needs to remember of a page: not its text, so a
 * page's body and lines can be freed as soon as it is parsed.
 */
type PageIdentity = Pick<LoadedPage, 'file' | 'firstLine' | 'url' | 'scrapedAt'>;

interface Admission {
  /** True when this page is kept: new content, or a newer copy of content kept before. */
  keep: boolean;
  /** The file of the copy kept before, which this page replaces: everything it gave must be taken back. */
  replaces?: string;
  /** The copy not kept, and why. */
  dropped?: { page: PageIdentity; diagnostic: Diagnostic };
}

function contentHash(body: string): string {
  return hash('sha1', collapseWhiteSpace(body).trim());
}

function identity(page: LoadedPage): PageIdentity {
  return { file: page.file, firstLine: page.firstLine, url: page.url, scrapedAt: page.scrapedAt };
}

/** Which of two copies of the same page to keep: the newer scrape, else the first file. */
function preferred(a: PageIdentity, b: PageIdentity): PageIdentity {
  const ta = a.scrapedAt ? Date.parse(a.scrapedAt) : -Infinity;
  const tb = b.scrapedAt ? Date.parse(b.scrapedAt) : -Infinity;
  if (ta !== tb) return ta > tb ? a : b;
  return a.file <= b.file ? a : b;
}

function duplicateOf(drop: PageIdentity, keep: PageIdentity): Diagnostic {
  return { file: drop.file, line: drop.firstLine, severity: 'error', code: 'duplicate-page', message: `duplicate page: same content as ${keep.file}, which is kept` };
}

/** Remembers the content of every page kept so far. */
export class DuplicatePages {
  /** content hash → the page kept for that content */
  readonly #byContent = new Map<string, PageIdentity>();

  /** Whether a parsed page is kept, and which copy of its content, if any, is dropped. */
  admit(page: LoadedPage): Admission {
    const fingerprint = contentHash(page.body);
    const current = identity(page);
    const earlier = this.#byContent.get(fingerprint);
    if (!earlier) {
      this.#byContent.set(fingerprint, current);
      return { keep: true };
    }
    if (preferred(earlier, current) === earlier) return { keep: false, dropped: { page: current, diagnostic: duplicateOf(current, earlier) } };
    this.#byContent.set(fingerprint, current);
    return { keep: true, replaces: earlier.file, dropped: { page: earlier, diagnostic: duplicateOf(earlier, current) } };
  }
}
