/**
 * Every "Not reported" path of the comparison and occupation views: a
 * missing fact reads "Not reported", never blank, 0, NaN, undefined or null.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '@/components/compare/comparison-view';
import { OccupationView } from '@/components/occupations/occupation-view';
import type { SimilarLinks } from '@/lib/compare/similar-links';
import { expectNoJunk, visibleText } from '../helpers/rendered-text';
import type { Profile } from '@/lib/profile-schema';
import { emptyProfile, seedProfile } from '../helpers/seed-profiles';

const NO_SIMILAR: SimilarLinks = new Map();

describe('a comparison with nothing reported', () => {
  const html = renderToStaticMarkup(<ComparisonView profiles={[emptyProfile('alpha', 'Alpha'), emptyProfile('beta', 'Beta')]} similar={NO_SIMILAR} />);
  const visible = visibleText(html);

  it('leaves out rows no one reports, names each once on the page, and shows no junk', () => {
    expectNoJunk(visible);
    // No table row at all: a row of "Not reported" twice says nothing the line below the table does not.
    expect(html).not.toContain('<th scope="row"');
    // Each table's line names its own rows; the key figures' names only those no section below shows.
    const lines = visible.split('\n').filter((l) => /^Neither (?:occupation|source) reports: /.test(l));
    const named = lines.flatMap((l) => l.replace(/^Neither (?:occupation|source) reports: /, '').replace(/\.$/, '').toLowerCase().split(', '));
    expect(named.filter((label, i) => named.indexOf(label) !== i), 'named twice').toEqual([]);
    for (const label of [
      'median pay', 'average salary', 'hourly rate', 'job growth', 'number of jobs', 'outlook', 'time to become', 'years of experience',
      'job satisfaction', 'salary range', 'median salary', 'top 10% earn', 'highest paying city', 'best paying industry',
      'typical entry education', 'most common degree', 'most common major', 'most common college', 'gender', 'average age', 'lgbt share',
      'race and ethnicity', 'projected job growth', 'openings each year', 'soc code',
    ]) {
      expect(named, label).toContain(label);
    }
    // In the middle of a sentence a label loses its capital, an acronym keeps its capitals.
    expect(visible).toContain('Neither occupation reports: gender, average age, LGBT share.');
    expect(visible).toMatch(/Neither occupation reports: [^\n]*, SOC code\./);
    // One line per table: key figures, pay, education, jobs and outlook, demographics (and race).
    expect(lines).toHaveLength(6);
    // Each side's skills, description, duties, work environment and advancement still say so in their column.
    expect(visible.match(/Not reported/g)?.length).toBe(2 + 4 * 2);
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
    const html = renderToStaticMarkup(<ComparisonView profiles={[ops, seedProfile('customer-service-specialist')]} similar={NO_SIMILAR} />);
    expect(html).toMatch(/<th scope="row" aria-label="Job growth, comparison pages, period not stated">Job growth<span class="row-note">comparison pages, period not stated<\/span><\/th><td><span class="not-reported">Not reported<\/span><sup class="source-marks"><a href="#source-1"/);
    expectNoJunk(visibleText(html));
  });
});

describe('a side with only some facts', () => {
  it('shows what is known, "Not reported" for the rest, and never compares an average with a median', () => {
    const partial: Profile = { ...emptyProfile('gamma', 'Gamma'), facts: { averageSalary: { value: 50000, sources: [{ file: 'gamma.txt', lines: [3] }] } } };
    const html = renderToStaticMarkup(<ComparisonView profiles={[partial, seedProfile('order-processor')]} similar={NO_SIMILAR} />);
    const visible = visibleText(html);
    expectNoJunk(visible);
    expect(visible).toContain('$50,000');
    expect(visible).toContain(
      "Gamma's average salary is $50,000 a year (comparison pages) and Order Processor's median salary is $41,475 a year (career guide): a median and an average are different measures, so they are not compared.",
    );
    expect(html).toMatch(/<th scope="row" aria-label="Median salary, career guide">Median salary<span class="row-note">career guide<\/span><\/th><td><span class="not-reported">Not reported<\/span><\/td><td>\$41,475 \(\$19\.94\/hour\)/);
  });
});

describe('the occupation page', () => {
  it('renders a profile with nothing reported without junk', () => {
    const visible = visibleText(renderToStaticMarkup(<OccupationView profile={emptyProfile('alpha', 'Alpha')} related={[]} compareWith={{ others: [], page: 1, pageCount: 1 }} similar={NO_SIMILAR} />));
    expectNoJunk(visible);
    expect(visible).toContain('Not reported');
  });
});
