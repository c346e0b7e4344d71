/**
 * Properties of the Handbook parser on real pages (content/raw/bls-ooh),
 * mangled the ways saved pages get mangled: cut off at any byte, two pages
 * spliced together at a tag (page A up to just before a '<', then page B
 * from just before a '<'), start or end tags lost. Whatever comes in, the
 * parser never throws, and it never states a fact the page does not: every
 * fact of the mangled page is the value the original page (or one of the
 * two spliced pages) gives for that field; a list's items are items of the
 * original's list. A mangled page may give fewer facts, and a list fewer
 * items, never other ones. A page never gives one fact twice with two values.
 *
 * Exceptions, each compared as described instead (see `statedBy`):
 *
 * Always (the page says less, not something else):
 * - specialties: a specialty is gathered from several sections (projections
 *   table, work environment, pay). A page cut, spliced or stripped between
 *   them has the specialty with fewer properties: each must be one of the
 *   original's, by title, and every property it has the original's.
 * - lists within a fact (industryPay's industries, a specialty's
 *   employers): a table cut through keeps its complete rows, so the list may
 *   be shorter, like a list fact; each item whole.
 * - outlook.details and pathSummary's paragraphs: the paragraphs after the
 *   outlook sentence, the opening paragraphs of How to Become One; a cut page
 *   has fewer of them.
 * - projectedGrowth may lack its words ("Much faster than average"): without
 *   the Quick Facts, the projections table gives the percent alone.
 * - a similar occupation may lack its link or duties, when the <a> or the
 *   duties cell was lost.
 * - on a cut page, the summary may be the <meta name="description"> (the
 *   same words, cited at the <head>), when the Summary tab was cut off.
 *
 * Tags removed, or pages spliced (paragraphs move):
 * - prose (workDetails … payDetails, outlook.details, pathSummary, summary):
 *   which list a paragraph joins depends on the headings before it. Without
 *   its <h2>/<h3> start tag a heading is no heading and its paragraphs join
 *   the list before it; without a <table> start tag the cells' paragraphs
 *   are paragraphs; on a splice page B's paragraphs sit under page A's open
 *   heading. Each paragraph must be text of the original profile (#panes).
 *
 * Pages spliced (what the splice runs through is A's start and B's end):
 * - the paragraph, table row or chart bar the splice runs through has A's
 *   label and B's figure, or A's rows then B's under A's heading (B's
 *   industries' pay read as A's specialties' job counts); its text may be a
 *   run of A's text then runs of B's (B's navigation and script text
 *   included: the splice can start inside B's <nav> or <style>). Each value
 *   in such a record must be one the originals give under that key, a
 *   figure written on one of the pages, text pieced from runs of theirs, or
 *   "not reported" (null) for the cell the splice left empty.
 */
import { isDeepStrictEqual } from 'node:util';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstByTag, parseHtml, textOf, type HtmlNode } from '@/lib/ingest/html/html-document';
import { loadPage } from '@/lib/ingest/load-page';
import type { PageParse } from '@/lib/ingest/page-parse';
import { recognisePage } from '@/lib/ingest/recognise-format';
import type { FactKey } from '@/lib/profile-schema';
import { readHandbookPage } from '../helpers/seeds';

const SEED = 20261124;

/** A single occupation, a family whose wage sentences are its specialties', a family with its own, and "or more" wages. */
const PROPERTY_PAGES = ['actuaries', 'announcers', 'police-and-detectives', 'dentists'];
/** More pages, for the regressions the properties found (see the end). */
const PAGE_NAMES = [...PROPERTY_PAGES, 'agricultural-workers', 'flight-attendants', 'musicians-and-singers', 'painters-construction-and-maintenance', 'top-executives'];

