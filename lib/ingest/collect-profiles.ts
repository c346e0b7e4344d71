/**
 * Collect: merges what every page observed into one profile per occupation.
 *
 * When pages disagree on a fact, the most recently scraped page wins (a
 * dated page beats an undated one); otherwise the value most pages give;
 * otherwise the value from the first file by name. Every disagreement is
 * returned with all values and their pages. A page that says "not reported"
 * never overrides a page that reports a value.
 */
import {
  FactsSchema,
  HttpUrl,
  ProfileSchema,
  SLUG_PATTERN,
  SourcePage as SourcePageSchema,
  type FactKey,
  type PageFormat,
  type Profile,
  type SourcePage,
  type SourceRef,
  type UnrecognisedItem,
} from '../profile-schema';
import type { ZodType } from 'zod';
import type { Editorial } from './load-editorial';
import type { PageParse } from './page-parse';
import { deepFreeze } from './deep-freeze';
import { isMemoizedValue } from './parse-values';
import type { Conflict, Diagnostic } from './report-schema';
import { identityKey, slugForKey } from './occupation-identity';
import { stableStringify, toJsonValue, type JsonValue } from './stable-json';

/**
 * A page that passed loading and format detection: what profiles keep of it
 * (its parse is folded into the drafts and let go).
 */
export interface AcceptedPage {
  file: string;
  format: PageFormat;
  url?: string;
  scrapedAt?: string;
  meta: Record<string, JsonValue>;
  /** Occupation titles as the page heads them. */
  titles: readonly string[];
}

interface Reading {
  value: unknown;
  source: SourceRef;
  scrapedAt?: string;
}

interface OccupationDraft {
  key: string;
  titleForms: Map<string, Set<string>>;
  readings: Map<FactKey, Reading[]>;
  pages: Map<string, AcceptedPage>;
  unrecognised: UnrecognisedItem[];
}

export interface Collected {
  profiles: Profile[];
  conflicts: Conflict[];
  /** Observations whose value failed the profile schema: kept aside, never written as facts. */
  diagnostics: Diagnostic[];
  /** Unrecognised text that belongs to no single occupation. */
  pageUnrecognised: { file: string; line: number; label: string; text: string }[];
}

const FACT_KEYS = FactsSchema.keyof().options;

/** The schema of each fact's value, unwrapped once rather than per observation. */
const VALUE_SCHEMAS: ReadonlyMap<FactKey, ZodType> = new Map(
  FACT_KEYS.map((k): [FactKey, ZodType] => [k, FactsSchema.shape[k].unwrap().shape.value]),
);

function valueSchema(field: FactKey): ZodType {
  return VALUE_SCHEMAS.get(field) ?? FactsSchema.shape[field].unwrap().shape.value;
}

type ValueCheck = ReturnType<ZodType['safeParse']>;

/**
 * Checks an observed value against its fact's schema. Pages repeat the same
 * numbers and short texts over and over (a salary three times a page, a city
 * on every page about the occupation), and a scalar's result depends only on
 * the field and the value, so those results are kept and shared (they are
 * only read). Plain-JSON objects are kept by their JSON text; long texts and
 * anything else are checked every time. The caches are emptied when they
 * reach their bound.
 */
const CHECK_CACHE_LIMIT = 50_000;
const SHORT_TEXT = 100;
const checkCache = new Map<FactKey, Map<string | number | boolean | null, ValueCheck>>();

/**
 * JSON.stringify of a value made only of strings, finite numbers, booleans,
 * null, dense arrays and plain objects without undefined members, else
 * undefined. For such values equal text means an equal value to the schema
 * (a -0 aside, which parses and serialises as 0 does), so the text can key
 * the check cache; NaN, undefined, dates and the like serialise lossily and
 * are checked every time.
 */
function plainJsonKey(value: object): string | undefined {
  return isPlainJson(value, 0) ? JSON.stringify(value) : undefined;
}

function isPlainJson(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth > 8) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) if (!(i in value) || !isPlainJson(value[i], depth + 1)) return false;
    return true;
  }
  if (!isPlainObject(value)) return false;
  for (const key in value) if (!Object.hasOwn(value, key) || !isPlainJson(value[key], depth + 1)) return false;
  return true;
}

/** Object values (ranges, shares, skill lists) repeat too, on every page about an occupation: keyed by their JSON. */
const objectCheckCache = new Map<FactKey, Map<string, ValueCheck>>();

