/** Full-page screenshots kept as test artifacts, at phone and desktop widths, each checked for sideways scrolling. */
import { expect, test } from '@playwright/test';

const WIDTHS = [375, 1280];

/** One test per page and width: the page answers 200, nothing overflows sideways, and the screenshot is attached. */
export function screenshotTests(pages: readonly (readonly [name: string, path: string])[]): void {
  for (const [name, path] of pages) {
    for (const width of WIDTHS) {
      test(`${name} screenshot at ${width}px`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height: 900 });
        expect((await page.goto(path))?.status()).toBe(200);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        const file = testInfo.outputPath(`${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(`${name}-${width}`, { path: file, contentType: 'image/png' });
      });
    }
  }
}
