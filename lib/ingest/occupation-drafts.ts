/**
 * Occupation drafts: what every page has said so far about each occupation
 * (title forms, readings of facts, pages, unrecognised text), gathered page
 * by page so a run holds the facts rather than every page's parse. A page can
 * be taken back out as if it had never been added.
 */
import type { FactKey, PageFormat, UnrecognisedItem } from '../profile-schema';
import { compareCodeUnits } from '../sort-order';
import type { LoadedPage } from './load-page';
import { identityKey } from './occupation-identity';
import type { PageOrigin } from './page-date';
import type { PageParse } from './page-parse';
import type { JsonValue } from './stable-json';

/**
 * A page that passed loading and format detection: what profiles keep of it
 * (its parse is folded into the drafts and let go).
 */
export interface AcceptedPage extends PageOrigin {
  file: string;
  format: PageFormat;
  meta: Record<string, JsonValue>;
  /** Occupation titles as the page heads them. */
  titles: readonly string[];
}

export function acceptedPage(page: LoadedPage, format: PageFormat, parse: PageParse): AcceptedPage {
  return {
    file: page.file,
    format,
    url: page.url,
    scrapedAt: page.scrapedAt,
    ...(parse.modifiedAt ? { modifiedAt: parse.modifiedAt } : {}),
    meta: page.meta,
    titles: parse.titles,
  };
}

/** One value one page gave for one fact of an occupation, as the parser read it (checked when merged). */
export interface Reading {
  value: unknown;
  file: string;
  line: number;
}

export interface OccupationDraft {
  key: string;
  titleForms: Map<string, Set<string>>;
  readings: Map<FactKey, Reading[]>;
  pages: Map<string, AcceptedPage>;
  unrecognised: UnrecognisedItem[];
}

/** Unrecognised text that belongs to no single occupation. */
export type PageUnrecognised = { file: string; line: number; label: string; text: string };

function emptyDraft(key: string): OccupationDraft {
  return { key, titleForms: new Map(), readings: new Map(), pages: new Map(), unrecognised: [] };
}

function addTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Drafts by occupation identity. The result does not depend on the order pages arrive in: `sorted` orders them. */
export class OccupationDrafts {
  readonly #drafts = new Map<string, OccupationDraft>();
  /** Every observation names its occupation by title; the same few titles recur thousands of times. */
  readonly #draftByTitle = new Map<string, OccupationDraft>();
  /** The drafts each page put something in, for taking a page back out. */
  readonly #touched = new Map<string, OccupationDraft[]>();
  /** By page, so taking a page back out does not scan everyone else's. */
  readonly #pageUnrecognised = new Map<string, PageUnrecognised[]>();

  #draftFor(title: string): OccupationDraft {
    const known = this.#draftByTitle.get(title);
    if (known) return known;
    const key = identityKey(title);
    let draft = this.#drafts.get(key);
    if (!draft) {
      draft = emptyDraft(key);
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
    for (const o of parse.observations) addTo(touch(o.title).readings, o.field, { value: o.value, file: page.file, line: o.line });
    for (const u of parse.unrecognised) {
      if (u.title === undefined) addTo(this.#pageUnrecognised, page.file, { file: page.file, line: u.line, label: u.label, text: u.text });
      else touch(u.title).unrecognised.push({ label: u.label, text: u.text, source: { file: page.file, line: u.line } });
    }
    this.#touched.set(page.file, touched);
  }

  /** Takes back everything a page added. */
  remove(file: string): void {
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

  /** Every draft, by identity key. */
  sorted(): OccupationDraft[] {
    return [...this.#drafts.values()].sort((a, b) => compareCodeUnits(a.key, b.key));
  }

  pageUnrecognised(): PageUnrecognised[] {
    return [...this.#pageUnrecognised.values()].flat();
  }
}

/** Several drafts as one: every title form, reading, page and unrecognised item of each. */
export function mergeDrafts(group: readonly OccupationDraft[]): OccupationDraft {
  const [first, ...rest] = group;
  if (!first) throw new Error('mergeDrafts needs at least one draft');
  if (rest.length === 0) return first;
  const merged = emptyDraft(first.key);
  for (const d of group) {
    for (const [form, files] of d.titleForms) merged.titleForms.set(form, new Set([...(merged.titleForms.get(form) ?? []), ...files]));
    for (const [field, readings] of d.readings) merged.readings.set(field, [...(merged.readings.get(field) ?? []), ...readings]);
    for (const [file, page] of d.pages) merged.pages.set(file, page);
    merged.unrecognised.push(...d.unrecognised);
  }
  return merged;
}
