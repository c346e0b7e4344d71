import { expect, test } from '@playwright/test';

const PAIR = '/compare/order-processing-specialist-vs-customer-service-specialist';

test('each pair has a 1200×630 PNG share image, named in its OpenGraph and Twitter tags', async ({ page, request }) => {
  await page.goto(PAIR);
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toContain(`${PAIR}/opengraph-image`);
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', /opengraph-image|twitter-image/);
  const response = await request.get(new URL(ogImage ?? '').pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(response.headers()['cache-control']).toContain('max-age=86400');
  const png = await response.body();
  // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('a never-scraped pair gets its share image on demand; an unknown one does not', async ({ request }) => {
  const ok = await request.get('/compare/customer-relations-specialist-vs-collections-customer-service/opengraph-image');
  expect(ok.status()).toBe(200);
  expect(ok.headers()['content-type']).toBe('image/png');
  expect((await request.get('/compare/customer-relations-specialist-vs-astronaut/opengraph-image')).status()).toBe(404);
});

test('the share link copies the address and says so', async ({ page, context, browserName }) => {
  test.skip(browserName !== 'chromium');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PAIR);
  // Desktop Chromium has no share sheet, so the link copies.
  await page.evaluate(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
  await page.getByRole('link', { name: 'Share this comparison' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${PAIR}$`));
  await expect(page).toHaveURL(new RegExp(`${PAIR}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the share link is a plain link to the comparison', async ({ page }) => {
    await page.goto(PAIR);
    await expect(page.getByRole('link', { name: 'Share this comparison' })).toHaveAttribute('href', PAIR);
  });
});
