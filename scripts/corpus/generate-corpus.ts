/**
 * Seeded synthetic corpus of scraped pages, for ingest tests and benchmarks.
 *
 *   tsx scripts/corpus/generate-corpus.ts --out DIR --occupations N --pages M [--seed S] [--article-share 0.1]
 *   tsx scripts/corpus/generate-corpus.ts --format handbook --out DIR --pages M [--seed S] [--templates DIR] [--no-gzip]
 *
 * --format handbook writes Occupational Outlook Handbook pages instead: copies
 * of the shipped HTML pages (content/raw/bls-ooh), one new occupation each
 * (scripts/corpus/handbook-pages.ts).
 *
 * Writes M pages about N synthetic occupations: "X vs Y" comparison pages and
 * (a share of) "What Does an X Do?" articles, in the scraped site's own
 * layout and quirks, some with YAML front matter. Each occupation has one set
 * of facts that every page repeats, so ingesting the corpus gives no
 * conflicts, and the returned manifest says what each profile should hold.
 * The same options always give byte-identical files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseOptions, runIfMain } from '../shared/cli';
import { DEFAULT_HANDBOOK_SEED, describeHandbookCorpus, generateHandbookCorpus, HANDBOOK_TEMPLATES_DIR } from './handbook-pages';
import { planPages, type PagePlan } from './plan-pages';
import { deriveSeed, Rng } from './prng';
import { renderArticlePage } from './render-article-page';
import { renderPairPage } from './render-pair-page';
import { drawOccupations, STREAM, type SyntheticOccupation } from './synthetic-occupations';

export interface CorpusOptions {
  seed?: number;
  occupations: number;
  pages: number;
  /** Share of pages that are career-guide articles (at most one per occupation). Default 0.1. */
  articleShare?: number;
  /** Share of pages that start with YAML front matter. Default 0.35. */
  frontMatterShare?: number;
}

export interface GeneratedPage {
  file: string;
  plan: PagePlan;
}

export interface CorpusManifest {
  seed: number;
  occupations: SyntheticOccupation[];
  pages: GeneratedPage[];
  /** Comparison pages each occupation appears on, by occupation index. */
  pairPagesPer: number[];
  hasArticle: boolean[];
  /** Occupations on at least one page: the number of profiles an ingest should produce. */
  covered: number;
  frontMatterShare: number;
}

export const DEFAULT_SEED = 1;

const Options = z.object({
  seed: z.number().int().min(0).max(0xffffffff).default(DEFAULT_SEED),
  occupations: z.number().int().min(2),
  pages: z.number().int().min(1),
  articleShare: z.number().min(0).max(1).default(0.1),
  frontMatterShare: z.number().min(0).max(1).default(0.35),
});

/** Everything about the corpus except the page text: occupations, which page covers whom, file names. */
export function planCorpus(options: CorpusOptions): CorpusManifest {
  const { seed, occupations: count, pages: pageCount, articleShare, frontMatterShare } = Options.parse(options);
  const occupations = drawOccupations(seed, count);
  const plan = planPages(new Rng(deriveSeed(seed, STREAM.plan)), count, pageCount, articleShare);
  const names = new Rng(deriveSeed(seed, STREAM.files));
  // File names look like the scraper's ("004_966ba5602eab0321.txt"); the extension varies because the
  // ingest must recognise pages by content, never by name.
  const width = Math.max(3, String(pageCount - 1).length);
  const pages = plan.pages.map((p, i): GeneratedPage => {
    const roll = names.float();
    const ext = roll < 0.9 ? '.txt' : roll < 0.95 ? '.md' : '';
    return { file: `${String(i).padStart(width, '0')}_${names.hex(16)}${ext}`, plan: p };
  });
  const covered = occupations.filter((o) => (plan.pairPagesPer[o.index] ?? 0) > 0 || plan.hasArticle[o.index] === true).length;
  return { seed, occupations, pages, pairPagesPer: plan.pairPagesPer, hasArticle: plan.hasArticle, covered, frontMatterShare };
}

function occupation(manifest: CorpusManifest, index: number): SyntheticOccupation {
  const o = manifest.occupations[index];
  if (!o) throw new Error(`no occupation ${index}`);
  return o;
}

