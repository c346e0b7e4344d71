/**
 * What a format parser makes of one page: facts observed about named
 * occupations, plus what it could not place. Parsers never throw; they record.
 */
import type { FactKey, FactValue, PageFormat } from '../profile-schema';
import type { Diagnostic } from './report-schema';

/**
 * One value a page gives for one occupation's fact, at a line of the file.
 * Build it with `observe`, which checks the value's type against the field;
 * the merged profile is validated against the schema again before writing.
 */
interface Observation {
  title: string;
  field: FactKey;
  value: unknown;
  line: number;
}

export function observe<K extends FactKey>(
  title: string,
  field: K,
  value: FactValue<K> | null,
  line: number,
): Observation {
  return { title, field, value, line };
}

interface UnrecognisedText {
  /** The occupation it belongs to, when it came from that occupation's column or section. */
  title?: string;
  label: string;
  text: string;
  line: number;
}

export interface PageParse {
  format: PageFormat;
  /** Occupation titles as the page heads them (table headers, article title). */
  titles: string[];
  observations: Observation[];
  unrecognised: UnrecognisedText[];
  diagnostics: Omit<Diagnostic, 'file'>[];
  /** Set when the page ends early; facts before the cut are kept. */
  truncatedAt?: number;
  /** The date the page says it was last changed (ISO), which dates its facts when pages disagree. */
  modifiedAt?: string;
}

/** A page body split into lines, with the file line number of its first line. */
export interface PageText {
  lines: string[];
  firstLine: number;
}