const pages = PAGE_NAMES.map((name) => {
  const bytes = gunzipSync(readHandbookPage(name));
  const html = bytes.toString('latin1');
  const tagStarts: number[] = [];
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) tagStarts.push(i);
  // Tags of the profile itself (from the content wrapper on), not the site navigation before it.
  const content = html.indexOf('id="bodytext"');
  // Where each start or end tag of the profile begins.
  const tags = [...html.slice(content).matchAll(/<\/?[a-zA-Z][^<>]*>/g)].map((m) => content + m.index);
  const loaded = loadPage(`${name}.html`, bytes);
  const document = loaded.ok && loaded.page.markup === 'html' ? loaded.page.document : undefined;
  return { name, bytes, html, content, tagStarts: tagStarts.filter((i) => i >= content), tags, bodyEnd: html.lastIndexOf('</body>'), document, parse: parseBytes(`${name}.html`, bytes) };
});

function parseBytes(file: string, bytes: Uint8Array): PageParse | undefined {
  const loaded = loadPage(file, bytes);
  if (!loaded.ok) return undefined;
  return recognisePage(loaded.page)?.parse();
}

/** Each field's value on a page, and the line it is cited at; a field given twice must agree. */
function factsOf(parse: PageParse): Map<FactKey, { value: unknown; line: number }> {
  const facts = new Map<FactKey, { value: unknown; line: number }>();
  for (const o of parse.observations) {
    const earlier = facts.get(o.field);
    if (earlier && !isDeepStrictEqual(earlier.value, o.value)) throw new Error(`${o.field} given twice with different values`);
    facts.set(o.field, earlier ?? { value: o.value, line: o.line });
  }
  return facts;
}

const PROSE_LISTS: readonly FactKey[] = [
  'workDetails', 'duties', 'workEnvironment', 'workSchedules', 'educationDetails', 'trainingDetails', 'licenseDetails', 'experienceDetails', 'advancement', 'payDetails',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Keys a fact's record (or an item of a list fact) may lack and still say no more than the original's (see the header). */
function lackable(field: FactKey): (key: string) => boolean {
  if (field === 'specialties') return (key) => key !== 'title';
  if (field === 'projectedGrowth') return (key) => key === 'words';
  if (field === 'similarOccupations') return (key) => key === 'url' || key === 'duties';
  return () => false;
}

const NOTHING_LACKS = () => false;

/**
 * True when `value` says no more than one of `stated` (the originals' values
 * of a field, or of a key within it): equal to one, or a list of items of
 * theirs, or a record with the same keys (bar those `mayLack` allows) each
 * saying no more; so a list within a fact (industryPay's industries) may be
 * shorter, but its items are whole. `pieced`, on a splice, also accepts a
 * record that is pieced together (see there).
 */
function saysNoMore(value: unknown, stated: readonly unknown[], mayLack: (key: string) => boolean, pieced?: (record: Record<string, unknown>) => boolean): boolean {
  if (stated.some((s) => isDeepStrictEqual(value, s))) return true;
  if (Array.isArray(value)) {
    const items = stated.filter((s) => Array.isArray(s)).flat();
    return value.every((item) => saysNoMore(item, items, mayLack, pieced));
  }
  if (!isRecord(value)) return false;
  const fits = (r: Record<string, unknown>) =>
    Object.keys(r).every((k) => k in value || mayLack(k)) && Object.keys(value).every((k) => k in r && saysNoMore(value[k], [r[k]], NOTHING_LACKS, pieced));
  return stated.some((s) => isRecord(s) && fits(s)) || (pieced?.(value) ?? false);
}

/**
 * The record a splice runs through is page A's start and page B's end: a
 * table row or chart bar with A's label and B's figure, a table with A's
 * rows then B's (B's industries' pay read as A's specialties' job counts),
 * a title that is the start of A's cell and the end of B's. Each of its
 * values must still be one the originals give in that role (under that key,
 * in any fact), or text of theirs: a figure as the page writes it, text
 * whole or pieced at the splice; or "not reported" (null), for the cell the
 * splice left empty.
 */
function piecedFrom(originals: readonly Original[]): (record: Record<string, unknown>) => boolean {
  const byKey = new Map<string, unknown[]>();
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) {
        byKey.set(k, [...(byKey.get(k) ?? []), v]);
        collect(v);
      }
    }
  };
  for (const o of originals) for (const { value } of o.facts.values()) collect(value);
  const fits = (key: string, v: unknown): boolean =>
    v === null ||
    (byKey.get(key) ?? []).some((known) => isDeepStrictEqual(known, v)) ||
    (typeof v === 'string' && isPageText(v, originals, 'spliced')) ||
    (typeof v === 'number' && originals.some((o) => o.all.some((t) => t.includes(v.toLocaleString('en-US'))))) ||
    (Array.isArray(v) && v.every((item) => fits(key, item))) ||
    (isRecord(v) && Object.entries(v).every(([k, x]) => fits(k, x)));
  return (record) => Object.entries(record).every(([k, v]) => fits(k, v));
}

