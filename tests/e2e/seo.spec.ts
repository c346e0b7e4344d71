import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { readOccupationIndex } from '../../scripts/shared/occupation-index';
import { PROJECT_ROOT } from '../../scripts/shared/project-root';

const PAIR = '/compare/customer-service-specialist-vs-order-processing-specialist';
const REVERSED = '/compare/order-processing-specialist-vs-customer-service-specialist';

async function optionalMeta(page: Page, selector: string): Promise<string | null> {
  const meta = page.locator(selector);
  return (await meta.count()) === 0 ? null : meta.getAttribute('content');
}

async function head(page: Page) {
  return {
    title: await page.title(),
    description: await page.locator('meta[name="description"]').getAttribute('content'),
    canonical: await page.locator('link[rel="canonical"]').getAttribute('href'),
    robots: await optionalMeta(page, 'meta[name="robots"]'),
    ogTitle: await page.locator('meta[property="og:title"]').getAttribute('content'),
    ogUrl: await page.locator('meta[property="og:url"]').getAttribute('content'),
    twitterCard: await page.locator('meta[name="twitter:card"]').getAttribute('content'),
  };
}

const JsonLdGraph = z.object({ '@context': z.literal('https://schema.org'), '@graph': z.array(z.record(z.string(), z.unknown())) });

async function jsonLd(page: Page) {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts).toHaveLength(1);
  return JsonLdGraph.parse(JSON.parse(scripts[0] ?? ''))['@graph'];
}

test('a pair page: title and description from its data, one h1, social cards, one canonical for both orders', async ({ page, baseURL }) => {
  await page.goto(REVERSED);
  const reversed = await head(page);
  expect(reversed).toEqual({
    title: 'Order Processing Specialist vs Customer Service Specialist: salary, skills, education · Career Compare',
    description: 'Order Processing Specialist earns 12.9% more than Customer Service Specialist: $37,540 against $33,238 a year (average salary). To switch: 2 skills to learn.',
    canonical: `${baseURL}${PAIR}`,
    robots: null,
    ogTitle: 'Order Processing Specialist vs Customer Service Specialist: salary, skills, education',
    ogUrl: `${baseURL}${PAIR}`,
    twitterCard: 'summary_large_image',
  });
  await expect(page.locator('h1')).toHaveCount(1);
  // The visitor's order is kept on screen.
  await expect(page.locator('h1')).toHaveText('Order Processing Specialist vs Customer Service Specialist');

  await page.goto(PAIR);
  const canonical = await head(page);
  expect(canonical.canonical).toBe(`${baseURL}${PAIR}`);
  expect(canonical.title).toBe('Customer Service Specialist vs Order Processing Specialist: salary, skills, education · Career Compare');
  await expect(page.locator('h1')).toHaveCount(1);
});

test('a pair page carries both Occupations and a breadcrumb as JSON-LD', async ({ page, baseURL }) => {
  await page.goto(PAIR);
  const graph = await jsonLd(page);
  const occupations = graph.filter((n) => n['@type'] === 'Occupation');
  expect(occupations.map((o) => o.name)).toEqual(['Customer Service Specialist', 'Order Processing Specialist']);
  expect(occupations[1]).toMatchObject({
    '@id': `${baseURL}/occupations/order-processing-specialist#occupation`,
    skills: expect.arrayContaining(['Customer service', 'Data entry', 'Purchase orders']),
  });
  const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList');
  expect(crumbs).toMatchObject({ itemListElement: [{ position: 1, name: 'Home', item: `${baseURL}/` }, { position: 2, name: 'Customer Service Specialist vs Order Processing Specialist' }] });
});

test('an occupation page: Occupation JSON-LD with the salary percentiles its pages give', async ({ page, baseURL }) => {
  await page.goto('/occupations/order-processor');
  const meta = await head(page);
  expect(meta.title).toBe('Order Processor: salary, skills, education · Career Compare');
  expect(meta.canonical).toBe(`${baseURL}/occupations/order-processor`);
  expect(meta.description?.length).toBeLessThanOrEqual(160);
  expect(meta.description).toContain('$41,475');
  await expect(page.locator('h1')).toHaveCount(1);
  const occupation = (await jsonLd(page)).find((n) => n['@type'] === 'Occupation');
  expect(occupation).toMatchObject({
    name: 'Order Processor',
    estimatedSalary: [expect.objectContaining({ '@type': 'MonetaryAmountDistribution', currency: 'USD', duration: 'P1Y', median: 41475, percentile90: 60500 })],
  });
});

