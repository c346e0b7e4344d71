/**
 * deploy/nginx.conf in front of the server under test, as deployed (real
 * nginx, started here under a temporary folder; as "nobody" when the tests
 * run as root). The cache holds each page compressed once per encoding:
 * brotli, gzip and uncompressed clients each get a cache hit in their own
 * encoding, identical once decoded to what the server rendered. Made-up pair
 * and occupation URLs are answered by nginx itself with the site's 404 page,
 * one cache entry however many there are.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { folderSize } from '../../scripts/measure/lib/folder-size';
import { header, httpGet, type RawResponse } from '../../scripts/shared/http-client';
import { nginxBinary, startNginx, type NginxInstance } from '../../scripts/shared/nginx-process';
import { freePort } from '../../scripts/shared/ports';
import { PROJECT_ROOT } from '../../scripts/shared/project-root';
import { sendPaths } from '../../scripts/shared/send-paths';

const PAIR = '/compare/order-processing-specialist-vs-customer-service-specialist';
const installed = fs.existsSync(nginxBinary());

test.describe.configure({ mode: 'serial', timeout: 60_000 });
test.skip(!installed, 'nginx is not installed (npm test installs it when run as root)');

let nginx: NginxInstance | undefined;
let dir = '';
let proxy = '';
let origin = '';

test.beforeAll(async ({}, testInfo) => {
  const base = testInfo.project.use.baseURL;
  if (!base) throw new Error('no baseURL in playwright.config.ts');
  origin = base;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proxy-cache-'));
  const port = await freePort();
  nginx = await startNginx({ dir, listen: `127.0.0.1:${port}`, upstream: new URL(base).host, generatedDir: path.join(PROJECT_ROOT, 'content', 'generated') });
  proxy = `http://127.0.0.1:${port}`;
});

test.afterAll(async () => {
  await nginx?.child.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function decode(response: RawResponse): Buffer {
  const encoding = header(response, 'content-encoding');
  if (encoding === 'br') return zlib.brotliDecompressSync(response.body);
  if (encoding === 'gzip') return zlib.gunzipSync(response.body);
  expect(encoding).toBe('');
  return response.body;
}

function cacheFiles(): number {
  if (!nginx) throw new Error('nginx did not start');
  return folderSize(nginx.values.cache_dir).files;
}

test('a cache hit in each client’s encoding, the same bytes as the server rendered', async () => {
  const rendered = await httpGet(`${origin}${PAIR}`);
  expect(rendered.status).toBe(200);
  const clients: [string, string][] = [
    ['gzip', 'gzip'],
    ['identity', ''],
  ];
  if (nginx?.brotli) clients.push(['br', 'br']);
  for (const [accept, expected] of clients) {
    const miss = await httpGet(`${proxy}${PAIR}`, { 'accept-encoding': accept });
    const hit = await httpGet(`${proxy}${PAIR}`, { 'accept-encoding': accept });
    expect(miss.status).toBe(200);
    expect(header(hit, 'x-cache-status'), accept).toBe('HIT');
    expect(header(hit, 'content-encoding'), accept).toBe(expected);
    expect(header(hit, 'vary'), accept).toContain('Accept-Encoding');
    // The origin's own Vary (navigation payloads) still reaches the client and the cache.
    expect(header(hit, 'vary'), accept).toContain('rsc');
    expect(header(hit, 'content-security-policy'), accept).toContain("default-src 'self'");
    expect(decode(hit).equals(rendered.body), `${accept}: decoded body equals the server's`).toBe(true);
  }
});

test('a browser’s Accept-Encoding gets the best cached copy without a miss of its own', async () => {
  await httpGet(`${proxy}${PAIR}`, { 'accept-encoding': 'gzip' });
  await httpGet(`${proxy}${PAIR}`, { 'accept-encoding': 'br' });
  const chrome = await httpGet(`${proxy}${PAIR}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
  expect(header(chrome, 'x-cache-status')).toBe('HIT');
  expect(header(chrome, 'content-encoding')).toBe(nginx?.brotli ? 'br' : 'gzip');
  const curl = await httpGet(`${proxy}${PAIR}`, { 'accept-encoding': 'deflate, gzip' });
  expect(header(curl, 'x-cache-status')).toBe('HIT');
  expect(header(curl, 'content-encoding')).toBe('gzip');
});

test('query strings on a page share its cache entry', async () => {
  await httpGet(`${proxy}${PAIR}`, { 'accept-encoding': 'gzip' });
  const before = cacheFiles();
  const sent = await sendPaths(proxy, Array.from({ length: 200 }, (_, i) => `${PAIR}?ref=${i}`), 8, { 'accept-encoding': 'gzip' });
  expect([...sent.statuses]).toEqual([[200, 200]]);
  expect(cacheFiles()).toBe(before);
});

test('made-up pairs and occupations get the 404 page from one cache entry, not one each', async () => {
  const first = await httpGet(`${proxy}/compare/made-up-vs-also-made-up`, { 'accept-encoding': 'gzip' });
  expect(first.status).toBe(404);
  const before = cacheFiles();
  const madeUp = Array.from({ length: 300 }, (_, i) => [`/compare/made-up-${i}-vs-order-processor`, `/occupations/made-up-${i}`, `/compare/not-a-pair-${i}`][i % 3] ?? '');
  const sent = await sendPaths(proxy, madeUp, 8, { 'accept-encoding': 'gzip' });
  expect([...sent.statuses]).toEqual([[404, 300]]);
  expect(cacheFiles()).toBe(before);

  const page = await httpGet(`${proxy}/compare/made-up-1-vs-order-processor`, { 'accept-encoding': 'gzip' });
  expect(page.status).toBe(404);
  expect(header(page, 'x-cache-status')).toBe('HIT');
  expect(header(page, 'x-robots-tag')).toBe('noindex');
  expect(header(page, 'cache-control')).toBe('public, max-age=300');
  const html = decode(page).toString('utf8');
  expect(html).toContain('<h1>We couldn’t find that page</h1>');
  expect(html).toContain('<meta name="robots" content="noindex"/>');
});

test('the 404 page through the proxy is complete with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`${proxy}/compare/made-up-vs-order-processor`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
  await expect(page.getByRole('link', { name: 'Pick two occupations to compare' })).toBeVisible();
  await context.close();
});

test('known pages still pass: occupation pages, redirects and the rest of the site', async () => {
  for (const [pathname, status] of [
    ['/occupations/order-processor', 200],
    ['/compare/customer-service-specialist-vs-order-processor', 200],
    ['/', 200],
    ['/compare/pick?a=order-processor&b=customer-service-specialist', 307],
  ] as const) {
    const response = await httpGet(`${proxy}${pathname}`, { 'accept-encoding': 'gzip' });
    expect(response.status, pathname).toBe(status);
  }
});