/** Checks of object values by identity: the parsers hand out one frozen object per distinct text. */
const checkByIdentity = new Map<FactKey, WeakMap<object, ValueCheck>>();

function checkObjectValue(field: FactKey, value: object): ValueCheck {
  let byIdentity = checkByIdentity.get(field);
  if (!byIdentity) {
    byIdentity = new WeakMap();
    checkByIdentity.set(field, byIdentity);
  }
  // Only a memoized parser's value (deep-frozen) is sure to be what was checked the next time it comes.
  const shared = isMemoizedValue(value);
  const known = shared ? byIdentity.get(value) : undefined;
  if (known) return known;
  const check = checkObjectValueByJson(field, value);
  if (shared) byIdentity.set(value, check);
  return check;
}

/**
 * The check of `value` under `key` in the field's cache, made and kept on a miss; the cache is
 * emptied when it reaches its bound. (Results depend only on the field and the key's value.)
 */
function cachedCheck<K>(caches: Map<FactKey, Map<K, ValueCheck>>, field: FactKey, key: K, value: unknown): ValueCheck {
  let byKey = caches.get(field);
  if (!byKey) {
    byKey = new Map();
    caches.set(field, byKey);
  }
  const cached = byKey.get(key);
  if (cached) return cached;
  const check = valueSchema(field).safeParse(value);
  if (byKey.size >= CHECK_CACHE_LIMIT) byKey.clear();
  byKey.set(key, check);
  return check;
}

function checkObjectValueByJson(field: FactKey, value: object): ValueCheck {
  const key = plainJsonKey(value);
  return key === undefined ? valueSchema(field).safeParse(value) : cachedCheck(objectCheckCache, field, key, value);
}

function checkValue(field: FactKey, value: unknown): ValueCheck {
  if (typeof value === 'object' && value !== null) return checkObjectValue(field, value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && value.length <= SHORT_TEXT)) {
    return cachedCheck(checkCache, field, value, value);
  }
  return valueSchema(field).safeParse(value);
}

function dateValue(scrapedAt: string | undefined): number | undefined {
  if (scrapedAt === undefined) return undefined;
  const t = Date.parse(scrapedAt);
  return Number.isNaN(t) ? undefined : t;
}

function compareSources(a: SourceRef, b: SourceRef): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

function sortedUniqueSources(sources: SourceRef[]): SourceRef[] {
  const sorted = [...sources].sort(compareSources);
  // Sorted by file, then line: copies of one (file, line) sit together, so keep the first of each run.
  return sorted.filter((s, i) => {
    const previous = sorted[i - 1];
    return previous === undefined || previous.file !== s.file || previous.line !== s.line;
  });
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
 * Profiles built here, validated against the profile schema and then frozen,
 * so they cannot change afterwards. emitOutput writes these without parsing
 * them a second time: on a large corpus each parse of every profile costs a
 * third of a second and allocates hundreds of megabytes.
 */
const validatedProfiles = new WeakSet<Profile>();

/** True for a profile collectProfiles built and validated (it is frozen, so it is still valid). */
export function isValidatedProfile(profile: Profile): boolean {
  return validatedProfiles.has(profile);
}

/**
 * Validation from validated parts. ProfileSchema.parse of every profile was
 * the largest single cost of a run (and of its garbage): each fact's sources
 * were parsed again, URL by URL, although every part had been checked
 * already. So a profile is assembled from parts that each passed their own
 * schema once: fact values by checkValue (zod, when observed), each page's
 * SourcePage entry by SourcePage (zod, once per page), each page URL by
 * HttpUrl (zod, once per URL). What remains is checked here, field by field,
 * against ProfileSchema's rules (slugs, non-empty trimmed texts, positive
 * integer lines, non-empty lists). The answer is the assembled object only
 * when ProfileSchema.parse would return an identical value; anything else
 * (a text with outer white space, which the schema would trim; a part that
 * failed) goes to ProfileSchema.parse as before, which fixes or refuses it.
 */
const urlChecks = new Map<string, boolean>();

function isValidUrl(url: string): boolean {
  let ok = urlChecks.get(url);
  if (ok === undefined) {
    const check = HttpUrl.safeParse(url);
    ok = check.success && check.data === url;
    if (urlChecks.size >= CHECK_CACHE_LIMIT) urlChecks.clear();
    urlChecks.set(url, ok);
  }
  return ok;
}

/** A `Text` that the schema returns unchanged: a string, non-empty, without outer white space. */
function isExactText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.trim() === value;
}

