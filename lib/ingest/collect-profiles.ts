/**
 * Collect: merges what every page observed into one profile per occupation.
 *
 * When pages disagree on a fact, the most recently scraped page wins (a
 * dated page beats an undated one); otherwise the value most pages give;
 * otherwise the value from the first file by name. Every disagreement is
 * returned with all values and their pages. A page that says "not reported"
 * never overrides a page that reports a value. A value that fails its fact's
 * schema is kept aside, verbatim, with a warning; it never becomes a fact.
 */
import {
  FactsSchema,
  type FactKey,
  type FactSource,
  type PageFormat,
  type SourcePage,
  type UnrecognisedItem,
} from '../profile-schema';
import type { ZodType } from 'zod';
import type { Editorial } from './load-editorial';
import type { PageParse } from './page-parse';
import type { Conflict, Diagnostic } from './report-schema';
import { identityKey, slugForKey } from './occupation-identity';
import { stableStringify, toJsonValue, type JsonValue } from './stable-json';
import { ValidatedProfile } from './validated-output';

/**
 * A page that passed loading and format detection: what profiles keep of it
 * (its parse is folded into the drafts and let go).
 */
export interface AcceptedPage {
  file: string;
  format: PageFormat;
  url?: string;
  scrapedAt?: string;
  /** When the page says it last changed; it dates the page's facts before `scrapedAt` does. */
  modifiedAt?: string;
  meta: Record<string, JsonValue>;
  /** Occupation titles as the page heads them. */
  titles: readonly string[];
}

/** One value one page gave for one fact of an occupation, as the parser read it (checked when merged). */
interface Reading {
  value: unknown;
  file: string;
  line: number;
}

interface OccupationDraft {
  key: string;
  titleForms: Map<string, Set<string>>;
  readings: Map<FactKey, Reading[]>;
  pages: Map<string, AcceptedPage>;
  unrecognised: UnrecognisedItem[];
}

export interface Collected {
  profiles: ValidatedProfile[];
  conflicts: Conflict[];
  /** Observations whose value failed the profile schema: kept aside, never written as facts. */
  diagnostics: Diagnostic[];
  /** Unrecognised text that belongs to no single occupation. */
  pageUnrecognised: { file: string; line: number; label: string; text: string }[];
}

const FACT_KEYS = FactsSchema.keyof().options;

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

/**
 * The date a page's facts are from, for "the newest page wins": the date the
 * page says it was last changed, else when it was scraped.
 */
export function pageDate(page: { scrapedAt?: string; modifiedAt?: string }): string | undefined {
  return page.modifiedAt ?? page.scrapedAt;
}

function byFileThenLine(a: { file: string; line: number }, b: { file: string; line: number }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * True only when `a` and `b` serialise to the same stable JSON. Checked
 * structurally, without building the text; anything unusual (dates,
 * undefined members, class instances) answers false and is grouped by its
 * JSON text instead, so a false here is never wrong, only slower.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) {
      const item: unknown = a[i];
      // An undefined item or a hole serialises differently from each other: take the slow path.
      if (item === undefined || !sameJson(item, b[i])) return false;
    }
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) {
    const value = a[k];
    if (value === undefined || !Object.hasOwn(b, k) || !sameJson(value, b[k])) return false;
  }
  return true;
}

/**
 * Collects profiles page by page: each page's parse is folded into the
 * occupation drafts as soon as the page is read, so a run holds the facts,
 * not every page's parse. A page found later to be a duplicate of a newer
 * scrape is taken back out (`retract`). The result does not depend on the
 * order pages arrive in: everything is sorted when the profiles are made.
 */
export class ProfileCollector {
  readonly #drafts = new Map<string, OccupationDraft>();
  /** Every observation names its occupation by title; the same few titles recur thousands of times. */
  readonly #draftByTitle = new Map<string, OccupationDraft>();
  /** The drafts each page put something in, for taking a page back out. */
  readonly #touched = new Map<string, OccupationDraft[]>();
  /** By page, so taking a page back out does not scan everyone else's. */
  readonly #pageUnrecognised = new Map<string, Collected['pageUnrecognised']>();

