/**
 * The ingest pipeline without the file system: each page is loaded, its
 * format detected and parsed, checked against the pages before it for
 * duplicate content, and folded into the occupation drafts; then the drafts
 * become profiles (conflicts resolved), and the report and index are drawn
 * up. Pages are handled one at a time so memory grows with facts, not with
 * page text.
 */
import { landingPairs } from '../compare/landing-pairs';
import type { IndexEntry, LandingPair, ScrapedPair } from '../profile-schema';
import { buildReport } from './build-report';
import { collectProfiles } from './collect-profiles';
import { DuplicatePages } from './duplicate-pages';
import { loadEditorial, type EditorialInput } from './load-editorial';
import { loadInput } from './load-page';
import { acceptedPage, OccupationDrafts } from './occupation-drafts';
import { indexEntries, scrapedPairs, slugsByTitle } from './occupation-index';
import { PageRecords } from './page-records';
import { parsePage } from './recognise-format';
import type { ValidatedProfile, ValidatedReport } from './validated-output';

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

/**
 * Pages → profiles, index and report. Editorial files (content/occupations/*.md)
 * may rename, merge and introduce occupations; bad ones are reported like bad pages.
 */
export function buildCorpus(inputs: Iterable<PageInput>, onPage?: (file: string) => void, editorialInputs: Iterable<EditorialInput> = []): Corpus {
  const editorial = loadEditorial(editorialInputs);
  const pages = new PageRecords(editorial.diagnostics);
  const duplicates = new DuplicatePages();
  const drafts = new OccupationDrafts();

  for (const input of inputs) {
    onPage?.(input.file);
    const loaded = loadInput(input);
    if (!loaded.ok) {
      pages.reject(loaded.diagnostic);
      continue;
    }
    const { page } = loaded;
    pages.warn(page.warnings);
    const parsed = parsePage(page);
    if (!parsed.ok) {
      pages.reject(parsed.diagnostic, parsed.format, page);
      continue;
    }
    const { format, parse } = parsed;
    const admission = duplicates.admit(page);
    if (admission.replaces !== undefined) drafts.remove(admission.replaces);
    if (admission.keep) {
      const accepted = acceptedPage(page, format, parse);
      pages.accept(accepted, parse, page.cutShort);
      drafts.add(accepted, parse);
    }
    if (admission.dropped) pages.reject(admission.dropped.diagnostic, format, admission.dropped.page);
  }

  const collected = collectProfiles(drafts, editorial.entries);
  const slugOfTitle = slugsByTitle(collected.profiles);
  const pairs = scrapedPairs(pages.records(), slugOfTitle);
  const landing = landingPairs(collected.profiles, pairs);
  const report = buildReport(pages, collected, slugOfTitle, landing);
  return { profiles: collected.profiles, index: indexEntries(collected.profiles), pairs, landingPairs: landing, report };
}
