/**
 * Every "Not reported" path of the comparison and occupation views: a
 * missing fact reads "Not reported", never blank, 0, NaN, undefined or null.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '@/components/compare/comparison-view';
import { OccupationView } from '@/components/occupations/occupation-view';
import type { Profile } from '@/lib/profile-schema';
import { emptyProfile, seedProfile } from '../helpers/seed-profiles';

/** Visible text of rendered markup, one cell per line. */
function text(html: string): string {
  return html
    .replace(/<svg class="axis"[\s\S]*?<\/svg>/g, '') // the chart axis starts at $0 by design
    .replace(/<(?:\/(?:td|th|li|p|h\d|dt|dd|div)|br)[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'");
}

function expectNoJunk(visible: string) {
  expect(visible).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\$0\b|\bInfinity\b/);
}

describe('a comparison with nothing reported', () => {
  const html = renderToStaticMarkup(<ComparisonView profiles={[emptyProfile('alpha', 'Alpha'), emptyProfile('beta', 'Beta')]} />);
  const visible = text(html);

  it('says "Not reported" for every fact of both sides and shows no junk', () => {
    expectNoJunk(visible);
    const rows = [
      'Average salary', 'Hourly rate', 'Job growth', 'Number of jobs', 'Outlook', 'Time to become', 'Years of experience',
      'Job satisfaction', 'Salary range', 'Median salary', 'Top 10% earn', 'Highest paying city', 'Highest paying state',
      'Best paying company', 'Best paying industry', 'Most common degree', 'Most common major', 'Most common college',
      'Gender', 'Average age', 'LGBT share',
    ];
    for (const label of rows) {
      expect(html, label).toMatch(new RegExp(`<th scope="row">${label}</th><td><span class="not-reported">Not reported</span></td><td><span class="not-reported">Not reported</span></td>`));
    }
    // Table rows (average salary, hourly rate and years of experience appear in two tables each),
    // race and ethnicity, each side's skills, and each side's description, duties, outlook, work environment and advancement.
    expect(visible.match(/Not reported/g)?.length).toBe((rows.length + 3) * 2 + 1 + 2 + 5 * 2);
  });

  it('draws no chart from missing figures', () => {
    expect(html).not.toContain('salary-chart');
    expect(html).not.toContain('split-bar');
  });
});

describe('a fact the pages gave as "-"', () => {
  it('reads "Not reported" with its source, never 0', () => {
    const ops = seedProfile('order-processing-specialist');
    expect(ops.facts.growthRate?.value).toBeNull();
    const html = renderToStaticMarkup(<ComparisonView profiles={[ops, seedProfile('customer-service-specialist')]} />);
    expect(html).toMatch(/<th scope="row">Job growth<\/th><td><span class="not-reported">Not reported<\/span><sup class="source-marks"><a href="#source-1"/);
    expectNoJunk(text(html));
  });
});

describe('a side with only some facts', () => {
  it('shows what is known and "Not reported" for the rest', () => {
    const partial: Profile = { ...emptyProfile('gamma', 'Gamma'), facts: { averageSalary: { value: 50000, sources: [{ file: 'gamma.txt', lines: [3] }] } } };
    const html = renderToStaticMarkup(<ComparisonView profiles={[partial, seedProfile('order-processor')]} />);
    const visible = text(html);
    expectNoJunk(visible);
    expect(visible).toContain('$50,000');
    expect(visible).toContain('Average salary is reported only for Gamma ($50,000); not reported for Order Processor.');
    expect(html).toMatch(/<th scope="row">Median salary<\/th><td><span class="not-reported">Not reported<\/span><\/td><td>\$41,475 \(\$19\.94\/hour\)/);
  });
});

describe('the occupation page', () => {
  it('renders a profile with nothing reported without junk', () => {
    const visible = text(renderToStaticMarkup(<OccupationView profile={emptyProfile('alpha', 'Alpha')} related={[]} compareWith={{ others: [], page: 1, pageCount: 1 }} />));
    expectNoJunk(visible);
    expect(visible).toContain('Not reported');
  });
});
