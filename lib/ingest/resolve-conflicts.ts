/**
 * Resolve conflicts: one fact from every reading of it. When pages disagree,
 * the most recently dated page wins (a dated page beats an undated one);
 * otherwise the value most pages give; otherwise the value from the first
 * file by name. Every disagreement is returned with all values and their
 * pages. A page that says "not reported" never overrides a page that
 * reports a value. A value that fails its fact's schema is set aside.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ZodType } from 'zod';
import { FactsSchema, type FactKey, type FactSource } from '../profile-schema';
import type { AcceptedPage, Reading } from './occupation-drafts';
import { pageDate, pageDates } from './page-date';
import type { Conflict } from './report-schema';
import { byFileThenLine } from './source-order';
import { stableStringify, toJsonValue } from './stable-json';

export const FACT_KEYS = FactsSchema.keyof().options;

/** The schema of each fact's value, unwrapped once rather than per fact. */
const VALUE_SCHEMAS: ReadonlyMap<FactKey, ZodType> = new Map(
  FACT_KEYS.map((k): [FactKey, ZodType] => [k, FactsSchema.shape[k].unwrap().shape.value]),
);

function valueSchema(field: FactKey): ZodType {
  return VALUE_SCHEMAS.get(field) ?? FactsSchema.shape[field].unwrap().shape.value;
}

function dateValue(date: string | undefined): number | undefined {
  if (date === undefined) return undefined;
  const t = Date.parse(date);
  return Number.isNaN(t) ? undefined : t;
}

/** Readings as a fact's sources: one entry per page, by file name, with its lines in order, each once. */
function factSources(readings: readonly Reading[]): FactSource[] {
  const out: FactSource[] = [];
  let current: FactSource | undefined;
  for (const r of [...readings].sort(byFileThenLine)) {
    if (current?.file !== r.file) {
      current = { file: r.file, lines: [r.line] };
      out.push(current);
    } else if (current.lines[current.lines.length - 1] !== r.line) {
      current.lines.push(r.line);
    }
  }
  return out;
}

interface ValueGroup {
  value: unknown;
  readings: readonly Reading[];
}

/**
 * Readings grouped by value (values with the same stable JSON are one value), first seen first.
 * Pages nearly always agree: that case is settled by structural equality, without serialising.
 */
function groupByValue(readings: readonly Reading[]): ValueGroup[] {
  const [first] = readings;
  if (!first) return [];
  if (readings.every((r) => isDeepStrictEqual(r.value, first.value))) return [{ value: first.value, readings }];
  const groups = new Map<string, { value: unknown; readings: Reading[] }>();
  for (const r of readings) {
    const id = stableStringify(r.value);
    const group = groups.get(id);
    if (group) group.readings.push(r);
    else groups.set(id, { value: r.value, readings: [r] });
  }
  return [...groups.values()];
}

export interface Merged {
  fact?: { value: unknown; sources: FactSource[] };
  conflict?: Omit<Conflict, 'occupation' | 'field'>;
  /** Readings whose value failed the fact's schema, with the schema's reason. */
  rejected: { reading: Reading; reason: string }[];
}

/**
 * One fact from every reading of it, by the rules above. With `checkValues`, each distinct value is
 * first checked against the fact's schema, and values that fail are set aside.
 */
export function mergeReadings(field: FactKey, readings: readonly Reading[], pageOf: (file: string) => AcceptedPage | undefined, checkValues: boolean): Merged {
  const rejected: Merged['rejected'] = [];
  const valid: ValueGroup[] = [];
  for (const group of groupByValue(readings)) {
    if (!checkValues) {
      valid.push(group);
      continue;
    }
    const check = valueSchema(field).safeParse(group.value);
    if (!check.success) {
      const reason = check.error.issues[0]?.message ?? 'invalid';
      for (const reading of group.readings) rejected.push({ reading, reason });
      continue;
    }
    // The schema may normalise a value (trim a text) into one another group has.
    const index = valid.findIndex((g) => isDeepStrictEqual(g.value, check.data));
    const same = valid[index];
    if (same) valid[index] = { value: same.value, readings: [...same.readings, ...group.readings] };
    else valid.push({ value: check.data, readings: group.readings });
  }
  // "Not reported" only stands when no page reports a value.
  const reported = valid.filter((g) => g.value !== null);
  const pool = reported.length > 0 ? reported : valid;
  const [only] = pool;
  if (!only) return { rejected };
  if (pool.length === 1) return { fact: { value: only.value, sources: factSources(only.readings) }, rejected };

  const { winner, rule } = chooseWinner(pool, (file) => pageDate(pageOf(file) ?? {}));
  const values = pool
    .map((g) => ({
      value: toJsonValue(g.value),
      sources: factSources(g.readings).map((s) => ({ ...s, ...pageDates(pageOf(s.file)) })),
    }))
    .sort((a, b) => compareFirstSource(a.sources, b.sources));
  return {
    fact: { value: winner.value, sources: factSources(winner.readings) },
    conflict: { chosen: toJsonValue(winner.value), rule, values },
    rejected,
  };
}

/** Orders values by the first page (and line) that gives each. */
function compareFirstSource(a: readonly FactSource[], b: readonly FactSource[]): number {
  const [x] = a;
  const [y] = b;
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  return byFileThenLine({ file: x.file, line: x.lines[0] ?? 0 }, { file: y.file, line: y.lines[0] ?? 0 });
}

function chooseWinner(groups: readonly ValueGroup[], dateOf: (file: string) => string | undefined): { winner: ValueGroup; rule: Conflict['rule'] } {
  const newestOf = (g: ValueGroup) => Math.max(...g.readings.map((r) => dateValue(dateOf(r.file)) ?? -Infinity));
  const newest = Math.max(...groups.map(newestOf));
  let candidates = groups;
  if (newest > -Infinity) {
    candidates = groups.filter((g) => newestOf(g) === newest);
    const [one] = candidates;
    if (candidates.length === 1 && one) return { winner: one, rule: 'newest page' };
  }
  const pagesOf = (g: ValueGroup) => new Set(g.readings.map((r) => r.file)).size;
  const most = Math.max(...candidates.map(pagesOf));
  candidates = candidates.filter((g) => pagesOf(g) === most);
  const [single] = candidates;
  if (candidates.length === 1 && single) return { winner: single, rule: 'most pages' };
  // The value of the first file by name (and line).
  const firstReading = (g: ValueGroup) => g.readings.reduce((a, b) => (byFileThenLine(b, a) < 0 ? b : a));
  const first = [...candidates].sort((a, b) => byFileThenLine(firstReading(a), firstReading(b)))[0];
  if (!first) throw new Error('no value to choose from');
  return { winner: first, rule: 'first file' };
}
