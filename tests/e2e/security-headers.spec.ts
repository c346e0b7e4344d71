import { expect, test } from '@playwright/test';

const ROUTES = [
  '/',
  '/compare/order-processing-specialist-vs-customer-service-specialist',
  '/compare/order-processing-specialist-vs-customer-service-specialist/opengraph-image',
  '/occupations/order-processor',
  '/compare?o=order-processor&o=customer-service-specialist&o=collections-customer-service',
  '/compare/pick?a=x&b=y',
  '/compare/order-processor-vs-astronaut',
  '/api/occupations?q=order',
  '/sitemap.xml',
  '/robots.txt',
  '/%E0%A4%A',
];

for (const route of ROUTES) {
  test(`security headers: ${route}`, async ({ request }) => {
    const response = await request.get(route, { maxRedirects: 0 });
    expect(response.status()).toBeLessThan(500);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

test('the policy blocks nothing the site itself does: type-ahead, share, 404 help', async ({ page, context }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('combobox', { name: 'First occupation' }).fill('order');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.goto('/compare/order-processing-specialist-vs-customer-service-specialist');
  await page.evaluate(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
  await page.getByRole('link', { name: 'Share this comparison' }).click();
  await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
  await page.goto('/compare/order-processor-vs-custmer-service-specialist');
  await expect(page.getByRole('link', { name: 'Order Processor vs Customer Service Specialist' })).toBeVisible();
  expect(violations).toEqual([]);
});
