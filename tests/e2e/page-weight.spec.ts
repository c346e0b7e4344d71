/** Page-weight budgets for the pair page, the page search engines send people to. */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const PAIR = '/compare/order-processing-specialist-vs-customer-service-specialist';
const HTML_BUDGET = 30 * 1024;

test('pair page HTML is at most 30 KB gzipped', async ({ request }) => {
  const html = await (await request.get(PAIR)).body();
  const gzipped = gzipSync(html, { level: 9 }).length;
  test.info().annotations.push({ type: 'html', description: `${html.length} B raw, ${gzipped} B gzipped` });
  expect(gzipped).toBeLessThanOrEqual(HTML_BUDGET);
});

test('pair page fetches no data to show the comparison (and reports the JavaScript it loads)', async ({ page }) => {
  const scripts = new Map<string, number>();
  const dataRequests: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') {
      scripts.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
    }
  });
  page.on('request', (r) => {
    // Link prefetches (?_rsc=) prepare navigation; anything else would be data the page waits for.
    if ((r.resourceType() === 'fetch' || r.resourceType() === 'xhr') && !new URL(r.url()).searchParams.has('_rsc')) dataRequests.push(r.url());
  });
  await page.goto(PAIR, { waitUntil: 'networkidle' });
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  test.info().annotations.push({ type: 'js', description: `${scripts.size} scripts, ${total} B gzipped` });
  expect(dataRequests).toEqual([]);
  await expect(page.getByRole('heading', { name: 'At a glance' })).toBeVisible();
});
