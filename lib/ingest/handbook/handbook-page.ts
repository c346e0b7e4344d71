/**
 * What the Handbook readers share: the page, the occupation it is about,
 * and the parse they add to. Every value is observed with the file line of
 * the element that states it.
 */
import type { FactKey, FactValue } from '../../profile-schema';
import { upperFirst } from '../../text/prose';
import { stemmedWords } from '../occupation-identity';
import { observe, type PageParse } from '../page-parse';
import type { HtmlDocument, HtmlNode } from '../html/html-document';
import type { Table, TableRow } from './tab-blocks';

type Specialty = FactValue<'specialties'>[number];

/**
 * True when two names have the same words, stemmed, in any order: "painters,
 * construction and maintenance" names "Construction and Maintenance Painters".
 */
export function sameWords(a: string, b: string): boolean {
  const x = [...stemmedWords(a)].sort();
  const y = [...stemmedWords(b)].sort();
  return x.length > 0 && x.length === y.length && x.every((w, i) => w === y[i]);
}

export class HandbookPage {
  readonly parse: PageParse;
  /** Narrower occupations the page covers, gathered from the outlook table and the pay section. */
  readonly #specialties: { specialty: Specialty; node: HtmlNode }[] = [];

  constructor(
    readonly document: HtmlDocument,
    /** The occupation's title (the Quick Facts title). */
    readonly title: string,
  ) {
    this.parse = { format: 'handbook-profile', titles: [title], observations: [], unrecognised: [], diagnostics: [] };
  }

  line(node: HtmlNode): number {
    return this.document.lineOf(node);
  }

  observe<K extends FactKey>(field: K, value: FactValue<K> | null, node: HtmlNode): void {
    this.parse.observations.push(observe(this.title, field, value, this.line(node)));
  }

  /** Text the page gives about this occupation that no reader knows: kept verbatim in its profile. */
  unrecognised(label: string, text: string, node: HtmlNode): void {
    this.parse.unrecognised.push({ title: this.title, label, text, line: this.line(node) });
  }

  /** A table row no reader knows, kept verbatim as its cells' text ("Actuaries | 15-2011 | …"). */
  unrecognisedRow(label: string, row: TableRow): void {
    this.unrecognised(label, row.cells.map((c) => c.text).join(' | '), row.element);
  }

  unrecognisedRows(label: string, table: Table): void {
    for (const row of table.rows) this.unrecognisedRow(label, row);
  }

  /**
   * The page's specialty of that title (created on first mention), for the
   * readers to fill in: the outlook table and the pay section name the same
   * specialties, in different case ("Disc jockeys, except radio").
   */
  specialty(title: string, node: HtmlNode): Specialty {
    const known = this.knownSpecialty(title);
    if (known) return known;
    const specialty: Specialty = { title: upperFirst(title) };
    this.#specialties.push({ specialty, node });
    return specialty;
  }

  /** The specialty of that title if the page has named it already (the outlook table is read first). */
  knownSpecialty(title: string): Specialty | undefined {
    return this.#specialties.find((s) => sameWords(s.specialty.title, title))?.specialty;
  }

  /** Observes the specialties, once every reader has added to them. */
  finishSpecialties(): void {
    const [first] = this.#specialties;
    if (first) this.observe('specialties', this.#specialties.map((s) => s.specialty), first.node);
  }

  /**
   * True when a sentence's subject ("actuaries", "heavy and tractor-trailer
   * truck drivers") is this occupation rather than one of its specialties.
   * Compared by stemmed words, so case, plurals and punctuation don't matter.
   */
  isAbout(subject: string): boolean {
    return sameWords(subject, this.title);
  }
}
