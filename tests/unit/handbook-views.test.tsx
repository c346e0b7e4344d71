/**
 * What the comparison and occupation views show for real Occupational
 * Outlook Handbook profiles, alone and beside the comparison sites' seeds:
 * every figure with its measure, like compared with like, and no junk.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '@/components/compare/comparison-view';
import { OccupationView } from '@/components/occupations/occupation-view';
import type { SimilarLinks } from '@/lib/compare/similar-links';
import type { Pair } from '@/lib/compare/reported';
import { expectNoJunk, visibleText } from '../helpers/rendered-text';
import { writeSummary } from '@/lib/compare/summary';
import { occupationJsonLd } from '@/lib/seo/json-ld';
import { similarLinksFor } from '@/lib/compare/similar-links';
import { SimilarOccupationMatcher } from '@/lib/compare/similar-occupations';
import { handbookHtml, profileOf, profilesFrom } from '../helpers/handbook-profiles';

const NO_SIMILAR: SimilarLinks = new Map();

// The actuaries page with its Quick Facts median given only as a lower bound, as the Handbook
// writes it for the best-paid occupations ("This wage is equal to or greater than $239,200 per year").
const boundedActuaries = handbookHtml('actuaries')
  .replace('<link rel="canonical" href="https://www.bls.gov/ooh/math/actuaries.htm">', '<link rel="canonical" href="https://www.bls.gov/ooh/math/top-coded-actuaries.htm">')
  .replace(/Quick Facts:\s+Actuaries/, 'Quick Facts: Top-coded Actuaries')
  .replace(/\$125,770\s+per year\s+<br>\$60\.47\s+per hour/, 'This wage is equal to or greater than $239,200 per year.');

const profiles = profilesFrom(['actuaries', 'financial-analysts', 'dentists', 'announcers', 'customer-service-representatives', 'court-reporters'], {
  'top-coded-actuaries.html': boundedActuaries,
});
const get = (slug: string) => profileOf(profiles, slug);
const matcher = new SimilarOccupationMatcher(profiles.values());

describe('two Handbook occupations', () => {
  const pair: Pair = [get('actuaries'), get('financial-analysts')];
  const html = renderToStaticMarkup(<ComparisonView profiles={pair} similar={similarLinksFor(pair, matcher)} />);
  const visible = visibleText(html);

  it('compare medians with medians, of the same year, in the summary', () => {
    expect(writeSummary(pair).map((l) => `${l.topic}: ${l.text}`)).toEqual([
      'pay: Actuaries earn more: $125,770 a year (median pay, 2024), $23,860 (23.4%) more than Financial Analysts at $101,910.',
      'demand: Actuaries have the faster projected job growth: +22% (projected 2024–34), against Financial Analysts +6%. Financial Analysts have more jobs in 2024: 429,000, against 33,600 for Actuaries (12.8 times as many). Financial Analysts have more openings a year: about 29,900, against 2,400 for Actuaries (12.5 times as many).',
      "getting-in: Actuaries and Financial Analysts typically need the same education to enter: a bachelor's degree. Only Actuaries ask for on-the-job training (long-term).",
      'skills: 4 skills are needed in both: analytical skills, communication skills, computer skills and math skills.',
    ]);
  });

  it('label each figure with its measure and source, and show the Handbook facts', () => {
    expectNoJunk(visible);
    expect(html).toContain('<th scope="row" aria-label="Median pay, Occupational Outlook Handbook">Median pay<span class="row-note">Occupational Outlook Handbook</span></th><td>$125,770 a year · $60.47/hour (2024)');
    expect(visible).toContain('less than $75,240 · more than $206,430');
    expect(visible).toContain('$104,620 a year (Mathematical science occupations)');
    expect(visible).toContain('Finance and insurance');
    expect(visible).toContain('Analytical skills');
    // No comparison-site average on these pages: no average salary row, no average dot.
    expect(html).not.toMatch(/<th scope="row"[^>]*>Average salary/);
    expect(html).not.toContain('class="average"');
    expect(html).toContain('class="median"');
    expect(visible).toContain('Neither occupation reports: average salary');
  });

  it('link the similar occupations the site has to comparisons with them, and the others to the Handbook', () => {
    // Actuaries lists Financial Analysts as similar; Accountants and Auditors is not among these profiles.
    expect(html).toContain('href="/compare/actuaries-vs-financial-analysts"');
    expect(html).toContain('<a href="https://www.bls.gov/ooh/business-and-financial/accountants-and-auditors.htm" rel="nofollow noopener">Accountants and Auditors</a>');
  });
});

describe('a figure shown both at a glance and in its section', () => {
  // Court reporters' outlook is "little or no change" in the Handbook.
  const pair = [get('actuaries'), get('court-reporters-and-simultaneous-captioners')];
  const html = renderToStaticMarkup(<ComparisonView profiles={pair} similar={NO_SIMILAR} />);
  /** Every row of the page's tables with this label: header (label and source note) and cells. */
  const rowsLabelled = (label: string) => [...html.matchAll(new RegExp(`<tr><th scope="row"[^>]*>${label}<.*?</tr>`, 'g'))].map((m) => m[0]);

  it.each(['Outlook', 'Openings each year', 'Jobs', 'Projected job growth'])('reads the same in both tables: %s', (label) => {
    const rows = rowsLabelled(label);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toBe(rows[0]);
  });

  it('says the Handbook\'s words for an outlook that neither grows nor declines', () => {
    expect(rowsLabelled('Outlook')[0]).toContain('Little or no change');
  });
});

