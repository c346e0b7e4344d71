/**
 * Scraped text is inert everywhere. The hostile pages in tests/fixtures/hostile/
 * (script and img tags, "</script>" breakouts, javascript: links and sources,
 * control characters, a 2,700-letter word) are ingested with the seed pages
 * into a temporary folder, and a second production server from the same
 * build serves that data: occupations the build never saw render on demand.
 * In Chromium no dialog may fire, nothing may be injected, and every hostile
 * string must come out as visible text, in meta tags and in JSON-LD.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { startNextServer, type NextServer } from '../../scripts/shared/next-server';
import { runIngest } from '../../scripts/shared/ingest-command';
import { seedPagesDir } from '../helpers/seeds';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/hostile');

const ANALYST = '<script>alert(1)</script> Analyst';
const DESIGNER = '<img src=x onerror=alert(1)> Designer';
const WRANGLER = '</script><script>alert(2)</script> Wrangler';
const BREAKOUT = '</script><script>alert(2)</script>';
const ANALYST_PAGE = '/occupations/script-alert-1-script-analyst';
const WRANGLER_PAGE = '/occupations/script-script-alert-2-script-wrangler';
const HOSTILE_PAIR = '/compare/script-alert-1-script-analyst-vs-img-src-x-onerror-alert-1-designer';
/** A hostile occupation against a seed one: a pair no build could have prerendered. */
const MIXED_PAIR = '/compare/script-script-alert-2-script-wrangler-vs-order-processor';

/** Controls the ingest removes (all C0 but tab and line feed, DEL, C1, bidi overrides); CR may appear in HTML. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

// One server for the whole file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

let work: string;
let server: NextServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-content-'));
  const raw = path.join(work, 'raw');
  fs.mkdirSync(raw);
  for (const dir of [seedPagesDir(), FIXTURES]) {
    for (const file of fs.readdirSync(dir)) fs.copyFileSync(path.join(dir, file), path.join(raw, file));
  }
  const generated = path.join(work, 'generated');
  const ingest = runIngest(['--input', raw, '--output', generated, '--quiet']);
  expect(ingest.status, ingest.stderr).toBe(0);
  expect(ingest.stdout).toMatch(/7 pages read, 7 parsed, 0 partial, 0 rejected; 9 occupations/);
  server = await startNextServer({ generatedDir: generated });
});

test.afterAll(async () => {
  await server?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Fails the test if any dialog opens: alert(), confirm() or prompt() would mean script ran. */
function forbidDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

async function rawHtml(request: APIRequestContext, pathname: string): Promise<string> {
  const response = await request.get(`${server.url}${pathname}`);
  expect(response.status(), pathname).toBe(200);
  return response.text();
}

