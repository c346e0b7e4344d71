/**
 * Report: ingest-report.json from the page records and the collected
 * profiles, every list in a fixed order so the same pages always give the
 * same report.
 */
import { countLandingPairs } from '../compare/landing-pairs';
import type { LandingPair } from '../profile-schema';
import { compareCodeUnits } from '../sort-order';
import type { Collected } from './collect-profiles';
import { likelyMatches } from './likely-matches';
import { pageOrigin } from './page-date';
import type { PageRecords } from './page-records';
import { byFileThenLine } from './source-order';
import { ValidatedReport } from './validated-output';

export function buildReport(pages: PageRecords, collected: Collected, slugOfTitle: ReadonlyMap<string, string>, landing: readonly LandingPair[]): ValidatedReport {
  const pageEntries = [...pages.records()]
    .sort((a, b) => compareCodeUnits(a.file, b.file))
    .map((r) => ({
      file: r.file,
      status: r.status,
      format: r.format,
      ...pageOrigin(r),
      occupations: r.status === 'rejected' ? [] : r.titles.map((t) => slugOfTitle.get(t) ?? t),
    }));

  const profileUnrecognised = collected.profiles.flatMap((p) =>
    p.unrecognised.map((u) => ({ file: u.source.file, line: u.source.line, occupation: p.slug, label: u.label, text: u.text })),
  );
  const unrecognised = [...collected.pageUnrecognised, ...profileUnrecognised].sort((a, b) => byFileThenLine(a, b) || compareCodeUnits(a.label, b.label));
  const byLabel: Record<string, number> = {};
  for (const u of unrecognised) byLabel[u.label] = (byLabel[u.label] ?? 0) + 1;
  const unrecognisedByLabel = Object.fromEntries(Object.entries(byLabel).sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])));

  const matches = likelyMatches(collected.profiles);
  const diagnostics = [...pages.diagnostics, ...collected.diagnostics];
  return ValidatedReport.parse({
    summary: {
      pagesRead: pages.size,
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
    diagnostics: diagnostics.sort((a, b) => compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0)),
    conflicts: collected.conflicts,
    unrecognised,
    likelyMatches: matches,
  });
}
