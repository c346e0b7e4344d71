/**
 * "Several instances, one cache": two standalone servers of the same build,
 * each in its own copy of .next/standalone as two containers would be, with
 * and without a shared Redis (Debian's redis-server, started here).
 *
 * The proof that instance B serves a page instance A rendered: B's very first
 * response for it says `x-nextjs-cache: HIT`, and carries a marker the test
 * wrote into the Redis entry after A stored it, so the bytes came from Redis,
 * not from a render of B's own. The control: the same steps without Redis,
 * where B misses and renders the page itself.
 *
 * Uses the build the e2e web server made (playwright.config.ts), which
 * prerenders only the scraped pairs, so other pairs render on first request.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createClient } from 'redis';
import { prerenderedPaths } from '../../scripts/measure/lib/project-snapshot';
import type { Child } from '../../scripts/shared/child-process';
import { STANDALONE_SERVER, startStandaloneServer, type NextServer } from '../../scripts/shared/next-server';
import { readOccupationIndex } from '../../scripts/shared/occupation-index';
import { freePort } from '../../scripts/shared/ports';
import { startRedis } from '../helpers/redis-server';

const STANDALONE = path.dirname(STANDALONE_SERVER);
const MARKER = 'served-from-shared-redis-cache';

test.describe.configure({ mode: 'serial', timeout: 90_000 });

let tmp = '';
let buildId = '';
let onDemandPairs: string[] = [];
const running: Child[] = [];

async function start<S extends Child>(server: Promise<S>): Promise<S> {
  const started = await server;
  running.push(started);
  return started;
}

async function stopAll(): Promise<void> {
  await Promise.all(running.splice(0).map((s) => s.stop()));
}

/** Pair pages this build did not prerender: they exist only once some instance renders them. */
function pairsNotPrerendered(): string[] {
  const prerendered = prerenderedPaths(STANDALONE);
  const index = readOccupationIndex(path.join(STANDALONE, 'content', 'generated'));
  const slugs = index.occupations.map((o) => o.slug);
  const pairs = slugs.flatMap((a) => slugs.filter((b) => b !== a).map((b) => `/compare/${a}-vs-${b}`));
  return pairs.filter((p) => !prerendered.has(p));
}

async function get(server: NextServer, pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; cache: string | null; body: string }> {
  const response = await fetch(`${server.url}${pathname}`, { headers });
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), body: await response.text() };
}

/** An instance from its own copy of the standalone build, on a port in the range the README names. */
async function startInstance(name: string, ports: { from: number; to: number }, env: Record<string, string>): Promise<NextServer> {
  // /api/occupations is dynamic: waiting on it caches no page the test is about to ask for.
  return start(startStandaloneServer({ dir: path.join(tmp, name), port: await freePort(ports), env, waitPath: '/api/occupations?q=a', timeoutMs: 30_000 }));
}

/** Two instances, each from its own copy of the standalone build. */
async function startPair(env: Record<string, string>): Promise<[NextServer, NextServer]> {
  return Promise.all([startInstance('a', { from: 3400, to: 3449 }, env), startInstance('b', { from: 3450, to: 3499 }, env)]);
}

test.beforeAll(() => {
  if (!fs.existsSync(path.join(STANDALONE, 'server.js'))) throw new Error('no standalone build: run "npm run build" (the e2e web server does)');
  buildId = fs.readFileSync(path.join(STANDALONE, '.next', 'BUILD_ID'), 'utf8').trim();
  onDemandPairs = pairsNotPrerendered();
  if (onDemandPairs.length < 3) throw new Error('this build prerendered (almost) every pair; build with PRERENDER_PAIR_LIMIT below the number of pairs, as playwright.config.ts does');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-cache-'));
  // Each instance gets its own copy of the standalone build, as two machines would: without any
  // runtime cache a server may leave there (none is written with isrFlushToDisk off).
  const runtimeCache = [path.join(STANDALONE, '.next', 'server', 'route-cache'), path.join(STANDALONE, '.next', 'cache')];
  const filter = (source: string) => !runtimeCache.some((dir) => source === dir || source.startsWith(dir + path.sep));
  for (const name of ['a', 'b']) fs.cpSync(STANDALONE, path.join(tmp, name), { recursive: true, verbatimSymlinks: true, filter });
});

