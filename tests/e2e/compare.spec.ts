/**
 * Comparison pages in Chromium against the production build: real values
 * from the seed pages and the Occupational Outlook Handbook pages, both
 * orders, pairs no page compared, several at once, with JavaScript on and off.
 */
import { expect, test, type Page } from '@playwright/test';
import { screenshotTests } from '../helpers/page-screenshots';

const PAIR = '/compare/order-processing-specialist-vs-customer-service-specialist';

/** A row's label, then what it measures and where from: "Average salary, comparison pages". */
function rowName(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(?:,|$)`);
}

async function figure(page: Page, table: string, label: string): Promise<string[]> {
  const row = page.getByRole('region', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: rowName(label) }) });
  return (await row.getByRole('cell').allInnerTexts()).map((t) => t.replace(/\[\d+(?:–\d+)?\]/g, '').trim());
}

function keyFigure(page: Page, label: string): Promise<string[]> {
  return figure(page, 'Key figures', label);
}

test('a scraped pair shows both sides with the values their pages give', async ({ page }) => {
  const response = await page.goto(PAIR);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Order Processing Specialist vs Customer Service Specialist');
  await expect(page.getByRole('columnheader').first()).toHaveText('Order Processing Specialist');
  expect(await keyFigure(page, 'Average salary')).toEqual(['$37,540', '$33,238']);
  expect(await keyFigure(page, 'Hourly rate')).toEqual(['$18.05/hour', '$15.98/hour']);
  expect(await keyFigure(page, 'Job growth')).toEqual(['Not reported', '-4%']);
  expect(await keyFigure(page, 'Number of jobs')).toEqual(['46,043', '223,323']);
  expect(await keyFigure(page, 'Time to become')).toEqual(['1–2 years', '6–12 months']);
  await expect(page.locator('.summary-pay')).toHaveText(
    'Pay Order Processing Specialist earns more: $37,540 a year (average salary), $4,302 (12.9%) more than Customer Service Specialist at $33,238.',
  );
  // Skills: the shared one is marked, then each side's own.
  await expect(page.locator('.shared-skills .skill')).toHaveText(['Customer serviceShared']);
  // Charts carry their values for screen readers.
  await expect(page.getByRole('img', { name: 'Order Processing Specialist: average $37,540 (comparison pages), salary range $26,000 to $52,000' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Male 29.7%, Female 70.3%' })).toBeVisible();
  // Provenance: a footnote leads to the source page.
  await expect(page.locator('#source-1')).toContainText('000_1c0495f03abb65e3.txt');
});

test('the reversed URL shows the sides in the order asked for', async ({ page }) => {
  await page.goto('/compare/customer-service-specialist-vs-order-processing-specialist');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer Service Specialist vs Order Processing Specialist');
  expect(await keyFigure(page, 'Average salary')).toEqual(['$33,238', '$37,540']);
  await page.getByRole('link', { name: 'Swap sides' }).click();
  await expect(page).toHaveURL(new RegExp(`${PAIR}$`));
});

test('a pair no scraped page compared renders from the profiles alone', async ({ page }) => {
  const response = await page.goto('/compare/customer-relations-specialist-vs-collections-customer-service');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer Relations Specialist vs Collections, Customer Service');
  expect(await keyFigure(page, 'Average salary')).toEqual(['$37,827', '$32,870']);
  expect(await keyFigure(page, 'Job growth')).toEqual(['-4%', '-8%']);
  // An article-only occupation against a comparison-page one: median where that is what is known.
  await page.goto('/compare/order-processor-vs-customer-service-specialist');
  expect(await figure(page, 'Pay', 'Median salary')).toEqual(['$41,475 ($19.94/hour)', 'Not reported']);
  // A median and an average are not compared: each is shown with its measure.
  await expect(page.locator('.summary-pay')).toHaveText(
    "Pay Order Processor's median salary is $41,475 a year (career guide) and Customer Service Specialist's average salary is $33,238 a year (comparison pages): a median and an average are different measures, so they are not compared.",
  );
  await expect(page.locator('#the-work')).toContainText('Review and verify customer orders for accuracy');
});

test('up to four occupations at once, a column each', async ({ page }) => {
  const response = await page.goto('/compare?o=order-processor&o=customer-service-specialist&o=collections-customer-service&o=lead-customer-service-representative');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Order Processor vs Customer Service Specialist vs Collections, Customer Service vs Lead Customer Service Representative',
  );
  expect(await keyFigure(page, 'Average salary')).toEqual(['Not reported', '$33,238', '$32,870', '$36,097']);
  // Three or four: the answers as rankings, like with like, with who could not be ranked and why.
  const pay = page.locator('.ranking-pay');
  await expect(pay.getByRole('listitem')).toHaveText(['Lead Customer Service Representative $36,097 a year', 'Customer Service Specialist $33,238 a year', 'Collections, Customer Service $32,870 a year']);
  await expect(pay).toContainText('Not ranked: Order Processor (median salary $41,475 a year: a different measure).');
});

test.describe('not found is helpful, never a 500', () => {
  const cases: [string, RegExp | undefined][] = [
    ['/compare/customer-service-specialist-vs-customer-service-specialist', /compared with itself/],
    ['/compare/order-procesing-specialist-vs-customer-service-specialist', /Order Processing Specialist vs Customer Service Specialist/],
    ['/occupations/customer-servise-specialist', /Customer Service Specialist/],
    ['/compare/just-one-occupation', undefined],
    ['/compare/%E0%A4%A', undefined],
    ['/compare?o=order-processor', /between 2 and 4/],
    ['/compare?o=order-processor&o=order-processor', /listed twice/],
    ['/compare/order-processor-vs-customer-service-specialist/extra', undefined],
  ];
  for (const [path, hint] of cases) {
    test(path, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
      if (hint) await expect(page.getByRole('main')).toContainText(hint);
      await expect(page.getByRole('link', { name: 'Pick two occupations to compare' })).toBeVisible();
    });
  }

  test('"did you mean" links lead to the right comparison', async ({ page }) => {
    await page.goto('/compare/order-procesing-specialist-vs-customer-service-specialist');
    await page.getByRole('link', { name: 'Order Processing Specialist vs Customer Service Specialist' }).click();
    await expect(page).toHaveURL(new RegExp(`${PAIR}$`));
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  // Each used to arrive as an empty shell whose 404 content only JavaScript could show.
  for (const path of [
    '/compare/made-up-occupation-vs-customer-service-specialist',
    '/compare/customer-service-specialist-vs-customer-service-specialist',
    '/occupations/made-up-occupation',
    '/occupations/order-processor/compare/99',
    '/compare?o=order-processor',
  ]) {
    test(`the 404 page is complete: ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      expect(response?.headers()['x-robots-tag']).toBe('noindex');
      expect(response?.headers()['cache-control']).toBe('public, max-age=300');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
      await expect(page.getByRole('link', { name: 'Pick two occupations to compare' })).toBeVisible();
      // Next.js writes one for the 404 boundary and one from the page's metadata; both say noindex.
      const robots = await page.locator('meta[name="robots"]').evaluateAll((tags) => tags.map((t) => t.getAttribute('content')));
      expect(new Set(robots)).toEqual(new Set(['noindex']));
    });
  }

  test('the pair page is complete', async ({ page }) => {
    await page.goto(PAIR);
    expect(await keyFigure(page, 'Average salary')).toEqual(['$37,540', '$33,238']);
    await expect(page.getByRole('img', { name: 'Male 32%, Female 68%' })).toBeVisible();
  });
});

