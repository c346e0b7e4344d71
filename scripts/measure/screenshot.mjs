#!/usr/bin/env node
/**
 * Screenshots of pages in Chromium, for looking at what a change did:
 *   node scripts/measure/screenshot.mjs URL OUT.png [--width 1280] [--height 900] [--full] [--dark] [--no-js] [--selector CSS]
 */
import { chromium } from '@playwright/test';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    full: { type: 'boolean', default: false },
    dark: { type: 'boolean', default: false },
    'no-js': { type: 'boolean', default: false },
    selector: { type: 'string' },
  },
});
const [url, out] = positionals;
if (!url || !out) {
  console.error('usage: node scripts/measure/screenshot.mjs URL OUT.png [--width N] [--height N] [--full] [--dark] [--no-js] [--selector CSS]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({
  viewport: { width: Number(values.width), height: Number(values.height) },
  colorScheme: values.dark ? 'dark' : 'light',
  javaScriptEnabled: !values['no-js'],
});
const response = await page.goto(url, { waitUntil: 'load' });
if (values.selector) await page.locator(values.selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: values.full });
console.log(`${response?.status()} ${url} → ${out}`);
await browser.close();
