/**
 * Property: no text, however broken, makes the ingest throw. Arbitrary
 * strings and bytes, and real pages cut, spliced and corrupted at random.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/ingest/build-corpus';
import { IngestReport } from '@/lib/ingest/report-schema';
import { readSeed, SEED_FILES } from '../helpers/seeds';
import { profileOf } from '../helpers/corpus-profiles';

const seeds = Object.values(SEED_FILES).map((f) => readSeed(f).toString('utf8'));

function ingestOne(content: string | Uint8Array) {
  const corpus = buildCorpus([{ file: 'page.txt', read: () => (typeof content === 'string' ? Buffer.from(content) : content) }]);
  // Whatever came in, the report is valid and accounts for the page.
  expect(IngestReport.safeParse(corpus.report).success).toBe(true);
  expect(corpus.report.summary.pagesRead).toBe(1);
}

/** Real page text, mangled: cut at random points, lines dropped or duplicated, junk spliced in. */
const mangledSeed = fc
  .record({
    seed: fc.constantFrom(...seeds),
    cuts: fc.array(fc.tuple(fc.nat(), fc.nat(40)), { maxLength: 6 }),
    junk: fc.array(fc.tuple(fc.nat(), fc.oneof(fc.string(), fc.constantFrom('|', '| |', '||||', '-', '$', '%', ',', '\n', '---\n', ' and a ', '•', 'What Does a  Do?'))), { maxLength: 6 }),
  })
  .map(({ seed, cuts, junk }) => {
    let text = seed;
    for (const [at, len] of cuts) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + text.slice(i + len);
    }
    for (const [at, piece] of junk) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    return text;
  });

describe('the ingest never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), ingestOne), { numRuns: 300, seed: 20261124 });
  });

  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), ingestOne), { numRuns: 200, seed: 20261124 });
  });

  it('on real pages cut, spliced and corrupted', () => {
    fc.assert(fc.property(mangledSeed, ingestOne), { numRuns: 400, seed: 20261124 });
  });

  it('on pipe tables with arbitrary cells', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('-', '$1,000', '12%', 'Male, 1% Female, 2%', 'Between $1 And $0'));
    const table = fc
      .array(fc.array(cell, { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 8 })
      .map((rows) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n'));
    fc.assert(fc.property(table, ingestOne), { numRuns: 300, seed: 20261124 });
  });

  it('on numbers outside what the schema allows: such a value is kept aside, never a fact', () => {
    const page = readSeed(SEED_FILES.orderVsCustomerService).toString('utf8');
    const row = '| Job satisfaction | - | 4 |';
    expect(page).toContain(row);
    // Job satisfaction is a rating out of 5; the parser reads any unsigned number.
    const rating = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 0, max: 10_000, noNaN: true }).map((n) => Math.round(n * 100) / 100));
    fc.assert(
      fc.property(rating, rating, (a, b) => {
        const corpus = buildCorpus([{ file: 'a.txt', read: () => Buffer.from(page.replace(row, `| Job satisfaction | ${a} | ${b} |`)) }]);
        for (const [slug, n] of [['order-processing-specialist', a], ['customer-service-specialist', b]] as const) {
          const profile = profileOf(corpus, slug);
          if (n <= 5) {
            expect(profile.facts.jobSatisfaction?.value).toBe(n);
          } else {
            expect(profile.facts.jobSatisfaction).toBeUndefined();
            expect(profile.unrecognised).toContainEqual({ label: 'jobSatisfaction', text: String(n), source: { file: 'a.txt', line: 14 } });
          }
        }
      }),
      { numRuns: 200, seed: 20261124 },
    );
  });
});