function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG_PATTERN.test(value);
}

/** A SourceRef as sourceOf builds it (file, line and, when known, url), valid and unchanged by parsing. */
function isExactSourceRef(ref: SourceRef): boolean {
  const keys = ref.url === undefined ? 2 : 3;
  return (
    isExactText(ref.file) &&
    Number.isSafeInteger(ref.line) &&
    ref.line > 0 &&
    (ref.url === undefined || (typeof ref.url === 'string' && isValidUrl(ref.url))) &&
    Object.keys(ref).length === keys
  );
}

/** Each page's entry in a profile's sources, parsed by the SourcePage schema once (null when it fails). */
const sourcePages = new WeakMap<AcceptedPage, SourcePage | null>();

function sourcePageOf(page: AcceptedPage): { entry: SourcePage; valid: boolean } {
  const entry: SourcePage = {
    file: page.file,
    format: page.format,
    ...(page.url ? { url: page.url } : {}),
    ...(page.scrapedAt ? { scrapedAt: page.scrapedAt } : {}),
    ...(Object.keys(page.meta).length > 0 ? { meta: page.meta } : {}),
  };
  let parsed = sourcePages.get(page);
  if (parsed === undefined) {
    const check = SourcePageSchema.safeParse(entry);
    parsed = check.success ? check.data : null;
    sourcePages.set(page, parsed);
  }
  return parsed === null ? { entry, valid: false } : { entry: parsed, valid: true };
}

interface ProfileParts {
  slug: string;
  title: string;
  titles: string[];
  /** Fact values from checkValue, in FactsSchema's key order. */
  facts: Record<string, { value: unknown; sources: SourceRef[] }>;
  sources: SourcePage[];
  /** False when some page's SourcePage entry failed its schema. */
  sourcesValid: boolean;
  unrecognised: UnrecognisedItem[];
  aliases: string[];
  introduction?: string;
}