describe('a Handbook median beside a comparison site average', () => {
  const pair: Pair = [get('customer-service-representatives'), get('customer-service-specialist')];
  const [salary] = writeSummary(pair);

  it('shows both figures with their measures and never compares them', () => {
    expect(salary?.text).toBe(
      "Customer Service Representatives' median pay is $42,830 a year (Occupational Outlook Handbook, 2024) and Customer Service Specialist's average salary is $33,238 a year (comparison pages): a median and an average are different measures, so they are not compared.",
    );
    const visible = visibleText(renderToStaticMarkup(<ComparisonView profiles={pair} similar={NO_SIMILAR} />));
    expectNoJunk(visible);
    expect(visible).not.toMatch(/earns? more/);
  });

  it('counts the same skill from both sources once, as shared', () => {
    const html = renderToStaticMarkup(<ComparisonView profiles={pair} similar={NO_SIMILAR} />);
    // "Customer-service skills" (Handbook) and "customer service" (comparison page).
    expect(html).toMatch(/<li class="skill shared"><span class="skill-name">Customer-service skills<\/span>/);
  });
});

describe('a median known only as a lower bound', () => {
  const pair: Pair = [get('top-coded-actuaries'), get('dentists')];

  it('is typed as a lower bound and shown as "≥", never as the median itself', () => {
    expect(get('top-coded-actuaries').facts.medianPay?.value).toEqual({ year: 2024, yearly: { amount: 239200, bound: 'at-least' } });
    const html = renderToStaticMarkup(<ComparisonView profiles={pair} similar={NO_SIMILAR} />);
    expect(visibleText(html)).toContain('≥ $239,200 a year (2024)');
    expect(html).toContain('class="median at-least"');
  });

  it('is compared as "at least"', () => {
    expect(writeSummary(pair)[0]?.text).toBe('Top-coded Actuaries earn more: at least $239,200 a year (median pay, 2024), at least $59,990 more than Dentists at $179,210.');
  });
});

describe('pay given only by the hour', () => {
  it('is compared by the hour, and said in words rather than drawn on the yearly scale', () => {
    const pair: Pair = [get('announcers-and-djs'), get('actuaries')];
    expect(writeSummary(pair)[0]?.text).toBe('Actuaries earn more: $60.47/hour (median pay, 2024), $38.78/hour (178.8%) more than Announcers and DJs at $21.69/hour.');
    const visible = visibleText(renderToStaticMarkup(<ComparisonView profiles={pair} similar={NO_SIMILAR} />));
    expect(visible).toContain("Announcers and DJs' pay is given only by the hour (median $21.69/hour), so it is not on this yearly scale.");
  });
});

describe('three or four at once', () => {
  it('mixes sources without junk', () => {
    const visible = visibleText(renderToStaticMarkup(<ComparisonView profiles={[get('dentists'), get('order-processor'), get('announcers-and-djs'), get('customer-service-specialist')]} similar={NO_SIMILAR} />));
    expectNoJunk(visible);
  });
});

describe('the occupation page of a Handbook occupation', () => {
  it('shows the way in, the jobs, the specialties and the similar occupations', () => {
    const announcers = get('announcers-and-djs');
    const visible = visibleText(renderToStaticMarkup(<OccupationView profile={announcers} related={[]} compareWith={{ others: [], page: 1, pageCount: 1 }} similar={similarLinksFor([announcers], matcher)} />));
    expectNoJunk(visible);
    expect(visible).toContain('How to become: Announcers and DJs');
    expect(visible).toContain('2 specialties');
    expect(visible).toContain('Disc jockeys, except radio');
    expect(visible).toContain('Similar occupations');
  });

  it('shows the largest employers of an occupation that has them', () => {
    const actuaries = get('actuaries');
    const visible = visibleText(renderToStaticMarkup(<OccupationView profile={actuaries} related={[]} compareWith={{ others: [], page: 1, pageCount: 1 }} similar={NO_SIMILAR} />));
    expect(visible).toContain('Largest employers');
    expect(visible).toMatch(/Finance and insurance\n78%/);
  });
});

describe('structured data of a Handbook occupation', () => {
  it('gives the median and percentiles as a distribution, the SOC code and the country; a lower bound is not a median', () => {
    const node = occupationJsonLd(get('actuaries'), 'https://example.com/occupations/actuaries');
    expect(node.estimatedSalary).toEqual([
      { '@type': 'MonetaryAmountDistribution', name: 'base', currency: 'USD', duration: 'P1Y', median: 125770, percentile10: 75240, percentile90: 206430 },
      { '@type': 'MonetaryAmountDistribution', name: 'base', currency: 'USD', duration: 'PT1H', median: 60.47 },
    ]);
    expect(node.occupationalCategory).toBe('15-2011');
    expect(node.occupationLocation).toEqual({ '@type': 'Country', name: 'United States' });
    expect(node.educationRequirements).toBe("Typical entry-level education: Bachelor's degree");
    const bounded = occupationJsonLd(get('top-coded-actuaries'), 'https://example.com/occupations/top-coded-actuaries');
    // Its wage sentence names "actuaries", not "Top-coded Actuaries", and states another median: its percentiles
    // are not this occupation's. With only a lower bound left, no figure is given at all.
    expect(bounded.estimatedSalary).toBeUndefined();
  });
});
