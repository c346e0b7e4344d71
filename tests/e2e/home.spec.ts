import { expect, test } from '@playwright/test';

test('the home page lists every ingested occupation by its header title', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare careers side by side');
  const items = page.getByRole('region', { name: 'All occupations' }).getByRole('listitem');
  await expect(items).toHaveCount(6);
  await expect(items.first()).toContainText('Collections, Customer Service');
  await expect(items.first()).toContainText('$32,870 a year');
  await expect(page.getByText('Order Processor', { exact: true })).toBeVisible();
  // The article gives a median, not an average, and the list says so.
  await expect(items.filter({ hasText: 'Order Processor' }).filter({ hasNotText: 'Specialist' })).toContainText('$41,475 a year (median)');
});
