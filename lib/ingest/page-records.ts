/**
 * What the report says of each page read: its status, format, address and
 * occupations, and every diagnostic, gathered as the pages are read.
 */
import type { PageFormat } from '../profile-schema';
import type { AcceptedPage } from './occupation-drafts';
import { pageOrigin, type PageOrigin } from './page-date';
import type { PageParse } from './page-parse';
import type { Diagnostic, PageStatus } from './report-schema';

export interface PageRecord extends PageOrigin {
  file: string;
  status: PageStatus;
  format: PageFormat | null;
  titles: readonly string[];
}

export class PageRecords {
  readonly #records = new Map<string, PageRecord>();
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    this.diagnostics = [...diagnostics];
  }

  /** The page is not used; a page rejected after it was kept (a newer copy came) is rejected from then on. */
  reject(diagnostic: Diagnostic, format: PageFormat | null = null, page?: PageOrigin): void {
    this.diagnostics.push(diagnostic);
    const { file } = diagnostic;
    this.#records.set(file, { file, status: 'rejected', format, ...pageOrigin(page), titles: [] });
  }

  warn(warnings: readonly Diagnostic[]): void {
    this.diagnostics.push(...warnings);
  }

  /** The page is used: its parse's diagnostics are kept; `cutShort` when its file ended early. */
  accept(page: AcceptedPage, parse: PageParse, cutShort: boolean | undefined): void {
    for (const d of parse.diagnostics) this.diagnostics.push({ file: page.file, ...d });
    this.#records.set(page.file, {
      file: page.file,
      status: parse.truncatedAt === undefined && !cutShort ? 'parsed' : 'partial',
      format: page.format,
      ...pageOrigin(page),
      titles: page.titles,
    });
  }

  get size(): number {
    return this.#records.size;
  }

  records(): IterableIterator<PageRecord> {
    return this.#records.values();
  }
}
