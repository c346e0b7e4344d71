/**
 * The ingest report (`ingest-report.json`): what every page gave, what was
 * rejected and why, every disagreement between pages, and everything the
 * parsers did not recognise. Timings are printed, not written, so the same
 * pages always give the same report.
 */
import { z } from 'zod';
import { FactSource, PageFormat } from '../profile-schema';

const DiagnosticCode = z.enum([
  'unreadable-file',
  'empty-file',
  'binary-file',
  'bad-compression',
  'charset',
  'bad-front-matter',
  'unknown-format',
  'duplicate-page',
  'truncated-page',
  'no-occupations',
  'missing-title',
  'unparsed-value',
  'unrecognised-row',
  'unrecognised-text',
  'unmatched-title',
  'inconsistent-table',
  'bad-editorial',
  'unmatched-editorial',
]);

export const Diagnostic = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  /** error: the page (or part of it) was not used; warning: used, with something kept aside. */
  severity: z.enum(['error', 'warning']),
  code: DiagnosticCode,
  message: z.string(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const PageStatus = z.enum(['parsed', 'partial', 'rejected']);
export type PageStatus = z.infer<typeof PageStatus>;

const PageEntry = z.object({
  file: z.string(),
  status: PageStatus,
  format: PageFormat.nullable(),
  url: z.string().optional(),
  scrapedAt: z.string().optional(),
  modifiedAt: z.string().optional(),
  occupations: z.array(z.string()),
});

const ConflictValue = z.object({
  value: z.json(),
  /** The pages that gave this value, their lines, and when each was scraped and last changed (when known). */
  sources: z.array(FactSource.extend({ scrapedAt: z.string().optional(), modifiedAt: z.string().optional() })),
});

export const Conflict = z.object({
  occupation: z.string(),
  field: z.string(),
  chosen: z.json(),
  /** Why the chosen value won: "newest page", "most pages" or "first file". */
  rule: z.enum(['newest page', 'most pages', 'first file']),
  values: z.array(ConflictValue).min(2),
});
export type Conflict = z.infer<typeof Conflict>;

const ReportUnrecognised = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  occupation: z.string().optional(),
  label: z.string(),
  text: z.string(),
});

/** Two occupations from different sources that may be one: for an editor to merge, or not (lib/ingest/likely-matches.ts). */
export const LikelyMatch = z.object({
  occupations: z.tuple([z.string(), z.string()]),
  titles: z.tuple([z.string(), z.string()]),
  reasons: z.array(z.string()).min(1),
});
export type LikelyMatch = z.infer<typeof LikelyMatch>;

export const IngestReport = z.object({
  summary: z.object({
    pagesRead: z.number().int(),
    pagesParsed: z.number().int(),
    pagesPartial: z.number().int(),
    pagesRejected: z.number().int(),
    occupations: z.number().int(),
    conflicts: z.number().int(),
    unrecognised: z.number().int(),
    likelyMatches: z.number().int(),
    /** Which pairs are search landing pages, by the rule in lib/compare/landing-pairs.ts. */
    landingPairs: z.object({
      pairs: z.number().int(),
      landing: z.number().int(),
      byReason: z.object({ scraped: z.number().int(), similar: z.number().int(), group: z.number().int() }),
    }),
  }),
  /** How often each unrecognised row label or section was seen: new page features show up here first. */
  unrecognisedByLabel: z.record(z.string(), z.number().int()),
  pages: z.array(PageEntry),
  diagnostics: z.array(Diagnostic),
  conflicts: z.array(Conflict),
  unrecognised: z.array(ReportUnrecognised),
  /** Occupations that may be one, strongest first: merge them with an editorial file's aliases.titles. */
  likelyMatches: z.array(LikelyMatch),
});
export type IngestReport = z.infer<typeof IngestReport>;