test('occupation page: the full profile and a link to compare with each other occupation', async ({ page }) => {
  await page.goto('/occupations/order-processor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Order Processor');
  await expect(page.locator('#the-work')).toContainText('Perform end-of-day reconciliation tasks');
  await expect(page.locator('#skills')).toContainText('Quality Control Checks');
  // 287 others, 200 a page: the first page, then a link to the second.
  const compare = page.locator('#compare');
  await expect(compare.locator('.compare-links').getByRole('link')).toHaveCount(200);
  await expect(compare.getByRole('navigation').getByRole('link', { name: '2' })).toBeVisible();
  await compare.getByRole('link', { name: 'Order Processor vs Customer Relations Specialist' }).click();
  await expect(page).toHaveURL(/\/compare\/order-processor-vs-customer-relations-specialist$/);
});

test.describe('Occupational Outlook Handbook occupations', () => {
  const HANDBOOK_PAIR = '/compare/actuaries-vs-financial-analysts';

  test('two Handbook occupations: medians compared with medians, every Handbook section shown', async ({ page }) => {
    expect((await page.goto(HANDBOOK_PAIR))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actuaries vs Financial Analysts');
    await expect(page.locator('.summary-pay')).toHaveText('Pay Actuaries earn more: $125,770 a year (median pay, 2024), $23,860 (23.4%) more than Financial Analysts at $101,910.');
    expect(await keyFigure(page, 'Median pay')).toEqual(['$125,770 a year · $60.47/hour (2024)', '$101,910 a year · $48.99/hour (2024)']);
    expect(await keyFigure(page, 'Projected job growth')).toEqual(['+22% (much faster than average), 2024–34', '+6% (faster than average), 2024–34']);
    expect(await figure(page, 'Pay', 'Lowest and highest 10% earn')).toEqual(['less than $75,240 · more than $206,430', 'Not reported']);
    expect(await figure(page, 'Education and training', 'Typical entry education')).toEqual(["Bachelor's degree", "Bachelor's degree"]);
    expect(await figure(page, 'Jobs and outlook', 'SOC code')).toEqual(['15-2011', 'Not reported']);
    // The chart draws medians, not averages, and says so for screen readers.
    await expect(page.getByRole('img', { name: 'Actuaries: median $125,770 (2024), 10th to 90th percentile $75,240 to $206,430' })).toBeVisible();
    await expect(page.locator('.shared-skills')).toContainText('Analytical skills');
    // The Handbook's similar occupations link to comparisons.
    // One the site has no page for links to the Handbook.
    await expect(page.locator('#similar').getByRole('link', { name: 'Accountants and Auditors', exact: true })).toHaveAttribute('href', 'https://www.bls.gov/ooh/business-and-financial/accountants-and-auditors.htm');
    await page.locator('#similar').getByRole('link', { name: 'Actuaries vs Budget Analysts' }).click();
    await expect(page).toHaveURL(/\/compare\/actuaries-vs-budget-analysts$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actuaries vs Budget Analysts');
  });

  test('a Handbook occupation beside a comparison site occupation: each figure with its measure, none compared', async ({ page }) => {
    expect((await page.goto('/compare/customer-service-representatives-vs-customer-service-specialist'))?.status()).toBe(200);
    await expect(page.locator('.summary-pay')).toContainText('a median and an average are different measures, so they are not compared');
    expect(await keyFigure(page, 'Median pay')).toEqual(['$42,830 a year · $20.59/hour (2024)', 'Not reported']);
    expect(await keyFigure(page, 'Average salary')).toEqual(['Not reported', '$33,238']);
    await expect(page.getByRole('rowheader', { name: 'Average salary, comparison pages' }).first()).toBeVisible();
    // The same skill from both sources is one shared skill.
    await expect(page.locator('.shared-skills .skill-name')).toContainText(['Customer-service skills']);
    await expect(page.locator('#sources-heading + ol')).toContainText('Occupational Outlook Handbook');
  });

  test('the occupation page of a Handbook occupation', async ({ page }) => {
    expect((await page.goto('/occupations/announcers-and-djs'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Announcers and DJs');
    expect(await keyFigure(page, 'Median pay')).toEqual(['$21.69/hour (2024)']);
    await expect(page.getByText("Announcers and DJs' pay is given only by the hour (median $21.69/hour), so it is not on this yearly scale.")).toBeVisible();
    await page.getByText('2 specialties').click();
    await expect(page.getByRole('rowheader', { name: /Disc jockeys, except radio/ })).toBeVisible();
    await expect(page.locator('#similar')).toContainText('Announcers and DJs vs');
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('a Handbook pair is complete, and its folded sections open', async ({ page }) => {
      await page.goto(HANDBOOK_PAIR);
      expect(await keyFigure(page, 'Median pay')).toEqual(['$125,770 a year · $60.47/hour (2024)', '$101,910 a year · $48.99/hour (2024)']);
      await page.locator('#the-work').getByText('More about the work').first().click();
      await expect(page.locator('#the-work')).toContainText('Actuaries use database software to compile information.');
    });
  });

  screenshotTests([
    ['handbook-pair', HANDBOOK_PAIR],
    ['mixed-pair', '/compare/customer-service-representatives-vs-customer-service-specialist'],
    ['handbook-occupation', '/occupations/dentists'],
  ]);
});

screenshotTests([['pair-page', PAIR]]);