test.afterEach(stopAll);

test.afterAll(async () => {
  await stopAll();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('without Redis, each instance renders an on-demand page itself', async () => {
  const [a, b] = await startPair({});
  const page = onDemandPairs[0] ?? '';
  const first = await get(a, page);
  expect(first.status).toBe(200);
  expect(first.cache).toBe('MISS');
  // B has never seen the page and shares nothing with A: it renders it again.
  expect((await get(b, page)).cache).toBe('MISS');
  // …and then keeps it in its own cache.
  expect((await get(b, page)).cache).toBe('HIT');
});

test('with REDIS_URL, a page one instance rendered is served by the other from Redis', async () => {
  const redisPort = await freePort({ from: 6400, to: 6499 });
  await start(startRedis(path.join(tmp, 'redis'), redisPort));
  const url = `redis://127.0.0.1:${redisPort}`;
  const [a, b] = await startPair({ REDIS_URL: url });
  const page = onDemandPairs[1] ?? '';

  const first = await get(a, page);
  expect(first.status).toBe(200);
  expect(first.cache).toBe('MISS');

  const client = createClient({ url });
  await client.connect();
  try {
    // A stored the page under this build's prefix, with a TTL. Polled: Next may finish
    // writing the cache entry just after it has sent the response.
    let keys: string[] = [];
    let key: string | undefined;
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      keys = await client.keys(`career-compare:${buildId}:entry:*`);
      key = keys.find((k) => k.endsWith(`/$${page}`));
      if (key) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(key, `entry for ${page} among ${keys.join(', ')}`).toBeDefined();
    const entryKey = key ?? '';
    const ttl = await client.ttl(entryKey);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(24 * 60 * 60);
    // Mark the stored HTML: only a response served from this entry can carry the marker.
    const stored = (await client.get(entryKey)) ?? '';
    expect(stored).toContain('</title>');
    await client.set(entryKey, stored.replace('</title>', ` ${MARKER}</title>`), { expiration: { type: 'KEEPTTL' } });
  } finally {
    client.destroy();
  }

  // B's first request for the page: a hit, with the marked bytes from Redis.
  const fromB = await get(b, page);
  expect(fromB.status).toBe(200);
  expect(fromB.cache).toBe('HIT');
  expect(fromB.body).toContain(MARKER);

  // The RSC payload (a Buffer in the entry) survives the round trip too: client navigation works on B.
  const rsc = await fetch(`${b.url}${page}`, { headers: { RSC: '1' } });
  expect(rsc.status).toBe(200);
  expect(rsc.headers.get('x-nextjs-cache')).toBe('HIT');
  expect(rsc.headers.get('content-type')).toContain('text/x-component');
  expect(await rsc.text()).toContain('"$Sreact.fragment"');
});

test('with Redis down, pages still render: a miss, logged once, never an error', async () => {
  const redisPort = await freePort({ from: 6400, to: 6499 });
  const redis = await start(startRedis(path.join(tmp, 'redis-down'), redisPort));
  const [a] = await startPair({ REDIS_URL: `redis://127.0.0.1:${redisPort}` });
  expect((await get(a, onDemandPairs[2] ?? '')).status).toBe(200);
  const unavailable = () => a.output().match(/\[redis-cache\] Redis at .* unavailable/g)?.length ?? 0;
  // Counted from here: on a loaded machine a slow reply before the stop may have been logged (and its recovery).
  const before = unavailable();
  await redis.stop();
  for (const page of onDemandPairs.slice(0, 3)) {
    const response = await get(a, page);
    expect(response.status).toBe(200);
    expect(response.body).toContain('</html>');
  }
  // One line for the outage, not one per request.
  expect(unavailable() - before).toBe(1);
});