/** The DOM holds no element the hostile text could have created, and every link is http(s) or on-site. */
async function expectNothingInjected(page: Page) {
  const report = await page.evaluate(() => {
    const handlers: string[] = [];
    const urls: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.startsWith('on')) handlers.push(`${el.tagName} ${attr.name}=${attr.value}`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name)) urls.push(attr.value);
      }
    }
    const scripts = Array.from(document.scripts).map((s) => ({ type: s.type, src: s.src, text: s.text }));
    return { handlers, urls, scripts, images: document.querySelectorAll('img[src="x"], img[onerror]').length, bold: document.querySelectorAll('main b').length };
  });
  expect(report.images, 'injected <img>').toBe(0);
  expect(report.bold, 'injected <b> from scraped text').toBe(0);
  expect(report.handlers, 'inline event handlers').toEqual([]);
  for (const url of report.urls) {
    // On-site paths and fragments, or absolute http(s): never javascript:, data: or vbscript:.
    expect(url, 'link or resource URL').toMatch(/^(?:\/(?!\/)|#|https?:\/\/)/);
  }
  for (const script of report.scripts) {
    expect(script.text.trim(), 'a script element holding injected code').not.toMatch(/^alert\(/);
    if (!script.text.includes('alert(')) continue;
    // Hostile text may only sit inside data: JSON-LD, or Next's own RSC payload pushes (JSON strings).
    const isJsonLd = script.type === 'application/ld+json';
    const isFlightData = /^\s*\(?self\.__next_f\s*=?\s*self\.__next_f\s*\|\|\s*\[\]\)?\.push\(|^\s*self\.__next_f\.push\(/.test(script.text);
    expect(isJsonLd || isFlightData, `script containing alert(: ${script.text.slice(0, 120)}`).toBe(true);
  }
}

/** JSON-LD blocks of the raw HTML: `<` never appears raw inside them, and each parses. */
function jsonLdBlocks(html: string): unknown[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  expect(blocks.length).toBeGreaterThan(0);
  return blocks.map((text) => {
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    return JSON.parse(text);
  });
}

async function expectMetaContains(page: Page, text: string) {
  expect(await page.title()).toContain(text);
  for (const selector of ['meta[name="description"]', 'meta[property="og:title"]', 'meta[property="og:description"]', 'meta[name="twitter:title"]']) {
    expect(await page.locator(selector).getAttribute('content'), selector).toContain(text);
  }
}

async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}

test('a hostile occupation page shows its text as text and runs nothing', async ({ page, request }) => {
  const dialogs = forbidDialogs(page);
  await page.goto(`${server.url}${ANALYST_PAGE}`);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ANALYST);
  const body = await page.locator('main').innerText();
  for (const text of [BREAKOUT, 'javascript:alert(1)', '<script>alert(1)</script>ville, CA', `${BREAKOUT} Inc`]) expect(body).toContain(text);
  // Control characters are gone; the text around them survives.
  expect(body).toContain('the bell rings, escape[31m codes[0m colour nothing, DEL is gone');
  expect(body).not.toMatch(CONTROL_CHARACTERS);
  await expectMetaContains(page, ANALYST);
  await expectNothingInjected(page);
  await expectNoOverflow(page);

  const html = await rawHtml(request, ANALYST_PAGE);
  expect(html).not.toMatch(CONTROL_CHARACTERS);
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('<img src=x');
  const jsonLd = JSON.stringify(jsonLdBlocks(html));
  expect(jsonLd).toContain(JSON.stringify(ANALYST).slice(1, -1));
  expect(html).toContain('\\u003cscript\\u003ealert(1)\\u003c/script\\u003e Analyst');
  expect(dialogs).toEqual([]);
});

test('a hostile pair page and its share image', async ({ page, request }) => {
  const dialogs = forbidDialogs(page);
  await page.goto(`${server.url}${HOSTILE_PAIR}`);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${ANALYST} vs ${DESIGNER}`);
  const body = await page.locator('main').innerText();
  for (const text of [`${DESIGNER.replace(' Designer', '')} LLC`, '<b>bold claims</b>', 'javascript:alert(1) City, NY']) expect(body).toContain(text);
  await expectMetaContains(page, ANALYST);
  await expectMetaContains(page, DESIGNER);
  await expectNothingInjected(page);
  await expectNoOverflow(page);

  const html = await rawHtml(request, HOSTILE_PAIR);
  expect(html).not.toMatch(CONTROL_CHARACTERS);
  const jsonLd = JSON.stringify(jsonLdBlocks(html));
  for (const title of [ANALYST, DESIGNER]) expect(jsonLd).toContain(JSON.stringify(title).slice(1, -1));

  const ogImage = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
  expect(ogImage).toMatch(/^https?:\/\//);
  const image = await request.get(`${server.url}${new URL(ogImage).pathname}`);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await image.body()).subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(dialogs).toEqual([]);
});

test('a source URL that is not http(s) is never a link; an http(s) one is, escaped', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  // The pair page's front matter said "source: javascript:alert(1)": the page is cited by file name only.
  await page.goto(`${server.url}${ANALYST_PAGE}`);
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources).toContainText('hostile-pair.txt');
  await expect(sources.getByRole('link')).toHaveCount(0);
  await expect(page.locator('[href*="javascript:" i], [src*="javascript:" i]')).toHaveCount(0);

  // The article's source is an https URL carrying markup in its query: linked, percent-encoded, shown as text.
  await page.goto(`${server.url}${WRANGLER_PAGE}`);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WRANGLER);
  const link = page.getByRole('region', { name: 'Sources' }).getByRole('link');
  await expect(link).toHaveCount(1);
  expect(await link.getAttribute('href')).toBe('https://example.com/careers/wrangler?x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&y=javascript:alert(1)');
  await expectNothingInjected(page);
  await expectNoOverflow(page);
  expect(dialogs).toEqual([]);
});

test('a hostile occupation compared with a seed one renders on demand, inert', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  await page.goto(`${server.url}${MIXED_PAIR}`);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${WRANGLER} vs Order Processor`);
  await expectMetaContains(page, WRANGLER);
  await expectNothingInjected(page);
  await expectNoOverflow(page);
  expect(dialogs).toEqual([]);
});

test('hostile text typed or put in the address is echoed as text', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  // The form handler repeats what was typed.
  await page.goto(`${server.url}/compare/pick?a=${encodeURIComponent(DESIGNER)}&b=${encodeURIComponent(`${BREAKOUT}"><svg onload=alert(3)>`)}`);
  await page.waitForLoadState('networkidle');
  await expectNothingInjected(page);

  // The type-ahead lists hostile titles from /api/occupations.
  await page.goto(`${server.url}/`);
  const first = page.getByRole('combobox', { name: 'First occupation' });
  await first.fill('alert');
  const options = page.getByRole('listbox', { name: 'First occupation: suggestions' }).getByRole('option');
  await expect(options.filter({ hasText: ANALYST })).toHaveCount(1);
  await expect(options.filter({ hasText: WRANGLER })).toHaveCount(1);
  await expectNothingInjected(page);

  // The 404 page's "did you mean" reads the address it missed.
  const response = await page.goto(`${server.url}/compare/${encodeURIComponent('<img src=x onerror=alert(1)>')}-vs-order-processor`);
  expect(response?.status()).toBe(404);
  await page.waitForLoadState('networkidle');
  await expectNothingInjected(page);
  expect(dialogs).toEqual([]);
});