/** The profile as ProfileSchema.parse would return it, or undefined when only the full parse can say. */
function assembleValidated(parts: ProfileParts): Profile | undefined {
  if (!parts.sourcesValid || parts.sources.length === 0) return undefined;
  if (!isSlug(parts.slug) || !isExactText(parts.title) || parts.titles.length === 0) return undefined;
  for (const t of parts.titles) if (!isExactText(t)) return undefined;
  for (const key in parts.facts) {
    const fact = parts.facts[key];
    if (fact === undefined || fact.sources.length === 0) return undefined;
    for (const ref of fact.sources) if (!isExactSourceRef(ref)) return undefined;
  }
  for (const u of parts.unrecognised) {
    if (typeof u.label !== 'string' || typeof u.text !== 'string' || !isExactSourceRef(u.source)) return undefined;
  }
  for (const a of parts.aliases) if (!isSlug(a)) return undefined;
  if (parts.introduction !== undefined && !isExactText(parts.introduction)) return undefined;
  // Keys in ProfileSchema's order, as its parse returns them.
  const profile: Profile = {
    slug: parts.slug,
    title: parts.title,
    titles: parts.titles,
    facts: parts.facts,
    sources: parts.sources,
    unrecognised: parts.unrecognised,
    ...(parts.aliases.length > 0 ? { aliases: parts.aliases } : {}),
    ...(parts.introduction !== undefined ? { introduction: parts.introduction } : {}),
  };
  return profile;
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
  readonly #diagnostics = new Map<string, Diagnostic[]>();
  readonly #pageUnrecognised = new Map<string, Collected['pageUnrecognised']>();

  static #push<T>(byFile: Map<string, T[]>, file: string, item: T): void {
    const list = byFile.get(file);
    if (list) list.push(item);
    else byFile.set(file, [item]);
  }

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
    // A table row or an intro sentence gives a fact to each occupation on the page from the same
    // line, one after the other: they share one SourceRef (only read, then frozen).
    let lastSource: SourceRef | undefined;
    const sourceOf = (line: number): SourceRef => {
      if (lastSource?.line !== line) lastSource = page.url ? { file: page.file, line, url: page.url } : { file: page.file, line };
      return lastSource;
    };
    const touched: OccupationDraft[] = [];
    const touch = (draft: OccupationDraft): OccupationDraft => {
      if (!touched.includes(draft)) touched.push(draft);
      return draft;
    };
    for (const title of page.titles) {
      const draft = touch(this.#draftFor(title));
      draft.pages.set(page.file, page);
      const forms = draft.titleForms.get(title) ?? new Set<string>();
      forms.add(page.file);
      draft.titleForms.set(title, forms);
    }
    for (const o of parse.observations) {
      const check = checkValue(o.field, o.value);
      if (!check.success) {
        const reason = check.error.issues[0]?.message ?? 'invalid';
        ProfileCollector.#push(this.#diagnostics, page.file, { file: page.file, line: o.line, severity: 'warning', code: 'unparsed-value', message: `${o.field} of ${o.title}: ${reason}; kept verbatim` });
        touch(this.#draftFor(o.title)).unrecognised.push({ label: o.field, text: stableStringify(o.value), source: sourceOf(o.line) });
        continue;
      }
      const draft = this.#draftFor(o.title);
      if (draft.pages.get(page.file) !== page) {
        draft.pages.set(page.file, page);
        touch(draft);
      }
      const reading = { value: check.data, source: sourceOf(o.line), scrapedAt: page.scrapedAt };
      const list = draft.readings.get(o.field);
      if (list) list.push(reading);
      else draft.readings.set(o.field, [reading]);
    }
    for (const u of parse.unrecognised) {
      if (u.title === undefined) {
        ProfileCollector.#push(this.#pageUnrecognised, page.file, { file: page.file, line: u.line, label: u.label, text: u.text });
      } else {
        touch(this.#draftFor(u.title)).unrecognised.push({ label: u.label, text: u.text, source: sourceOf(u.line) });
      }
    }
    this.#touched.set(page.file, touched);
  }

  /** Takes back everything a page added: it turned out to be a copy of a newer scrape. */
  retract(file: string): void {
    const touched = this.#touched.get(file);
    if (!touched) return;
    this.#touched.delete(file);
    const fromOtherFile = (item: { source: SourceRef }) => item.source.file !== file;
    for (const draft of touched) {
      draft.pages.delete(file);
      for (const [form, files] of draft.titleForms) {
        files.delete(file);
        if (files.size === 0) draft.titleForms.delete(form);
      }
      for (const [field, readings] of draft.readings) {
        const kept = readings.filter(fromOtherFile);
        if (kept.length > 0) draft.readings.set(field, kept);
        else draft.readings.delete(field);
      }
      draft.unrecognised = draft.unrecognised.filter(fromOtherFile);
      if (draft.pages.size === 0 && draft.readings.size === 0 && draft.unrecognised.length === 0) {
        this.#drafts.delete(draft.key);
        for (const [title, d] of this.#draftByTitle) if (d === draft) this.#draftByTitle.delete(title);
      }
    }
    this.#diagnostics.delete(file);
    this.#pageUnrecognised.delete(file);
  }

  /** The validated, frozen profiles (by slug), with every conflict. */
  finish(editorial: readonly Editorial[] = []): Collected {
    const diagnostics = [...this.#diagnostics.values()].flat();
    const conflicts: Conflict[] = [];
    const profiles: Profile[] = [];
    const slugOwners = new Map<string, string>();
    const sortedDrafts = [...this.#drafts.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const { draft, edit, aliases } of applyEditorial(sortedDrafts, editorial, diagnostics)) {
      const profile = buildProfile(draft, edit, aliases, slugOwners, conflicts);
      deepFreeze(profile);
      validatedProfiles.add(profile);
      profiles.push(profile);
    }
    profiles.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    return { profiles, conflicts, diagnostics, pageUnrecognised: [...this.#pageUnrecognised.values()].flat() };
  }
}

/** One occupation's profile from its draft: merged facts (conflicts noted), sources, titles. */
function buildProfile(
  draft: OccupationDraft,
  edit: Editorial | undefined,
  aliases: string[],
  slugOwners: Map<string, string>,
  conflicts: Conflict[],
): Profile {
  const title = edit?.title ?? chooseTitle(draft.titleForms);
  const slug = edit?.slug ?? slugForKey(draft.key);
  const owner = slugOwners.get(slug);
  if (owner !== undefined) {
    // slugForKey is one-to-one by construction and editorial slugs claim their drafts; reaching this is a bug.
    throw new Error(`slug "${slug}" would name both "${owner}" and "${draft.key}"`);
  }
  slugOwners.set(slug, draft.key);

  const facts: ProfileParts['facts'] = {};
  for (const field of FACT_KEYS) {
    const readings = draft.readings.get(field);
    if (!readings) continue;
    const merged = mergeReadings(readings);
    facts[field] = { value: merged.value, sources: merged.sources };
    if (merged.conflict) conflicts.push({ occupation: slug, field, ...merged.conflict });
  }
  let sourcesValid = true;
  const sources: SourcePage[] = [...draft.pages.values()]
    .sort((a, b) => (a.file < b.file ? -1 : 1))
    .map((p) => {
      const { entry, valid } = sourcePageOf(p);
      if (!valid) sourcesValid = false;
      return entry;
    });
  const titles = [...draft.titleForms.keys()].sort();
  const parts: ProfileParts = {
    slug,
    title,
    titles: titles.length > 0 ? titles : [title],
    facts,
    sources,
    sourcesValid,
    unrecognised: [...draft.unrecognised].sort((a, b) => compareSources(a.source, b.source)),
    aliases,
    ...(edit?.introduction ? { introduction: edit.introduction } : {}),
  };
  return (
    assembleValidated(parts) ??
    ProfileSchema.parse({
      slug,
      title,
      titles: parts.titles,
      facts,
      sources,
      unrecognised: parts.unrecognised,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(edit?.introduction ? { introduction: edit.introduction } : {}),
    })
  );
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
  readings: Reading[];
  files: Set<string>;
}

function mergeReadings(readings: Reading[]): {
  value: unknown;
  sources: SourceRef[];
  conflict?: Omit<Conflict, 'occupation' | 'field'>;
} {
  // "Not reported" only stands when no page reports a value.
  const reported = readings.filter((r) => r.value !== null);
  const pool = reported.length > 0 ? reported : readings;
  // Pages nearly always agree: settle that case without serialising every value.
  const [first] = pool;
  if (first && pool.every((r) => sameJson(r.value, first.value))) {
    return { value: first.value, sources: sortedUniqueSources(pool.map((r) => r.source)) };
  }
  const groups = new Map<string, ValueGroup>();
  for (const r of pool) {
    const id = stableStringify(r.value);
    const group = groups.get(id) ?? { value: r.value, readings: [], files: new Set<string>() };
    group.readings.push(r);
    group.files.add(r.source.file);
    groups.set(id, group);
  }
  const all = [...groups.values()];
  const [only] = all;
  if (all.length === 1 && only) return { value: only.value, sources: sortedUniqueSources(only.readings.map((r) => r.source)) };

  const { winner, rule } = chooseWinner(all);
  const values = all
    .map((g) => ({
      value: toJsonValue(g.value),
      sources: sortedUniqueSources(g.readings.map((r) => r.source)).map((s) => {
        const scrapedAt = g.readings.find((r) => r.source.file === s.file)?.scrapedAt;
        return scrapedAt ? { ...s, scrapedAt } : s;
      }),
    }))
    .sort((a, b) => compareSources(a.sources[0] ?? firstSentinel, b.sources[0] ?? firstSentinel));
  return {
    value: winner.value,
    sources: sortedUniqueSources(winner.readings.map((r) => r.source)),
    conflict: { chosen: toJsonValue(winner.value), rule, values },
  };
}

const firstSentinel: SourceRef = { file: '', line: 1 };

function chooseWinner(groups: ValueGroup[]): { winner: ValueGroup; rule: Conflict['rule'] } {
  const newestOf = (g: ValueGroup) => Math.max(...g.readings.map((r) => dateValue(r.scrapedAt) ?? -Infinity));
  const newest = Math.max(...groups.map(newestOf));
  let candidates = groups;
  if (newest > -Infinity) {
    candidates = groups.filter((g) => newestOf(g) === newest);
    const [one] = candidates;
    if (candidates.length === 1 && one) return { winner: one, rule: 'newest page' };
  }
  const most = Math.max(...candidates.map((g) => g.files.size));
  candidates = candidates.filter((g) => g.files.size === most);
  const [single] = candidates;
  if (candidates.length === 1 && single) return { winner: single, rule: 'most pages' };
  const first = [...candidates].sort((a, b) =>
    compareSources(sortedUniqueSources(a.readings.map((r) => r.source))[0] ?? firstSentinel, sortedUniqueSources(b.readings.map((r) => r.source))[0] ?? firstSentinel),
  )[0];
  if (!first) throw new Error('no value to choose from');
  return { winner: first, rule: 'first file' };
}