interface Original {
  facts: Map<FactKey, { value: unknown; line: number }>;
  /** The profile's text (the tabs, #panes), white space collapsed: what a paragraph of the page can say. */
  profile: string;
  /**
   * All of the page's text, as read (navigation and scripts left out) and
   * with them: on a splice, page B's header, footer or script text can land
   * in page A's open section.
   */
  all: readonly string[];
}

const originals = new Map<string, Original>();

function originalOf(name: string): Original {
  const known = originals.get(name);
  if (known) return known;
  const p = pages.find((x) => x.name === name);
  if (!p?.parse || !p.document) throw new Error(`${name}: the unmangled page does not parse`);
  const panes = p.document.byId('panes');
  const text = (root: HtmlNode) => textOf(firstByTag(root, 'html') ?? root);
  // With navigation and scripts: a splice can start inside page B's <nav> or <style>, whose text then sits in page A's open paragraph.
  const withScripts = parseHtml(p.bytes.toString('utf8').replace(/<(\/?)(?:nav|script|style|noscript|template)\b/gi, '<$1div')).root;
  const original = { facts: factsOf(p.parse), profile: panes ? textOf(panes) : '', all: [text(p.document.root), text(withScripts)] };
  originals.set(name, original);
  return original;
}

/** The longest start of `text` that `within` contains (binary search: every shorter start is contained too). */
function longestStartIn(text: string, within: string): number {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (within.includes(text.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return low;
}

type Mangling = 'cut' | 'tags removed' | 'spliced';

/**
 * True when a paragraph is text of the original: of its profile when tags
 * were removed; on a splice, runs of page A's and B's text (the paragraph the
 * splice runs through is the start of one of A's and the end of one of B's,
 * and B's text can come with or without what was navigation or script
 * there). At most four runs: anything can be pieced from enough of them.
 */
function isPageText(paragraph: string, originals: readonly Original[], how: Mangling): boolean {
  if (how === 'cut') return false;
  if (how === 'tags removed') return originals.some((o) => o.profile.includes(paragraph));
  const texts = originals.flatMap((o) => o.all);
  let rest = paragraph;
  for (let run = 0; run < 4 && rest !== ''; run += 1) {
    const longest = Math.max(...texts.map((t) => longestStartIn(rest, t)));
    if (longest === 0) return false;
    rest = rest.slice(longest).trim();
  }
  return rest === '';
}

/** True when `value` (a mangled page's `field`) is stated by the originals, as the header describes. */
function statedBy(field: FactKey, value: unknown, originals: readonly Original[], how: Mangling): boolean {
  const stated = originals.flatMap((o) => {
    const v = o.facts.get(field)?.value;
    return v === undefined ? [] : [v];
  });
  if (saysNoMore(value, stated, lackable(field), how === 'spliced' ? piecedFrom(originals) : undefined)) return true;
  const paragraph = (t: string) => stated.some((s) => typeof s === 'string' && s.split('\n\n').includes(t)) || isPageText(t, originals, how);
  if (field === 'pathSummary' && typeof value === 'string') return value.split('\n\n').every(paragraph);
  if (field === 'summary' && typeof value === 'string') return isPageText(value, originals, how);
  if (PROSE_LISTS.includes(field) && isTextList(value)) return value.every(paragraph);
  if (field === 'outlook' && isRecord(value) && isTextList(value.details)) {
    const { details } = value;
    return stated.some((s) => isRecord(s) && s.direction === value.direction && s.sentence === value.sentence) && details.every(paragraph);
  }
  return false;
}

/**
 * Asserts every fact of `mangled` is stated by the originals. On a cut page,
 * a fact equal to the original's also cites the original's line (a cut page
 * is the original's first lines, so lines do not move).
 */
function expectOnlyStatedFacts(mangled: PageParse, names: readonly string[], how: Mangling): void {
  const originals = names.map(originalOf);
  for (const [field, { value, line }] of factsOf(mangled)) {
    expect(statedBy(field, value, originals, how), `${field} = ${JSON.stringify(value).slice(0, 400)} is not what the page says`).toBe(true);
    const same = originals.map((o) => o.facts.get(field)).find((f) => f && isDeepStrictEqual(f.value, value));
    // The summary of a page cut inside the Summary tab is its <meta name="description">: the same words, in the <head>.
    if (how === 'cut' && same && field !== 'summary') expect(line, `${field} cites another line`).toBe(same.line);
  }
}

const page = fc.constantFrom(...pages.filter((p) => PROPERTY_PAGES.includes(p.name)));

function pageNamed(name: string) {
  const p = pages.find((x) => x.name === name);
  if (!p) throw new Error(`${name}: not loaded`);
  return p;
}

/** The offset of `what` in a page (latin1, so offsets are byte offsets), after `after` (text, or an offset) if given. */
function offsetOf(name: string, what: string, after?: string | number): number {
  const { html } = pageNamed(name);
  const from = after === undefined ? 0 : typeof after === 'number' ? after : html.indexOf(after);
  const at = from === -1 ? -1 : html.indexOf(what, from);
  if (at === -1) throw new Error(`${name}: ${what} not found`);
  return at;
}

/** Page A up to an offset, then page B from an offset. */
function splice(a: string, i: number, b: string, j: number): Uint8Array {
  return Buffer.concat([pageNamed(a).bytes.subarray(0, i), pageNamed(b).bytes.subarray(j)]);
}

/** A page without the tags (as written) found at these offsets. */
function withoutTags(name: string, ...offsets: number[]): Uint8Array {
  const { bytes, html } = pageNamed(name);
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const start of [...offsets].sort((m, n) => m - n)) {
    parts.push(bytes.subarray(at, start));
    at = html.indexOf('>', start) + 1;
  }
  parts.push(bytes.subarray(at));
  return Buffer.concat(parts);
}

/** The parse of a mangled page that must still read as a Handbook page: fails the test when it does not. */
function recognised(parse: PageParse | undefined): PageParse {
  if (!parse) throw new Error('the mangled page is no longer recognised as a Handbook profile');
  return parse;
}

/** A page without the tags at these offsets, parsed; asserts it is still a Handbook page stating only what the page states. */
function checkedWithoutTags(name: string, ...offsets: number[]): PageParse {
  const mangled = recognised(parseBytes(`${name}.html`, withoutTags(name, ...offsets)));
  expectOnlyStatedFacts(mangled, [name], 'tags removed');
  return mangled;
}

/** Page A up to `i`, then page B from `j`, parsed; asserts it is still a Handbook page stating only what A or B states. */
function checkedSplice(a: string, i: number, b: string, j: number): PageParse {
  const mangled = recognised(parseBytes('spliced.html', splice(a, i, b, j)));
  expectOnlyStatedFacts(mangled, [a, b], 'spliced');
  return mangled;
}

/**
 * For properties over manglings that may leave no page to read: counts the runs that had one, so
 * a property cannot pass by checking nothing (most manglings leave a Handbook page).
 */
function checkedCount() {
  let count = 0;
  return {
    ifRecognised(parse: PageParse | undefined): PageParse | undefined {
      if (parse) count += 1;
      return parse;
    },
    expectMostOf(runs: number): void {
      expect(count, 'runs whose mangled page was still a Handbook profile').toBeGreaterThan(runs / 2);
    },
  };
}

function valueOf(parse: PageParse | undefined, field: FactKey): unknown {
  return parse?.observations.find((o) => o.field === field)?.value;
}

describe('Handbook pages mangled', () => {
  it('the pages read whole, with the facts the properties compare against', () => {
    for (const p of pages) {
      expect(p.parse?.observations.length, p.name).toBeGreaterThan(25);
      expect(p.parse?.truncatedAt, p.name).toBeUndefined();
      expect(p.bodyEnd, p.name).toBeGreaterThan(0);
    }
  });

  it('cut at any byte: never throws, partial when cut before </body>, and states only what the page states, at the same lines', () => {
    const checked = checkedCount();
    fc.assert(
      // A share of the profile, evenly spread: doubles crowd near 0, and a cut at the very start leaves no profile to check.
      fc.property(page, fc.noBias(fc.integer({ min: 0, max: 10_000 })).map((n) => n / 10_000), (p, at) => {
        // Anywhere in the profile (a cut in the site navigation before it leaves no profile to read).
        const cut = p.content + Math.floor(at * (p.bytes.length - p.content));
        const mangled = checked.ifRecognised(parseBytes(`${p.name}.html`, p.bytes.subarray(0, cut)));
        if (!mangled) return;
        if (cut < p.bodyEnd) expect(mangled.truncatedAt).toBeDefined();
        expectOnlyStatedFacts(mangled, [p.name], 'cut');
      }),
      { numRuns: 120, seed: SEED },
    );
    checked.expectMostOf(120);
  });

  it('cut at every line of the pay and outlook tabs of a family page: only stated facts', () => {
    // Dense where the derived facts are: every line from the Pay heading to the Similar Occupations heading.
    const p = pageNamed('announcers');
    const { html } = p;
    const from = html.indexOf('<h2 id="pay"');
    const to = html.indexOf('<h2 id="similar-jobs"');
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    for (let i = html.indexOf('\n', from); i !== -1 && i < to; i = html.indexOf('\n', i + 1)) {
      const mangled = parseBytes('announcers.html', p.bytes.subarray(0, i));
      expect(mangled?.truncatedAt).toBeDefined();
      expectOnlyStatedFacts(recognised(mangled), [p.name], 'cut');
    }
  });

  it('cut inside a multi-byte UTF-8 character: the rest of the page still reads as UTF-8', () => {
    const p = pageNamed('actuaries');
    // The last "’" (E2 80 99) of the page: cut after its first byte and after its second.
    const quote = p.bytes.lastIndexOf(Buffer.from('’'));
    expect(quote).toBeGreaterThan(p.content);
    for (const cut of [quote + 1, quote + 2]) {
      const loaded = loadPage('actuaries.html', p.bytes.subarray(0, cut));
      expect(loaded.ok && loaded.page.warnings.map((w) => w.code)).toEqual([]);
      const mangled = parseBytes('actuaries.html', p.bytes.subarray(0, cut));
      expect(mangled?.truncatedAt).toBeDefined();
      expectOnlyStatedFacts(recognised(mangled), [p.name], 'cut');
      expect(JSON.stringify(mangled?.observations)).toContain('Actuaries’ work is essential');
    }
  });

  it('spliced at tags (page A up to a tag, then page B from a tag): never throws, states only what A or B states', () => {
    const checked = checkedCount();
    fc.assert(
      fc.property(page, page, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, x, y) => {
        const i = a.tagStarts[Math.floor(x * a.tagStarts.length)] ?? 0;
        const j = b.tagStarts[Math.floor(y * b.tagStarts.length)] ?? 0;
        const mangled = checked.ifRecognised(parseBytes('spliced.html', splice(a.name, i, b.name, j)));
        if (mangled) expectOnlyStatedFacts(mangled, [a.name, b.name], 'spliced');
      }),
      { numRuns: 100, seed: SEED },
    );
    checked.expectMostOf(100);
  });

  it('with random start or end tags removed: never throws, states only what the page states', () => {
    const checked = checkedCount();
    fc.assert(
      fc.property(page, fc.uniqueArray(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: 1, maxLength: 12 }), (p, picks) => {
        const removed = [...new Set(picks.map((x) => Math.floor(x * p.tags.length)))].flatMap((k) => p.tags[k] ?? []);
        const mangled = checked.ifRecognised(parseBytes(`${p.name}.html`, withoutTags(p.name, ...removed)));
        if (mangled) expectOnlyStatedFacts(mangled, [p.name], 'tags removed');
      }),
      { numRuns: 120, seed: SEED },
    );
    checked.expectMostOf(120);
  });
});

