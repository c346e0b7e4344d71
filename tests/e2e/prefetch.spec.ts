/**
 * Long link lists are not prefetched. next/link fetches every link that
 * scrolls into view; on an occupation page that would be every pair listed
 * (up to 200 a page, most of them rendered on their first request), and on
 * the directory every occupation. A click still navigates in place.
 */
import { expect, test, type Page } from '@playwright/test';

/** Route data fetched in the background (next/link prefetches), by path. */
function recordPrefetches(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has('_rsc')) paths.push(url.pathname);
  });
  return paths;
}

async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // Prefetches start when links enter the viewport, on an idle callback: give them time to start.
  await page.waitForTimeout(1_000);
  await page.waitForLoadState('networkidle');
}

test('an occupation page prefetches none of the comparisons it lists, and a click still opens one', async ({ page }) => {
  const prefetched = recordPrefetches(page);
  await page.goto('/occupations/order-processor', { waitUntil: 'networkidle' });
  const compareLinks = page.locator('#compare .compare-links').getByRole('link');
  await expect(compareLinks).toHaveCount(200);
  await scrollToEnd(page);
  expect(prefetched.filter((p) => p.startsWith('/compare/'))).toEqual([]);

  await compareLinks.filter({ hasText: 'Order Processor vs Customer Service Specialist' }).click();
  await expect(page).toHaveURL(/\/compare\/order-processor-vs-customer-service-specialist$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Order Processor vs Customer Service Specialist');
});

test('the occupation directory prefetches none of the occupations it lists', async ({ page }) => {
  const prefetched = recordPrefetches(page);
  await page.goto('/occupations', { waitUntil: 'networkidle' });
  await scrollToEnd(page);
  expect(prefetched.filter((p) => p.startsWith('/occupations/'))).toEqual([]);
  await page.getByRole('link', { name: 'Order Processor', exact: true }).click();
  await expect(page).toHaveURL(/\/occupations\/order-processor$/);
});
