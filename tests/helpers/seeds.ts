/** Reads the real scraped pages the tests assert against. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPage } from '@/lib/ingest/load-page';
import type { PageParse } from '@/lib/ingest/page-parse';
import { recognisePage } from '@/lib/ingest/recognise-format';
import { PROJECT_ROOT } from '@/scripts/shared/project-root';

export const RAW_DIR = path.join(PROJECT_ROOT, 'content', 'raw');

export const SEED_FILES = {
  orderVsCustomerService: '000_1c0495f03abb65e3.txt',
  orderVsCustomerRelations: '001_02da4c0cc4c3be00.txt',
  orderProcessorArticle: '002_627278f4e9824561.txt',
  leadVsCustomerService: '003_66422fc42a153a71.txt',
  collectionsVsCustomerService: '004_966ba5602eab0321.txt',
} as const;

/** Copies the five seed pages into a folder. */
export function copySeedPages(to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const f of Object.values(SEED_FILES)) fs.copyFileSync(path.join(RAW_DIR, f), path.join(to, f));
}

let seedsOnly: string | undefined;

/**
 * A folder holding only the five seed pages, for tests about them:
 * content/raw also holds the Occupational Outlook Handbook pages. Made once
 * per process and removed when it exits.
 */
export function seedPagesDir(): string {
  if (seedsOnly) return seedsOnly;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-pages-'));
  copySeedPages(dir);
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  seedsOnly = dir;
  return dir;
}

export function readSeed(file: string): Buffer {
  return fs.readFileSync(path.join(RAW_DIR, file));
}

/** A shipped Occupational Outlook Handbook page's file, relative to content/raw: "bls-ooh/actuaries.html.gz". */
export function handbookFile(name: string): string {
  return `bls-ooh/${name}.html.gz`;
}

/** A shipped Handbook page as stored (gzip-compressed), by name ("actuaries"). */
export function readHandbookPage(name: string): Buffer {
  return readSeed(handbookFile(name));
}

/** Line `n` (1-based) of a seed file, trimmed: for asserting a paragraph landed where it should. */
export function seedLine(file: string, n: number): string {
  return (readSeed(file).toString('utf8').split('\n')[n - 1] ?? '').trim();
}

export function parseText(file: string, text: string | Buffer): PageParse {
  const loaded = loadPage(file, typeof text === 'string' ? Buffer.from(text) : text);
  if (!loaded.ok) throw new Error(`${file}: ${loaded.diagnostic.message}`);
  const recognised = recognisePage(loaded.page);
  if (!recognised) throw new Error(`${file}: unknown format`);
  return recognised.parse();
}

export function parseSeed(file: string): PageParse {
  return parseText(file, readSeed(file));
}

/**
 * The facts a page gives, by occupation title. A fact given twice on one
 * page (two tables repeat "Most common degree") must agree, or this throws.
 */
export function factsByTitle(parse: PageParse): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const o of parse.observations) {
    const facts = (out[o.title] ??= {});
    if (o.field in facts && JSON.stringify(facts[o.field]) !== JSON.stringify(o.value)) {
      throw new Error(`${o.title}.${o.field} read twice with different values`);
    }
    facts[o.field] = o.value;
  }
  return out;
}
