/** Page-weight budgets for the pair page, the page search engines send people to. */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const PAIR = '/compare/order-processing-specialist-vs-customer-service-specialist';
const HTML_BUDGET = 30 * 1024;
/**
 * Every script the pair page loads, each gzipped at level 9, summed. Measured
 * 136,720 B with Next.js 16.4.6 (Turbopack); 140,954 B while the site header,
 * the 404 boundary and the pair page used next/link. The issue asks for 120 KB,
 * but the chunks every App Router page loads come to 135,368 B before any of
 * this site's code (1,352 B: the share button and the 404 suggestions): React
 * DOM with the router's root 71,586 B, the App Router runtime with React's
 * Flight client 46,314 B, and 17,468 B of smaller framework chunks. This
 * budget guards what is left; docs/benchmarks.md lists the scripts.
 */
const JS_BUDGET = 135 * 1024;

test('pair page HTML is at most 30 KB gzipped', async ({ request }) => {
  const html = await (await request.get(PAIR)).body();
  const gzipped = gzipSync(html, { level: 9 }).length;
  test.info().annotations.push({ type: 'html', description: `${html.length} B raw, ${gzipped} B gzipped` });
  expect(gzipped).toBeLessThanOrEqual(HTML_BUDGET);
});

test('pair page loads at most 135 KB of JavaScript gzipped', async ({ page }) => {
  const sizes: Promise<[string, number]>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      sizes.push(response.body().then((body) => [new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length]));
    }
  });
  await page.goto(PAIR, { waitUntil: 'networkidle' });
  // Every body read, including those still arriving when the network went idle.
  const scripts = (await Promise.all(sizes)).sort((a, b) => b[1] - a[1]);
  const total = scripts.reduce((sum, [, size]) => sum + size, 0);
  const list = scripts.map(([path, size]) => `${size} B ${path}`).join(', ');
  test.info().annotations.push({ type: 'js', description: `${scripts.length} scripts, ${total} B gzipped: ${list}` });
  console.log(`pair page JavaScript: ${scripts.length} scripts, ${total} B gzipped (budget ${JS_BUDGET} B)\n  ${list.replaceAll(', ', '\n  ')}`);
  expect(scripts.length).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(JS_BUDGET);
});

test('pair page fetches no data to show the comparison', async ({ page }) => {
  const dataRequests: string[] = [];
  page.on('request', (r) => {
    // Any fetch counts, route prefetches (?_rsc=) included: the pair page links with plain <a>.
    if (r.resourceType() === 'fetch' || r.resourceType() === 'xhr') dataRequests.push(r.url());
  });
  await page.goto(PAIR, { waitUntil: 'networkidle' });
  expect(dataRequests).toEqual([]);
  await expect(page.getByRole('heading', { name: 'At a glance' })).toBeVisible();
});
