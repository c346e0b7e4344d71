/** axe-core finds no serious or critical violations, in light and dark schemes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  '/',
  '/occupations/collections-customer-service',
  '/compare/order-processing-specialist-vs-customer-service-specialist',
  '/compare?o=order-processor&o=customer-service-specialist&o=collections-customer-service',
  '/compare/pick?a=customer+service&b=astronaut',
  // Occupational Outlook Handbook pages: alone, together, and beside a comparison site's.
  '/occupations/announcers-and-djs',
  '/compare/actuaries-vs-financial-analysts',
  '/compare/customer-service-representatives-vs-customer-service-specialist',
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of PAGES) {
      test(`axe: ${path}`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test.describe('320 px phones', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of PAGES) {
    test(`nothing spills sideways: ${path}`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