/**
 * Mangled pages on which the parser stated what the page does not, found by
 * running the properties above far longer, and fixed. Each is the smallest
 * mangling that showed it.
 */
describe('regressions the properties found', () => {
  it('a "$239,200 or more" row between "… wages for dentists … were as follows:" and the industries table: no industry pay from the specialties\' rows (a lost </table>)', () => {
    // Without its </table>, the industries sentence is moved before the specialties' table in the tree, but it comes after it in the file.
    const mangled = checkedWithoutTags('dentists', offsetOf('dentists', '</table>', 'Median annual wages for dentists in May 2024 were as follows'));
    expect(JSON.stringify(valueOf(mangled, 'industryPay') ?? null)).not.toContain('Oral and maxillofacial surgeons');
  });

  it('the employers\' shares ("14", "3") are no industry pay (a lost </table> moves that table after the pay sentence)', () => {
    checkedWithoutTags('actuaries', offsetOf('actuaries', '</table>', 'The largest employers of actuaries were as follows'));
  });

  it('a projections row that lost a cell: its figures are not read in the wrong columns', () => {
    const lostSoc = checkedWithoutTags('announcers', offsetOf('announcers', '<td style="align: right" headers="table1-4-0 table1-0-1"'));
    expect(JSON.stringify(valueOf(lostSoc, 'specialties'))).not.toContain('"count":22800},"projectedEmployment"');
    // The header lost "SOC Code": every column after it would shift.
    const lostHeader = checkedWithoutTags('actuaries', offsetOf('actuaries', '<th rowspan="2" style="align: center;" id="table1-0-1"'));
    expect(valueOf(lostHeader, 'projectedEmployment')).toBeUndefined();
    // The family's row lost a cell and the next row its indent: that row is still a specialty, not the family.
    const both = checkedWithoutTags('announcers', offsetOf('announcers', '<td style="align: right" headers="table1-3-0 table1-0-1"'), offsetOf('announcers', '<p class="sub1">', 'id="outlook-table"'));
    expect(valueOf(both, 'socCode')).toBeUndefined();
  });

  it('the Handbook\'s help texts ("The What They Do tab describes…") are no section, even outside #panes', () => {
    const mangled = checkedWithoutTags('actuaries', offsetOf('actuaries', '<div id="panes">'), offsetOf('actuaries', '<h2 id="what-they-do">'));
    expect(JSON.stringify(mangled.observations)).not.toContain('tab describes');
  });

  it('the DJs\' employers sentence after a table left open: its table is not the one before it in the file (a lost </table>)', () => {
    checkedWithoutTags('announcers', offsetOf('announcers', '</table>', 'The largest employers of broadcast announcers and radio disc jockeys were as follows'));
  });

  it('another occupation\'s employers table is no specialty\'s unless the page names that specialty', () => {
    const paragraphOf = (name: string, text: string) => pageNamed(name).html.lastIndexOf('<p', offsetOf(name, text));
    const mangled = checkedSplice('announcers', paragraphOf('announcers', 'Disc jockeys, except radio held about'), 'flight-attendants', paragraphOf('flight-attendants', 'Flight attendants held about 130,800 jobs'));
    expect(JSON.stringify(valueOf(mangled, 'specialties') ?? null)).not.toContain('"Flight attendants"');
  });

  it('two summaries, two projections tables (two pages run together): each fact once', () => {
    checkedSplice('police-and-detectives', offsetOf('police-and-detectives', '</p>', 'Working around the clock in shifts is common'), 'top-executives', offsetOf('top-executives', '<!--QF-->'));
    checkedSplice('actuaries', offsetOf('actuaries', '</tr>', 'queryParams=15-2011'), 'top-executives', offsetOf('top-executives', '<span>    Total, all occupations', 'id="job-outlook"'));
  });

  it('a Quick Facts label with another table\'s cell after it: not its value', () => {
    const mangled = checkedSplice('musicians-and-singers', offsetOf('musicians-and-singers', '<td headers="quickfacts-3-0'), 'actuaries', offsetOf('actuaries', '<td style="width: 180px" headers="similar-occupations-0-3"', 'Data scientists use analytical tools'));
    expect(valueOf(mangled, 'relatedExperience')).toBeUndefined();
  });

  it('Quick Facts rows of two pages in one table: each fact once', () => {
    // factsOf throws when a page gives one fact twice with different values.
    checkedSplice('painters-construction-and-maintenance', offsetOf('painters-construction-and-maintenance', '</tr>', 'headers="quickfacts-7-0'), 'flight-attendants', offsetOf('flight-attendants', '</th>', 'id="quickfacts-2-0"'));
  });

  it('another occupation\'s wage sentence in the pay section is no specialty of this one', () => {
    const mangled = checkedSplice(
      'painters-construction-and-maintenance',
      offsetOf('painters-construction-and-maintenance', '</div>\n            <nav>', 'id="pay"'),
      'actuaries',
      offsetOf('actuaries', '</div></div><!-- CMS Bar Graph -->', 'id="pay"'),
    );
    expect(JSON.stringify(valueOf(mangled, 'specialties') ?? null)).not.toContain('"Actuaries"');
  });

  it('a specialties\' wage row pieced from another table is no specialty ("Bachelor\'s degree")', () => {
    const mangled = checkedSplice('dentists', offsetOf('dentists', '<td>Oral and maxillofacial surgeons</td>', 'Median annual wages for dentists in May 2024'), 'police-and-detectives', offsetOf('police-and-detectives', '</p>', 'Emergency management directors prepare plans'));
    expect(JSON.stringify(valueOf(mangled, 'specialties') ?? null)).not.toContain("Bachelor's degree");
  });

  it('a similar occupation whose pay cell reads "Get data" is not "not available" (null)', () => {
    const mangled = checkedSplice('police-and-detectives', offsetOf('police-and-detectives', '<span title="38390">'), 'dentists', offsetOf('dentists', '<a href="https://data.bls.gov/projections/nationalMatrix?queryParams=29-1024'));
    expect(JSON.stringify(valueOf(mangled, 'similarOccupations'))).not.toContain('Security Guards');
    expect(mangled.unrecognised).toContainEqual(expect.objectContaining({ label: 'similar occupation pay', text: 'Security Guards and Gambling Surveillance Officers: Get data' }));
  });

  it('two charts run together: one "Total, all occupations"; an hourly figure under "Median annual wages" is no yearly pay', () => {
    const payOf = (name: string) => offsetOf(name, 'id="pay"');
    checkedSplice(
      'actuaries',
      pageNamed('actuaries').html.lastIndexOf('<p ', offsetOf('actuaries', 'cms-bar-color-red', 'id="pay"')),
      'dentists',
      pageNamed('dentists').html.indexOf('<div style="height: 5em; width:', payOf('dentists')),
    );
    const cents = checkedSplice(
      'agricultural-workers',
      pageNamed('agricultural-workers').html.lastIndexOf('<p ', offsetOf('agricultural-workers', 'cms-bar-color-red', 'id="pay"')),
      'musicians-and-singers',
      offsetOf('musicians-and-singers', '</div></dd>', offsetOf('musicians-and-singers', 'cms-bar-color-blue', 'id="pay"')),
    );
    expect(valueOf(cents, 'allOccupationsMedianPay')).toBeUndefined();
  });
});
