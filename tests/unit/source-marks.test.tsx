/**
 * Footnote marks after a fact: one per page that states it, numbered as the
 * Sources list numbers the pages, each naming the file and its lines; three
 * or more consecutive pages read as one range.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SourceMarks } from '@/components/facts/source-marks';
import { SourceNumbering } from '@/lib/compare/source-numbering';
import type { FactSource } from '@/lib/profile-schema';
import { SEED_FILES } from '../helpers/seeds';
import { seedProfile } from '../helpers/seed-profiles';

/** [href, accessible name, title, text] of each mark. */
function marks(sources: readonly FactSource[], numbering: SourceNumbering): string[][] {
  const html = renderToStaticMarkup(<SourceMarks sources={sources} numbering={numbering} />);
  return [...html.matchAll(/<a href="([^"]+)" aria-label="([^"]+)" title="([^"]+)">([^<]+)<\/a>/g)].map((m) => m.slice(1));
}

describe('source marks', () => {
  const css = seedProfile('customer-service-specialist');
  const processor = seedProfile('order-processor');
  const numbering = new SourceNumbering([processor, css]);

  it('number the pages as the Sources list does, the other profile’s pages first', () => {
    expect(numbering.sources.map((s) => [s.number, s.file])).toEqual([
      [1, SEED_FILES.orderProcessorArticle],
      [2, SEED_FILES.orderVsCustomerService],
      [3, SEED_FILES.leadVsCustomerService],
      [4, SEED_FILES.collectionsVsCustomerService],
    ]);
  });

  it('cite three consecutive pages as one range, to the first, naming each file and its lines', () => {
    expect(marks(css.facts.averageSalary?.sources ?? [], numbering)).toEqual([
      [
        '#source-2',
        'Sources 2 to 4',
        `${SEED_FILES.orderVsCustomerService}, lines 7, 10, 22; ${SEED_FILES.leadVsCustomerService}, lines 7, 10, 22; ${SEED_FILES.collectionsVsCustomerService}, lines 7, 10, 22`,
        '[2–4]',
      ],
    ]);
  });

  it('cite one or two pages, and pages apart, one by one; "line" for a fact stated once', () => {
    const page = (n: number, line: number): FactSource => ({ file: numbering.sources[n - 1]?.file ?? '', lines: [line] });
    expect(marks([page(1, 5), page(2, 7)], numbering).map(([href, name, title, text]) => [href, name, title?.split(',')[1], text])).toEqual([
      ['#source-1', 'Source 1', ' line 5', '[1]'],
      ['#source-2', 'Source 2', ' line 7', '[2]'],
    ]);
    expect(marks([page(1, 5), page(3, 7), page(4, 9)], numbering).map(([, , , text]) => text)).toEqual(['[1]', '[3]', '[4]']);
    expect(marks([page(1, 5), page(2, 7), page(3, 9), page(4, 9)], numbering).map(([, , , text]) => text)).toEqual(['[1–4]']);
  });
});
