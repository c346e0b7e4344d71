/**
 * Comparison pages in Chromium against the production build: real values
 * from the seed pages, both orders, pairs no page compared, several at once.
 */
import { expect, test, type Page } from '@playwright/test';

const PAIR = '/compare/order-processing-specialist-vs-customer-service-specialist';

async function keyFigure(page: Page, label: string): Promise<string[]> {
  const row = page.getByRole('region', { name: 'Key figures' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  return (await row.getByRole('cell').allInnerTexts()).map((t) => t.replace(/\[\d+(?:–\d+)?\]/g, '').trim());
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
  await expect(page.locator('.summary-salary')).toHaveText(
    'Order Processing Specialist earns more: $37,540 a year (average salary), $4,302 (12.9%) more than Customer Service Specialist at $33,238.',
  );
  // Skills: the shared one is marked, then each side's own.
  await expect(page.locator('.shared-skills .skill')).toHaveText(['Customer serviceShared']);
  // Charts carry their values for screen readers.
  await expect(page.getByRole('img', { name: 'Order Processing Specialist: salary range $26,000 to $52,000, average $37,540' })).toBeVisible();
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
  await expect(page.getByRole('region', { name: 'Salary' }).getByRole('row').filter({ hasText: 'Median salary' })).toContainText('$41,475 ($19.94/hour)');
  await expect(page.locator('#the-work')).toContainText('Review and verify customer orders for accuracy');
});

test('up to four occupations at once, a column each', async ({ page }) => {
  const response = await page.goto('/compare?o=order-processor&o=customer-service-specialist&o=collections-customer-service&o=lead-customer-service-representative');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Order Processor vs Customer Service Specialist vs Collections, Customer Service vs Lead Customer Service Representative',
  );
  expect(await keyFigure(page, 'Average salary')).toEqual(['Not reported', '$33,238', '$32,870', '$36,097']);
  await expect(page.locator('.summary-salary')).toContainText('Lead Customer Service Representative earns the most');
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
  const links = page.locator('#compare').getByRole('link');
  await expect(links).toHaveCount(5);
  await links.filter({ hasText: 'Order Processor vs Customer Relations Specialist' }).click();
  await expect(page).toHaveURL(/\/compare\/order-processor-vs-customer-relations-specialist$/);
});

for (const width of [375, 1280]) {
  test(`pair page screenshot at ${width}px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(PAIR);
    // Nothing spills sideways at this width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath(`pair-${width}.png`), fullPage: true });
    await testInfo.attach(`pair-${width}`, { path: testInfo.outputPath(`pair-${width}.png`), contentType: 'image/png' });
  });
}
