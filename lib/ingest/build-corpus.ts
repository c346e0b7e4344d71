/**
 * The ingest pipeline without the file system: load each page, recognise its
 * format from the content, parse, drop duplicates, collect profiles, and
 * write up the report. Pages are handled one at a time so memory grows with
 * facts, not with page text.
 */
import { hash } from 'node:crypto';
import type { IndexEntry, LandingPair, PageFormat, ScrapedPair } from '../profile-schema';
import { countLandingPairs, landingPairs } from '../compare/landing-pairs';
import { ProfileCollector, type AcceptedPage } from './collect-profiles';
import { loadEditorial, type EditorialInput } from './load-editorial';
import { likelyMatches } from './likely-matches';
import { loadPage, type LoadedPage } from './load-page';
import type { PageParse } from './page-parse';
import { recognisePage, unknownFormatMessage } from './recognise-format';
import type { Diagnostic, PageStatus } from './report-schema';
import { headlinePay } from '../compare/pay-figures';
import { collapseWhiteSpace } from './white-space';
import { ValidatedReport, type ValidatedProfile } from './validated-output';

export interface PageInput {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  read: () => Uint8Array;
}

export interface Corpus {
  profiles: ValidatedProfile[];
  index: IndexEntry[];
  pairs: ScrapedPair[];
  landingPairs: LandingPair[];
  report: ValidatedReport;
}

interface PageRecord {
  file: string;
  status: PageStatus;
  format: PageFormat | null;
  url?: string;
  scrapedAt?: string;
  modifiedAt?: string;
  titles: string[];
}

/** Pages that differ only in white space are the same page. (One-shot hash: no Hash object per page.) */
function contentHash(body: string): string {
  return hash('sha1', collapseWhiteSpace(body).trim());
}

/**
 * What duplicate detection needs to remember of a page: not its text, so a
 * page's body and lines can be freed as soon as it is parsed.
 */
type PageIdentity = Pick<LoadedPage, 'file' | 'firstLine' | 'url' | 'scrapedAt'>;

function pageIdentity(page: LoadedPage): PageIdentity {
  return { file: page.file, firstLine: page.firstLine, url: page.url, scrapedAt: page.scrapedAt };
}

/** Which of two copies of the same page to keep: the newer scrape, else the first file. */
function preferred<P extends PageIdentity>(a: P, b: P): P {
  const ta = a.scrapedAt ? Date.parse(a.scrapedAt) : -Infinity;
  const tb = b.scrapedAt ? Date.parse(b.scrapedAt) : -Infinity;
  if (ta !== tb) return ta > tb ? a : b;
  return a.file <= b.file ? a : b;
}

/**
 * Pages → profiles, index and report. Editorial files (content/occupations/*.md)
 * may rename, merge and introduce occupations; bad ones are reported like bad pages.
 */
