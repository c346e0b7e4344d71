/**
 * Footnote marks after a fact: one per page that states it, numbered as the
 * Sources list numbers the pages, each naming the file and its lines.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SourceMarks } from '@/components/facts/source-marks';
import { SourceNumbering } from '@/lib/compare/source-numbering';
import { SEED_FILES } from '../helpers/seeds';
import { seedProfile } from '../helpers/seed-profiles';

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

  it('link each page that states the average salary, naming its three lines', () => {
    const html = renderToStaticMarkup(<SourceMarks sources={css.facts.averageSalary?.sources ?? []} numbering={numbering} />);
    expect([...html.matchAll(/<a href="#source-(\d)" aria-label="Source \d" title="([^"]+)">\[\d\]<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['2', `${SEED_FILES.orderVsCustomerService}, lines 7, 10, 22`],
      ['3', `${SEED_FILES.leadVsCustomerService}, lines 7, 10, 22`],
      ['4', `${SEED_FILES.collectionsVsCustomerService}, lines 7, 10, 22`],
    ]);
  });

  it('say "line" for a fact stated once on a page', () => {
    const html = renderToStaticMarkup(<SourceMarks sources={processor.facts.outlook?.sources ?? []} numbering={numbering} />);
    expect(html).toMatch(new RegExp(`title="${SEED_FILES.orderProcessorArticle.replace('.', '\\.')}, line \\d+"`));
  });
});
