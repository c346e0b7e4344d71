/**
 * npm run ingest [-- --input DIR] [--output DIR] [--editorial DIR] [--strict]
 *
 * Parses the scraped pages in --input (default content/raw) into one
 * validated profile per occupation in --output (default content/generated),
 * with index.json, ingest-report.json and profile.schema.json. Editorial
 * files in --editorial (default content/occupations, optional) set display
 * titles, aliases and introductions.
 * Exit codes: 0 done; 1 nothing usable or a failure (previous output kept);
 * 2 bad arguments; 3 --strict and some page was rejected or truncated.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../lib/ingest/build-corpus';
import { discoverEditorial, discoverPages } from '../lib/ingest/discover-pages';
import { emitOutput } from '../lib/ingest/emit-output';
import { createProgress } from './progress';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        input: { type: 'string', default: 'content/raw' },
        output: { type: 'string', default: 'content/generated' },
        editorial: { type: 'string', default: 'content/occupations' },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
    console.error('usage: npm run ingest -- [--input DIR] [--output DIR] [--editorial DIR] [--strict] [--quiet]');
    return 2;
  }
  const input = path.resolve(values.input);
  const output = path.resolve(values.output);
  if (!fs.existsSync(input) || !fs.statSync(input).isDirectory()) {
    console.error(`ingest: input folder not found: ${values.input}`);
    return 2;
  }

  const started = process.hrtime.bigint();
  const pages = discoverPages(input);
  const progress = createProgress(pages.length, values.quiet);
  const corpus = buildCorpus(pages, progress.tick, discoverEditorial(path.resolve(values.editorial)));
  progress.done();

  const { summary } = corpus.report;
  if (summary.occupations === 0) {
    console.error(`ingest: no occupations found in ${values.input} (${summary.pagesRead} pages read); the previous output is kept`);
    printDiagnostics(corpus.report.diagnostics);
    return 1;
  }
  emitOutput(output, corpus);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  printDiagnostics(corpus.report.diagnostics);
  console.log(
    `ingest: ${summary.pagesRead} pages read, ${summary.pagesParsed} parsed, ${summary.pagesPartial} partial, ` +
      `${summary.pagesRejected} rejected; ${summary.occupations} occupations, ${summary.conflicts} conflicts, ` +
      `${summary.unrecognised} unrecognised items; ${seconds.toFixed(2)} s → ${path.relative(process.cwd(), output) || output}`,
  );
  const { landingPairs: landing } = summary;
  console.log(
    `ingest: landing pairs (indexed, in the sitemaps): ${landing.landing} of ${landing.pairs} pairs ` +
      `(scraped comparison ${landing.byReason.scraped}, Handbook similar occupation ${landing.byReason.similar}, same occupational group ${landing.byReason.group}); ` +
      `${summary.likelyMatches} likely matches across sources for an editor (ingest-report.json)`,
  );
  if (values.strict && summary.pagesRejected + summary.pagesPartial > 0) {
    console.error(`ingest: --strict: ${summary.pagesRejected} rejected and ${summary.pagesPartial} truncated pages`);
    return 3;
  }
  return 0;
}

function printDiagnostics(diagnostics: { file: string; line?: number; severity: string; message: string }[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.length - errors.length;
  const SHOWN = 20;
  for (const d of errors.slice(0, SHOWN)) {
    console.error(`${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}`);
  }
  if (errors.length > SHOWN) console.error(`… and ${errors.length - SHOWN} more errors (see ingest-report.json)`);
  if (warnings > 0) console.error(`${warnings} warnings (see ingest-report.json)`);
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`ingest failed; the previous output is kept: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