export function buildCorpus(inputs: Iterable<PageInput>, onPage?: (file: string) => void, editorialInputs: Iterable<EditorialInput> = []): Corpus {
  const editorial = loadEditorial(editorialInputs);
  const diagnostics: Diagnostic[] = [...editorial.diagnostics];
  const records = new Map<string, PageRecord>();
  const collector = new ProfileCollector();
  /** content hash → the file kept for that content */
  const byContent = new Map<string, PageIdentity>();

  const reject = (file: string, diagnostic: Diagnostic, format: PageFormat | null = null, page?: PageIdentity) => {
    diagnostics.push(diagnostic);
    records.set(file, { file, status: 'rejected', format, url: page?.url, scrapedAt: page?.scrapedAt, titles: [] });
  };

  const accept = (page: LoadedPage, format: PageFormat, parse: PageParse) => {
    for (const d of parse.diagnostics) diagnostics.push({ file: page.file, ...d });
    records.set(page.file, {
      file: page.file,
      status: parse.truncatedAt === undefined && !page.cutShort ? 'parsed' : 'partial',
      format,
      url: page.url,
      scrapedAt: page.scrapedAt,
      modifiedAt: parse.modifiedAt,
      titles: parse.titles,
    });
    const kept: AcceptedPage = {
      file: page.file,
      format,
      url: page.url,
      scrapedAt: page.scrapedAt,
      ...(parse.modifiedAt ? { modifiedAt: parse.modifiedAt } : {}),
      meta: page.meta,
      titles: parse.titles,
    };
    collector.add(kept, parse);
  };

  for (const input of inputs) {
    onPage?.(input.file);
    let bytes: Uint8Array;
    try {
      bytes = input.read();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      reject(input.file, { file: input.file, severity: 'error', code: 'unreadable-file', message: `cannot read file: ${reason}` });
      continue;
    }
    const loaded = loadPage(input.file, bytes);
    if (!loaded.ok) {
      reject(input.file, loaded.diagnostic);
      continue;
    }
    const page = loaded.page;
    diagnostics.push(...page.warnings);
    const recognised = recognisePage(page);
    if (!recognised) {
      reject(input.file, { file: page.file, line: page.firstLine, severity: 'error', code: 'unknown-format', message: unknownFormatMessage(page) }, null, page);
      continue;
    }
    const { format } = recognised;
    const parse = recognised.parse();
    if (parse.titles.length === 0) {
      const reason = parse.diagnostics.find((d) => d.code === 'no-occupations');
      reject(page.file, { file: page.file, line: reason?.line ?? page.firstLine, severity: 'error', code: 'no-occupations', message: reason?.message ?? `no occupation titles found in this ${format}` }, format, page);
      continue;
    }

    // Identical content under another name: keep one copy (the newer scrape), reject the rest.
    const fingerprint = contentHash(page.body);
    const earlier = byContent.get(fingerprint);
    if (earlier) {
      const current = pageIdentity(page);
      const keep = preferred(earlier, current);
      const drop = keep === current ? earlier : current;
      if (keep === current) {
        collector.retract(earlier.file);
        accept(page, format, parse);
        byContent.set(fingerprint, current);
      }
      reject(drop.file, {
        file: drop.file,
        line: drop.firstLine,
        severity: 'error',
        code: 'duplicate-page',
        message: `duplicate page: same content as ${keep.file}, which is kept`,
      }, format, drop);
      continue;
    }
    byContent.set(fingerprint, pageIdentity(page));
    accept(page, format, parse);
  }

  const collected = collector.finish(editorial.entries);
  diagnostics.push(...collected.diagnostics);

  const slugOfTitle = new Map<string, string>();
  for (const p of collected.profiles) for (const t of p.titles) slugOfTitle.set(t, p.slug);
  const pageEntries = [...records.values()]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((r) => ({
      file: r.file,
      status: r.status,
      format: r.format,
      ...(r.url ? { url: r.url } : {}),
      ...(r.scrapedAt ? { scrapedAt: r.scrapedAt } : {}),
      ...(r.modifiedAt ? { modifiedAt: r.modifiedAt } : {}),
      occupations: r.status === 'rejected' ? [] : r.titles.map((t) => slugOfTitle.get(t) ?? t),
    }));

  const profileUnrecognised = collected.profiles.flatMap((p) =>
    p.unrecognised.map((u) => ({ file: u.source.file, line: u.source.line, occupation: p.slug, label: u.label, text: u.text })),
  );
  const unrecognised = [...collected.pageUnrecognised, ...profileUnrecognised].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)),
  );
  const byLabel: Record<string, number> = {};
  for (const u of unrecognised) byLabel[u.label] = (byLabel[u.label] ?? 0) + 1;
  const unrecognisedByLabel = Object.fromEntries(Object.entries(byLabel).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));

  const pairs = scrapedPairs(records.values(), slugOfTitle);
  const landing = landingPairs(collected.profiles, pairs);
  const matches = likelyMatches(collected.profiles);
  const report = ValidatedReport.parse({
    summary: {
      pagesRead: records.size,
      pagesParsed: pageEntries.filter((p) => p.status === 'parsed').length,
      pagesPartial: pageEntries.filter((p) => p.status === 'partial').length,
      pagesRejected: pageEntries.filter((p) => p.status === 'rejected').length,
      occupations: collected.profiles.length,
      conflicts: collected.conflicts.length,
      unrecognised: unrecognised.length,
      likelyMatches: matches.length,
      landingPairs: countLandingPairs(collected.profiles.length, landing),
    },
    unrecognisedByLabel,
    pages: pageEntries,
    diagnostics: diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0))),
    conflicts: collected.conflicts,
    unrecognised,
    likelyMatches: matches,
  });

  const index: IndexEntry[] = collected.profiles.map((p) => ({
    slug: p.slug,
    title: p.title,
    titles: p.titles,
    pay: headlinePay(p) ?? null,
    pages: p.sources.length,
    ...(p.aliases ? { aliases: p.aliases } : {}),
  }));
  return { profiles: collected.profiles, index, pairs, landingPairs: landing, report };
}

/** Each pair of occupations some kept comparison page compared, most-compared first. */
function scrapedPairs(pages: Iterable<PageRecord>, slugOfTitle: ReadonlyMap<string, string>): ScrapedPair[] {
  const counts = new Map<string, ScrapedPair>();
  for (const page of pages) {
    if (page.format !== 'pair-page' || page.status === 'rejected') continue;
    const slugs = page.titles.map((t) => slugOfTitle.get(t)).filter((s) => s !== undefined);
    for (let i = 0; i < slugs.length; i += 1) {
      for (let j = i + 1; j < slugs.length; j += 1) {
        const a = slugs[i];
        const b = slugs[j];
        if (a === undefined || b === undefined || a === b) continue;
        const key = a < b ? `${a} ${b}` : `${b} ${a}`;
        const entry = counts.get(key) ?? { a, b, pages: 0 };
        entry.pages += 1;
        counts.set(key, entry);
      }
    }
  }
  return [...counts.values()].sort((x, y) => y.pages - x.pages || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
}