test('multi-compare pages are noindex, with their sorted form as canonical', async ({ page, baseURL }) => {
  await page.goto('/compare?o=order-processor&o=customer-service-specialist&o=collections-customer-service');
  const meta = await head(page);
  expect(meta.robots).toBe('noindex, follow');
  expect(meta.canonical).toBe(`${baseURL}/compare?o=collections-customer-service&o=customer-service-specialist&o=order-processor`);
  expect(meta.title).toBe('Order Processor vs Customer Service Specialist vs Collections, Customer Service: salary, skills, education · Career Compare');
  await expect(page.locator('h1')).toHaveCount(1);
});

test('a Handbook similar pair is a landing page; a pair nothing relates renders but is noindex, follow', async ({ page, baseURL }) => {
  await page.goto('/compare/financial-analysts-vs-actuaries');
  const similar = await head(page);
  expect(similar.robots).toBeNull();
  expect(similar.canonical).toBe(`${baseURL}/compare/actuaries-vs-financial-analysts`);

  for (const target of ['/compare/bartenders-vs-actuaries', '/compare/actuaries-vs-bartenders']) {
    const response = await page.goto(target);
    expect(response?.status(), target).toBe(200);
    const meta = await head(page);
    expect(meta.robots, target).toBe('noindex, follow');
    expect(meta.canonical, target).toBe(`${baseURL}/compare/actuaries-vs-bartenders`);
    expect(meta.ogUrl, target).toBe(`${baseURL}/compare/actuaries-vs-bartenders`);
    await expect(page.locator('h1')).toHaveCount(1);
  }
});

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
}

test('the sitemaps list every occupation page and only the landing pairs, each under its canonical URL', async ({ request, baseURL }) => {
  // The data the server under test reads (the standalone build's copy of content/generated).
  const index = readOccupationIndex(path.join(PROJECT_ROOT, '.next', 'standalone', 'content', 'generated'));
  const sitemapIndex = await request.get('/sitemap.xml');
  expect(sitemapIndex.status()).toBe(200);
  const files = locs(await sitemapIndex.text());
  expect(files).toEqual(files.map((_, k) => `${baseURL}/sitemap/${k}.xml`));
  const urls: string[] = [];
  for (const file of files) {
    const response = await request.get(new URL(file).pathname);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['content-type']).toContain('xml');
    urls.push(...locs(await response.text()));
  }
  const paths = urls.map((u) => u.replace(baseURL ?? '', ''));
  const occupations = paths.filter((p) => p.startsWith('/occupations/'));
  const pairs = paths.filter((p) => p.startsWith('/compare/'));
  expect(occupations.length + pairs.length).toBe(paths.length);
  expect(occupations.sort()).toEqual(index.occupations.map((o) => `/occupations/${o.slug}`).sort());
  expect(pairs).toEqual(index.landingPairs.map((p) => `/compare/${p.a}-vs-${p.b}`));
  const n = index.occupations.length;
  expect(pairs.length).toBeLessThan((n * (n - 1)) / 2);
  expect(pairs).toContain(PAIR);
  expect(pairs).not.toContain(REVERSED);
  expect(pairs).toContain('/compare/actuaries-vs-financial-analysts');
  expect(pairs).not.toContain('/compare/actuaries-vs-bartenders');
  // A file number past the last is a 404.
  expect((await request.get(`/sitemap/${files.length}.xml`)).status()).toBe(404);
});

test('robots.txt names the sitemap index', async ({ request, baseURL }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).toContain('Disallow: /api/');
});

test.describe('a published slug never dies', () => {
  test('an alias slug redirects with 308 to the current occupation page', async ({ request }) => {
    const response = await request.get('/occupations/order-processors', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe('/occupations/order-processor');
  });

  test('pair URLs with an alias slug redirect too, keeping the order', async ({ request }) => {
    const response = await request.get('/compare/customer-service-specialist-vs-order-processors', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe('/compare/customer-service-specialist-vs-order-processor');
    const followed = await request.get('/compare/order-processors-vs-customer-service-specialist');
    expect(followed.status()).toBe(200);
    expect(followed.url()).toMatch(/\/compare\/order-processor-vs-customer-service-specialist$/);
  });

  test('the editorial introduction shows on the occupation page', async ({ page }) => {
    await page.goto('/occupations/order-processor');
    await expect(page.getByText('Order processors turn what customers order into what warehouses ship')).toBeVisible();
  });
});
