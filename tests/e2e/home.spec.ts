import { expect, test } from '@playwright/test';

test('the home page lists every ingested occupation by field, each with its pay and what the figure measures', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare careers side by side');
  const fields = page.getByRole('region', { name: 'Explore by field' });
  // Every occupation is under one field: the Handbook's groups, and the seed pages' six under "Other".
  // (Folded fields hide their lists from the accessibility tree: count the elements.)
  await expect(fields.locator('li')).toHaveCount(288);
  const math = fields.locator('details').filter({ has: page.locator('summary', { hasText: /^Math/ }) });
  await math.locator('summary').click();
  await expect(math.getByRole('listitem').filter({ hasText: 'Actuaries' })).toContainText('$125,770 a year (median, 2024)');
  const other = fields.locator('details').filter({ has: page.locator('summary', { hasText: /^Other occupations/ }) });
  await other.locator('summary').click();
  await expect(other.getByRole('listitem').filter({ hasText: 'Collections, Customer Service' })).toContainText('$32,870 a year (average)');
  // The article gives a median, not an average, and the list says so.
  await expect(other.getByRole('listitem').filter({ hasText: 'Order Processor' }).filter({ hasNotText: 'Specialist' })).toContainText('$41,475 a year (median)');
  await other.getByRole('link', { name: 'Order Processor', exact: true }).click();
  await expect(page).toHaveURL(/\/occupations\/order-processor$/);
});

test('comparisons to start with: the scraped pairs first, then similar occupations', async ({ page }) => {
  await page.goto('/');
  const start = page.getByRole('region', { name: 'Comparisons to start with' }).getByRole('link');
  await expect(start).toHaveCount(8);
  await expect(start.nth(0)).toHaveText('Collections, Customer Service vs Customer Service Specialist');
  await start.filter({ hasText: 'Order Processing Specialist vs Customer Service Specialist' }).click();
  await expect(page).toHaveURL(/\/compare\/order-processing-specialist-vs-customer-service-specialist$/);
});

test.describe('the compare form with JavaScript', () => {
  test('type-ahead matches case- and accent-insensitively, swaps, and lands on the comparison', async ({ page }) => {
    await page.goto('/');
    const first = page.getByRole('combobox', { name: 'First occupation' });
    await first.fill('CUSTÓMER REL');
    const options = page.getByRole('listbox', { name: 'First occupation: suggestions' }).getByRole('option');
    await expect(options).toHaveText(['Customer Relations Specialist']);
    await first.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await first.press('Enter');
    await expect(first).toHaveValue('Customer Relations Specialist');

    const second = page.getByRole('combobox', { name: 'Second occupation' });
    await second.fill('collections');
    await page.getByRole('option', { name: 'Collections, Customer Service' }).click();
    await expect(second).toHaveValue('Collections, Customer Service');

    await page.getByRole('button', { name: 'Swap sides' }).click();
    await expect(first).toHaveValue('Collections, Customer Service');
    await expect(second).toHaveValue('Customer Relations Specialist');
    await expect(page).toHaveURL(/\/$/);

    await page.getByRole('button', { name: 'Compare' }).click();
    // A pair no scraped page compared.
    await expect(page).toHaveURL(/\/compare\/collections-customer-service-vs-customer-relations-specialist$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Collections, Customer Service vs Customer Relations Specialist');
  });
});

test.describe('the compare form without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('typed titles land on the comparison', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'First occupation' }).fill('order processor');
    await page.getByRole('combobox', { name: 'Second occupation' }).fill('Lead Customer Service Representative');
    await page.getByRole('combobox', { name: 'Second occupation' }).press('Enter');
    await expect(page).toHaveURL(/\/compare\/order-processor-vs-lead-customer-service-representative$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Order Processor vs Lead Customer Service Representative');
  });

  test('Handbook titles land on their comparison, in the order typed', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'First occupation' }).fill('registered nurses');
    await page.getByRole('combobox', { name: 'Second occupation' }).fill('Dental Hygienists');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/\/compare\/registered-nurses-vs-dental-hygienists$/);
    await expect(page.locator('.summary-pay')).toContainText('(median pay, 2024)');
  });

  test('swap works as a form submission', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'First occupation' }).fill('Order Processor');
    await page.getByRole('combobox', { name: 'Second occupation' }).fill('astro');
    await page.getByRole('button', { name: 'Swap sides' }).click();
    await expect(page.getByRole('combobox', { name: 'First occupation' })).toHaveValue('astro');
    await expect(page.getByRole('combobox', { name: 'Second occupation' })).toHaveValue('Order Processor');
  });

  test('an unknown title or an occupation compared with itself asks again', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'First occupation' }).fill('Order Processor');
    await page.getByRole('combobox', { name: 'Second occupation' }).fill('astronaut');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/\/compare\/pick\?/);
    await expect(page.getByText('No occupation matches “astronaut”.')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Second occupation' })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('combobox', { name: 'First occupation' })).not.toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('combobox', { name: 'Second occupation' }).fill('order-processor');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByText('Choose a different occupation to compare Order Processor with.')).toBeVisible();
  });

  test('an ambiguous title offers the titles it matches, each one click from the comparison', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'First occupation' }).fill('customer service');
    await page.getByRole('combobox', { name: 'Second occupation' }).fill('Order Processor');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByText('More than one occupation matches “customer service”: choose one.')).toBeVisible();
    const choices = page.getByRole('list', { name: 'Matching occupations' }).getByRole('link');
    await expect(choices).toHaveText(['Customer Service Representatives', 'Customer Service Specialist', 'Collections, Customer Service', 'Lead Customer Service Representative']);
    await choices.filter({ hasText: 'Lead Customer Service Representative' }).click();
    await expect(page).toHaveURL(/\/compare\/lead-customer-service-representative-vs-order-processor$/);
  });
});