function frontMatter(rng: Rng, url: string): string {
  const date = `2025-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const extra = rng.chance(0.25) ? `crawler: nightly-${rng.int(1, 9)}\n` : '';
  return `---\nsource: ${url}\nscraped_at: ${date}\n${extra}---\n`;
}

/** The full text of page `i`. Each page has its own random stream, so pages can be rendered in any order. */
export function renderPage(manifest: CorpusManifest, i: number): string {
  const page = manifest.pages[i];
  if (!page) throw new Error(`no page ${i}`);
  const rng = new Rng(deriveSeed(manifest.seed, STREAM.page, i));
  let body: string;
  let url: string;
  if (page.plan.kind === 'pair') {
    const a = occupation(manifest, page.plan.a);
    const b = occupation(manifest, page.plan.b);
    body = renderPairPage(a, b, rng);
    url = `https://www.example.com/compare/${a.slug}-vs-${b.slug}`;
  } else {
    const o = occupation(manifest, page.plan.occupation);
    const others = manifest.occupations.length > 2 ? [0, 1].map(() => pickOther(rng, manifest, o.index)) : [];
    body = renderArticlePage(o, others, rng);
    url = `https://www.example.com/career-advice/what-does-a-${o.slug}-do`;
  }
  let text = (rng.chance(manifest.frontMatterShare) ? frontMatter(rng, url) : '') + body;
  // Scraped files vary in line endings and final newlines; the ingest must not care.
  if (rng.chance(0.5)) text += '\n';
  if (rng.chance(0.05)) text = text.replace(/\n/g, '\r\n');
  return text;
}

function pickOther(rng: Rng, manifest: CorpusManifest, not: number): SyntheticOccupation {
  const n = manifest.occupations.length;
  return occupation(manifest, (not + rng.int(1, n - 1)) % n);
}

/**
 * Writes the corpus into `outDir` (created if missing; it must be empty, so a
 * stale page from an earlier corpus can never sneak into a test).
 */
export function generateCorpus(options: CorpusOptions & { outDir: string }): CorpusManifest {
  const { outDir } = options;
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0) throw new Error(`output folder is not empty: ${outDir}`);
  fs.mkdirSync(outDir, { recursive: true });
  const manifest = planCorpus(options);
  manifest.pages.forEach((page, i) => fs.writeFileSync(path.join(outDir, page.file), renderPage(manifest, i)));
  return manifest;
}

/** What a corpus holds, in one line for people. */
export function describeCorpus(manifest: CorpusManifest): string {
  const pairs = manifest.pages.filter((p) => p.plan.kind === 'pair').length;
  const coveredCounts = manifest.pairPagesPer.filter((n, i) => n > 0 || manifest.hasArticle[i] === true);
  const least = Math.min(...manifest.pairPagesPer);
  return (
    `${manifest.pages.length} pages (${pairs} comparisons, ${manifest.pages.length - pairs} articles) about ` +
    `${manifest.occupations.length} occupations, ${coveredCounts.length} of them on some page; ` +
    `every occupation is on at least ${least} comparison page${least === 1 ? '' : 's'} (seed ${manifest.seed})`
  );
}

const TextArgs = z.object({
  format: z.literal('text'),
  out: z.string().min(1),
  occupations: z.coerce.number().int().min(2),
  pages: z.coerce.number().int().min(1),
  seed: z.coerce.number().int().min(0).max(0xffffffff).default(DEFAULT_SEED),
  'article-share': z.coerce.number().min(0).max(1).default(0.1),
  'front-matter-share': z.coerce.number().min(0).max(1).default(0.35),
});

const HandbookArgs = z.object({
  format: z.literal('handbook'),
  out: z.string().min(1),
  pages: z.coerce.number().int().min(1),
  seed: z.coerce.number().int().min(0).max(0xffffffff).default(DEFAULT_HANDBOOK_SEED),
  templates: z.string().min(1).default(HANDBOOK_TEMPLATES_DIR),
  'no-gzip': z.boolean().default(false),
});

/** The format decides which options apply; without --format, the plain-text corpus as before. */
const CliArgs = z.preprocess(
  (values) => (typeof values === 'object' && values !== null && !('format' in values) ? { ...values, format: 'text' } : values),
  z.discriminatedUnion('format', [TextArgs, HandbookArgs]),
);

const USAGE =
  'usage: tsx scripts/corpus/generate-corpus.ts --out DIR --occupations N --pages M [--seed S] [--article-share 0.1] [--front-matter-share 0.35]\n' +
  '       tsx scripts/corpus/generate-corpus.ts --format handbook --out DIR --pages M [--seed S] [--templates DIR] [--no-gzip]';

function main(): number {
  // Every option either format takes; the format picks which apply.
  const args = parseOptions(CliArgs, USAGE, { ...TextArgs.shape, ...HandbookArgs.shape });
  const started = process.hrtime.bigint();
  let description: string;
  if (args.format === 'handbook') {
    const manifest = generateHandbookCorpus({ outDir: path.resolve(args.out), seed: args.seed, pages: args.pages, templatesDir: path.resolve(args.templates), gzip: !args['no-gzip'] });
    description = describeHandbookCorpus(manifest);
  } else {
    const manifest = generateCorpus({
      outDir: path.resolve(args.out),
      seed: args.seed,
      occupations: args.occupations,
      pages: args.pages,
      articleShare: args['article-share'],
      frontMatterShare: args['front-matter-share'],
    });
    description = describeCorpus(manifest);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`generate-corpus: ${description}; ${seconds.toFixed(2)} s → ${args.out}`);
  return 0;
}

runIfMain(import.meta.url, 'generate-corpus', main);
