/**
 * Route fuzzing: seeded random and hostile request targets (traversal,
 * encoded slashes, NUL, malformed escapes, 10,000-character slugs, unicode,
 * hundreds of o= parameters, real and fake "-vs-" pairs, every route that
 * reads its path or query) against a production server from this build.
 * Every answer is 200, a redirect, 400 or 404, never a 5xx, and the server
 * still answers / afterwards. `npm run fuzz:routes` runs the same generator
 * for 10,000 requests.
 *
 * The server is its own `next start` (scripts/shared/next-server.ts), so
 * the load does not slow the other specs' server. Targets go out through node:http,
 * byte for byte; Playwright's request and fetch parse URLs first, resolving
 * "../" and "%2e%2e" before the server could see them.
 */
import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { aliasSlugs, closeConnections, describeTarget, discoverSlugs, hostileRequestArbitrary, isAcceptableStatus, sendRaw, type FuzzRequest } from '../../scripts/measure/lib/hostile-routes';
import { startNextServer, type NextServer } from '../../scripts/shared/next-server';
import { projectGeneratedDir } from '../../scripts/shared/occupation-index';

const RUNS = 1_500;
const SEED = 20_261_127;

/** Targets that answered 500 before the fix in proxy.ts: malformed escapes in a sitemap file name. */
const REGRESSIONS: readonly string[] = ['/sitemap/%zz.xml', '/sitemap/%.xml', '/sitemap/%2.xml', '/sitemap/%E0%A4%A', '/sitemap/0%ED%A0%80.xml'];

test.describe.configure({ mode: 'default' });

let server: NextServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startNextServer();
});

test.afterAll(async () => {
  closeConnections();
  await server?.stop();
});

test('malformed escapes in a sitemap file name are a 404, not a 500', async () => {
  for (const target of REGRESSIONS) {
    expect((await sendRaw(server.url, { method: 'GET', target })).status, target).toBe(404);
  }
});

test('over-long page paths are a 404 and are never written to the page cache', async () => {
  const slug = 'a'.repeat(10_000);
  for (const target of [`/occupations/${slug}`, `/compare/${slug}-vs-order-processor`, `/compare/order-processor-vs-${slug}/opengraph-image`]) {
    expect((await sendRaw(server.url, { method: 'GET', target })).status, describeTarget(target)).toBe(404);
  }
  // Rendering these as pages used to fail to cache them (file name too long), an error logged per request.
  expect(server.output()).not.toContain('ENAMETOOLONG');
});

test(`${RUNS} hostile requests: never a 5xx, and the server still answers`, async () => {
  test.setTimeout(300_000);
  // Current slugs from the sitemap, plus earlier ones (they redirect) from the data the server reads.
  const slugs = [...(await discoverSlugs(server.url)), ...aliasSlugs(projectGeneratedDir())];
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(hostileRequestArbitrary(slugs), async (request: FuzzRequest) => {
      const response = await sendRaw(server.url, request);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (!isAcceptableStatus(response.status)) {
        throw new Error(`${request.method} ${describeTarget(request.target)} → ${response.status}: ${response.excerpt.slice(0, 200)}`);
      }
    }),
    { numRuns: RUNS, seed: SEED, examples: REGRESSIONS.map((target) => [{ method: 'GET', target }]) },
  );
  console.log(`route fuzz: ${[...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ')}`);
  expect((await sendRaw(server.url, { method: 'GET', target: '/' })).status).toBe(200);
  expect((await sendRaw(server.url, { method: 'GET', target: '/occupations/order-processor' })).status).toBe(200);
});