  #draftFor(title: string): OccupationDraft {
    const known = this.#draftByTitle.get(title);
    if (known) return known;
    const key = identityKey(title);
    let draft = this.#drafts.get(key);
    if (!draft) {
      draft = { key, titleForms: new Map(), readings: new Map(), pages: new Map(), unrecognised: [] };
      this.#drafts.set(key, draft);
    }
    this.#draftByTitle.set(title, draft);
    return draft;
  }

  /** Folds one page's parse into the drafts. */
  add(page: AcceptedPage, parse: PageParse): void {
    const touched: OccupationDraft[] = [];
    const touch = (title: string): OccupationDraft => {
      const draft = this.#draftFor(title);
      if (draft.pages.get(page.file) !== page) {
        draft.pages.set(page.file, page);
        touched.push(draft);
      }
      return draft;
    };
    for (const title of page.titles) {
      const forms = touch(title).titleForms;
      const files = forms.get(title);
      if (files) files.add(page.file);
      else forms.set(title, new Set([page.file]));
    }
    for (const o of parse.observations) {
      const readings = touch(o.title).readings;
      const reading = { value: o.value, file: page.file, line: o.line };
      const list = readings.get(o.field);
      if (list) list.push(reading);
      else readings.set(o.field, [reading]);
    }
    for (const u of parse.unrecognised) {
      if (u.title === undefined) {
        const item = { file: page.file, line: u.line, label: u.label, text: u.text };
        const list = this.#pageUnrecognised.get(page.file);
        if (list) list.push(item);
        else this.#pageUnrecognised.set(page.file, [item]);
      } else {
        touch(u.title).unrecognised.push({ label: u.label, text: u.text, source: { file: page.file, line: u.line } });
      }
    }
    this.#touched.set(page.file, touched);
  }

  /** Takes back everything a page added: it turned out to be a copy of a newer scrape. */
  retract(file: string): void {
    const touched = this.#touched.get(file);
    if (!touched) return;
    this.#touched.delete(file);
    for (const draft of touched) {
      draft.pages.delete(file);
      for (const [form, files] of draft.titleForms) {
        files.delete(file);
        if (files.size === 0) draft.titleForms.delete(form);
      }
      for (const [field, readings] of draft.readings) {
        const kept = readings.filter((r) => r.file !== file);
        if (kept.length > 0) draft.readings.set(field, kept);
        else draft.readings.delete(field);
      }
      draft.unrecognised = draft.unrecognised.filter((u) => u.source.file !== file);
      if (draft.pages.size === 0) {
        this.#drafts.delete(draft.key);
        for (const [title, d] of this.#draftByTitle) if (d === draft) this.#draftByTitle.delete(title);
      }
    }
    this.#pageUnrecognised.delete(file);
  }

  /** The profiles, parsed by ProfileSchema (by slug), with every conflict and every value kept aside. */
  finish(editorial: readonly Editorial[] = []): Collected {
    const diagnostics: Diagnostic[] = [];
    const conflicts: Conflict[] = [];
    const profiles: ValidatedProfile[] = [];
    const slugOwners = new Map<string, string>();
    const sortedDrafts = [...this.#drafts.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const { draft, edit, aliases } of applyEditorial(sortedDrafts, editorial, diagnostics)) {
      profiles.push(buildProfile(draft, edit, aliases, slugOwners, conflicts, diagnostics));
    }
    profiles.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    return { profiles, conflicts, diagnostics, pageUnrecognised: [...this.#pageUnrecognised.values()].flat() };
  }
}

/** One occupation's profile from its draft: merged facts (conflicts noted, bad values kept aside), sources, titles. */
function buildProfile(
  draft: OccupationDraft,
  edit: Editorial | undefined,
  aliases: string[],
  slugOwners: Map<string, string>,
  conflicts: Conflict[],
  diagnostics: Diagnostic[],
): ValidatedProfile {
  const title = edit?.title ?? chooseTitle(draft.titleForms);
  const slug = edit?.slug ?? slugForKey(draft.key);
  const owner = slugOwners.get(slug);
  if (owner !== undefined) {
    // slugForKey is one-to-one by construction and editorial slugs claim their drafts; reaching this is a bug.
    throw new Error(`slug "${slug}" would name both "${owner}" and "${draft.key}"`);
  }
  slugOwners.set(slug, draft.key);

  const pageOf = (file: string) => draft.pages.get(file);
  const merge = (checked: ReadonlySet<FactKey>) => {
    const merged: { field: FactKey; result: Merged }[] = [];
    for (const field of FACT_KEYS) {
      const readings = draft.readings.get(field);
      if (readings) merged.push({ field, result: mergeReadings(field, readings, pageOf, checked.has(field)) });
    }
    return merged;
  };
  const profileOf = (merged: readonly { field: FactKey; result: Merged }[]) => {
    const facts: Record<string, { value: unknown; sources: FactSource[] }> = {};
    const unrecognised = [...draft.unrecognised];
    for (const { field, result } of merged) {
      if (result.fact) facts[field] = result.fact;
      for (const { reading } of result.rejected) {
        unrecognised.push({ label: field, text: stableStringify(reading.value), source: { file: reading.file, line: reading.line } });
      }
    }
    const titles = [...draft.titleForms.keys()].sort();
    return ValidatedProfile.safeParse({
      slug,
      title,
      titles: titles.length > 0 ? titles : [title],
      facts,
      sources: [...draft.pages.values()].sort((a, b) => (a.file < b.file ? -1 : 1)).map(sourcePage),
      unrecognised: unrecognised.sort((a, b) => byFileThenLine(a.source, b.source)),
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(edit?.introduction ? { introduction: edit.introduction } : {}),
    });
  };

  // Values nearly always pass their schema, so the profile is parsed as merged; only when some
  // fact's value fails are that fact's values checked one by one (a bad one must not win).
  let merged = merge(new Set());
  let parsed = profileOf(merged);
  if (!parsed.success) {
    const { issues } = parsed.error;
    const failing = new Set(FACT_KEYS.filter((k) => issues.some((i) => i.path[0] === 'facts' && i.path[1] === k)));
    if (failing.size === 0) throw new Error(`profile "${slug}" is invalid: ${parsed.error.message}`);
    merged = merge(failing);
    parsed = profileOf(merged);
    if (!parsed.success) throw new Error(`profile "${slug}" is invalid: ${parsed.error.message}`);
  }
  for (const { field, result } of merged) {
    for (const { reading, reason } of result.rejected) {
      diagnostics.push({ file: reading.file, line: reading.line, severity: 'warning', code: 'unparsed-value', message: `${field} of ${title}: ${reason}; kept verbatim` });
    }
    if (result.conflict) conflicts.push({ occupation: slug, field, ...result.conflict });
  }
  return parsed.data;
}

/** A page as a profile lists it among its sources. */
function sourcePage(page: AcceptedPage): SourcePage {
  return {
    file: page.file,
    format: page.format,
    ...(page.url ? { url: page.url } : {}),
    ...(page.scrapedAt ? { scrapedAt: page.scrapedAt } : {}),
    ...(page.modifiedAt ? { modifiedAt: page.modifiedAt } : {}),
    ...(Object.keys(page.meta).length > 0 ? { meta: page.meta } : {}),
  };
}

/**
 * Editorial files claim drafts: by an alias title's identity, or by the slug
 * the draft would otherwise get (the file's own slug or an alias slug). The
 * drafts one file claims become one occupation under the file's slug, and
 * every slug they would have had becomes an alias that redirects to it.
 */
function applyEditorial(
  drafts: readonly OccupationDraft[],
  editorial: readonly Editorial[],
  diagnostics: Diagnostic[],
): { draft: OccupationDraft; edit?: Editorial; aliases: string[] }[] {
  if (editorial.length === 0) return drafts.map((draft) => ({ draft, aliases: [] }));
  const byKey = new Map<string, Editorial>();
  const bySlug = new Map<string, Editorial>();
  for (const edit of editorial) {
    for (const title of edit.aliasTitles) if (!byKey.has(identityKey(title))) byKey.set(identityKey(title), edit);
    for (const slug of [edit.slug, ...edit.aliasSlugs]) if (!bySlug.has(slug)) bySlug.set(slug, edit);
  }
  const claimed = new Map<Editorial, OccupationDraft[]>();
  const out: { draft: OccupationDraft; edit?: Editorial; aliases: string[] }[] = [];
  for (const draft of drafts) {
    const edit = bySlug.get(slugForKey(draft.key)) ?? byKey.get(draft.key);
    if (!edit) {
      out.push({ draft, aliases: [] });
      continue;
    }
    const list = claimed.get(edit) ?? [];
    list.push(draft);
    claimed.set(edit, list);
  }
  for (const edit of editorial) {
    const group = claimed.get(edit);
    if (!group) {
      diagnostics.push({ file: edit.file, severity: 'warning', code: 'unmatched-editorial', message: `no scraped occupation has the slug "${edit.slug}", an alias slug or an alias title of this file; it was not used` });
      continue;
    }
    const merged = mergeDrafts(group);
    const aliases = new Set(edit.aliasSlugs);
    for (const d of group) aliases.add(slugForKey(d.key));
    aliases.delete(edit.slug);
    out.push({ draft: merged, edit, aliases: [...aliases].sort() });
  }
  return out;
}

/** Several drafts as one: every title form, reading, page and unrecognised item of each. */
function mergeDrafts(group: readonly OccupationDraft[]): OccupationDraft {
  const [first, ...rest] = group;
  if (!first) throw new Error('mergeDrafts needs at least one draft');
  if (rest.length === 0) return first;
  const merged: OccupationDraft = { key: first.key, titleForms: new Map(), readings: new Map(), pages: new Map(), unrecognised: [] };
  for (const d of group) {
    for (const [form, files] of d.titleForms) merged.titleForms.set(form, new Set([...(merged.titleForms.get(form) ?? []), ...files]));
    for (const [field, readings] of d.readings) merged.readings.set(field, [...(merged.readings.get(field) ?? []), ...readings]);
    for (const [file, page] of d.pages) merged.pages.set(file, page);
    merged.unrecognised.push(...d.unrecognised);
  }
  return merged;
}

/** The title form most pages use in their headers; ties go to the alphabetically first. */
function chooseTitle(forms: Map<string, Set<string>>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, files] of [...forms.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (files.size > bestCount) {
      best = form;
      bestCount = files.size;
    }
  }
  return best;
}

interface ValueGroup {
  value: unknown;
  readings: readonly Reading[];
}

/** Readings grouped by value, first seen first. Pages nearly always agree: that case is settled without serialising. */
function groupByValue(readings: readonly Reading[]): ValueGroup[] {
  const [first] = readings;
  if (!first) return [];
  if (readings.every((r) => sameJson(r.value, first.value))) return [{ value: first.value, readings }];
  const groups = new Map<string, { value: unknown; readings: Reading[] }>();
  for (const r of readings) {
    const id = stableStringify(r.value);
    const group = groups.get(id);
    if (group) group.readings.push(r);
    else groups.set(id, { value: r.value, readings: [r] });
  }
  return [...groups.values()];
}

interface Merged {
  fact?: { value: unknown; sources: FactSource[] };
  conflict?: Omit<Conflict, 'occupation' | 'field'>;
  /** Readings whose value failed the fact's schema, with the schema's reason. */
  rejected: { reading: Reading; reason: string }[];
}

/**
 * One fact from every reading of it, by the rules above. With `checkValues`, each distinct value is
 * first checked against the fact's schema, and values that fail are set aside.
 */
function mergeReadings(field: FactKey, readings: readonly Reading[], pageOf: (file: string) => AcceptedPage | undefined, checkValues: boolean): Merged {
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
    const index = valid.findIndex((g) => sameJson(g.value, check.data));
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
      sources: factSources(g.readings).map((s) => {
        const page = pageOf(s.file);
        return { ...s, ...(page?.scrapedAt ? { scrapedAt: page.scrapedAt } : {}), ...(page?.modifiedAt ? { modifiedAt: page.modifiedAt } : {}) };
      }),
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
