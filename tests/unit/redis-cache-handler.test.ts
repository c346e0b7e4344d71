/**
 * The Redis cache handler on its own: entries survive serialisation exactly
 * (Buffers, Maps; lib/cache/entry-serialisation.ts), go to Redis under the
 * build's prefix with a TTL, a tag revalidated through one handler misses for
 * all, and a Redis that is down is a quiet miss. Against a real redis-server
 * started here (Debian's package). Settings: redis-settings.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CacheHandlerContext } from 'next/dist/server/lib/incremental-cache';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods';
import type { IncrementalCacheValue } from 'next/dist/server/response-cache';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeValue, encodeValue, parseEntry, serialiseEntry } from '@/lib/cache/entry-serialisation';
import RedisCacheHandler from '@/lib/cache/redis-cache-handler';
import { DEFAULT_TTL_SECONDS } from '@/lib/cache/redis-settings';
import { closeRedisStores } from '@/lib/cache/redis-store';
import type { Child as ServerProcess } from '../../scripts/shared/child-process';
import { freePort } from '../../scripts/shared/ports';
import { startRedis } from '../helpers/redis-server';

type GetContext = Parameters<RedisCacheHandler['get']>[1];

const BUILD_ID = 'test-build-1';

/**
 * A typed cache value from plain data, through the same check the handler
 * applies to what it reads (Next's kinds are a const enum tests cannot name).
 */
function cacheValue(raw: Record<string, unknown>): IncrementalCacheValue {
  const parsed = parseEntry(JSON.stringify({ v: 1, lastModified: 0, tags: [], value: encodeValue(raw) }));
  if (!parsed?.entry.value) throw new Error(`not a cache value: ${JSON.stringify(raw)}`);
  return parsed.entry.value;
}

function isGetContext(value: unknown): value is GetContext {
  return typeof value === 'object' && value !== null && 'kind' in value && typeof value.kind === 'string';
}

function getContext(ctx: Record<string, unknown>): GetContext {
  if (!isGetContext(ctx)) throw new Error('a get context needs a kind');
  return ctx;
}

const PAGE_CONTEXT = getContext({ kind: 'APP_PAGE', isFallback: false });
const PAGE_SET_CONTEXT = { cacheControl: { revalidate: 3600, expire: 31536000 }, isFallback: false };

/** An App Router page entry shaped like the ones Next writes. */
function pageEntry(title = 'A vs B'): IncrementalCacheValue {
  return cacheValue({
    kind: 'APP_PAGE',
    html: `<!DOCTYPE html><html><head><title>${title}</title></head><body>…</body></html>`,
    rscData: Buffer.from([0, 1, 2, 254, 255, 0x7b]),
    segmentData: new Map([
      ['/_tree', Buffer.from('tree payload')],
      ['/compare/$d$pair/__PAGE__', Buffer.from([9, 8, 7])],
    ]),
    status: 200,
    postponed: undefined,
    headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/compare/a-vs-b', vary: ['rsc', 'next-router-state-tree'] },
  });
}

describe('entry serialisation', () => {
  it('round-trips Buffers and Maps, which JSON alone loses', () => {
    const entry = pageEntry();
    const back = decodeValue(JSON.parse(JSON.stringify(encodeValue(entry))));
    expect(back).toEqual(entry);
    expect(typeof back === 'object' && back !== null && 'rscData' in back && Buffer.isBuffer(back.rscData)).toBe(true);
    const segments = typeof back === 'object' && back !== null && 'segmentData' in back ? back.segmentData : undefined;
    expect(segments).toBeInstanceOf(Map);
    expect(segments instanceof Map && Buffer.isBuffer(segments.get('/_tree'))).toBe(true);
  });

  it('keeps a plain object that happens to look like an encoded one', () => {
    const tricky = { '\u0000t': 'buffer', d: 'AAEC', nested: [{ '\u0000t': 'map', d: [] }, undefined, Infinity] };
    expect(decodeValue(JSON.parse(JSON.stringify(encodeValue(tricky))))).toEqual({ '\u0000t': 'buffer', d: 'AAEC', nested: [{ '\u0000t': 'map', d: [] }, null, null] });
  });

  it('stores the lifetime and tags beside the value, and reads them back', () => {
    const text = serialiseEntry(pageEntry(), 1234, PAGE_SET_CONTEXT);
    const parsed = parseEntry(text);
    expect(parsed?.entry).toEqual({ lastModified: 1234, value: pageEntry(), cacheControl: { revalidate: 3600, expire: 31536000 } });
    expect(parsed?.tags).toEqual(['_N_T_/layout', '_N_T_/compare/a-vs-b']);
    const fetchText = serialiseEntry(cacheValue({ kind: 'FETCH', data: { headers: {}, body: '{}', url: 'https://example.test/' }, revalidate: 60 }), 1, {
      fetchCache: true,
      tags: ['pairs'],
    });
    expect(parseEntry(fetchText)?.tags).toEqual(['pairs']);
  });

  it('reads anything unexpected as a miss', () => {
    for (const text of ['', 'not json', '{}', '{"v":2,"lastModified":1,"tags":[],"value":null}', '{"v":1,"lastModified":1,"tags":[],"value":{"kind":"NOPE"}}']) {
      expect(parseEntry(text)).toBeNull();
    }
  });
});

describe('with a real Redis', () => {
  let redis: ServerProcess | undefined;
  let tmp = '';
  let url = '';
  let ctx: CacheHandlerContext;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-handler-'));
    fs.mkdirSync(path.join(tmp, 'dist', 'server'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'dist', 'BUILD_ID'), BUILD_ID);
    const port = await freePort({ from: 6400, to: 6499 });
    redis = await startRedis(path.join(tmp, 'redis'), port);
    url = `redis://127.0.0.1:${port}`;
    process.env.REDIS_URL = url;
    delete process.env.NEXT_PHASE;
    ctx = { fs: nodeFs, serverDistDir: path.join(tmp, 'dist', 'server'), revalidatedTags: [], _requestHeaders: {} };
  });

  afterAll(async () => {
    closeRedisStores();
    process.env = savedEnv;
    await redis?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('an entry one handler writes, another reads back exactly', async () => {
    const key = '/route-cache/APP_PAGE/abc/$/compare/a-vs-b';
    await new RedisCacheHandler(ctx).set(key, pageEntry(), PAGE_SET_CONTEXT);
    const read = await new RedisCacheHandler(ctx).get(key, PAGE_CONTEXT);
    expect(read?.value).toEqual(pageEntry());
    expect(read?.cacheControl).toEqual({ revalidate: 3600, expire: 31536000 });
    expect(read?.lastModified).toBeGreaterThan(Date.now() - 60_000);
    const client = await createClient({ url }).connect();
    try {
      const stored = `career-compare:${BUILD_ID}:entry:${key}`;
      expect(await client.exists(stored)).toBe(1);
      const ttl = await client.ttl(stored);
      expect(ttl).toBeGreaterThan(DEFAULT_TTL_SECONDS - 60);
      expect(ttl).toBeLessThanOrEqual(DEFAULT_TTL_SECONDS);
    } finally {
      client.destroy();
    }
  });

  it('a miss is null', async () => {
    expect(await new RedisCacheHandler(ctx).get('/route-cache/APP_PAGE/abc/$/compare/nothing-here', PAGE_CONTEXT)).toBeNull();
  });

  it('a tag revalidated through one handler expires the entry for every handler', async () => {
    const key = '/route-cache/APP_PAGE/abc/$/compare/c-vs-d';
    await new RedisCacheHandler(ctx).set(key, pageEntry('C vs D'), PAGE_SET_CONTEXT);
    expect(await new RedisCacheHandler(ctx).get(key, PAGE_CONTEXT)).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await new RedisCacheHandler(ctx).revalidateTag('_N_T_/compare/a-vs-b');
    expect(await new RedisCacheHandler(ctx).get(key, PAGE_CONTEXT)).toBeNull();
    // Written again after the revalidation: fresh, so a hit.
    await new RedisCacheHandler(ctx).set(key, pageEntry('C vs D'), PAGE_SET_CONTEXT);
    expect((await new RedisCacheHandler(ctx).get(key, PAGE_CONTEXT))?.value).toEqual(pageEntry('C vs D'));
  });

  it('fetch entries are invalidated by the tags of the fetch that reads them', async () => {
    const value = cacheValue({ kind: 'FETCH', data: { headers: {}, body: '{"n":1}', url: 'https://example.test/n' }, revalidate: 60 });
    const fetchContext = getContext({ kind: 'FETCH', tags: ['numbers'], softTags: [] });
    await new RedisCacheHandler(ctx).set('fetch-key', value, { fetchCache: true, tags: ['numbers'] });
    expect((await new RedisCacheHandler(ctx).get('fetch-key', fetchContext))?.value).toEqual(value);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await new RedisCacheHandler(ctx).revalidateTag(['numbers']);
    expect(await new RedisCacheHandler(ctx).get('fetch-key', fetchContext)).toBeNull();
  });

  it('Redis going away is a miss and one log line, never an error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const closedPort = await freePort({ from: 6400, to: 6499 });
    process.env.REDIS_URL = `redis://127.0.0.1:${closedPort}`;
    try {
      const started = Date.now();
      for (let i = 0; i < 3; i++) {
        const handler = new RedisCacheHandler(ctx);
        expect(await handler.get('/route-cache/APP_PAGE/abc/$/compare/a-vs-b', PAGE_CONTEXT)).toBeNull();
        await handler.set('/route-cache/APP_PAGE/abc/$/compare/a-vs-b', pageEntry(), PAGE_SET_CONTEXT);
        await handler.revalidateTag('anything');
      }
      // The first request waits at most for the first connection attempt; the rest not at all.
      expect(Date.now() - started).toBeLessThan(3000);
      const lines = warn.mock.calls.map((args) => String(args[0]));
      expect(lines.filter((l) => l.includes('unavailable'))).toHaveLength(1);
      expect(lines[0]).toContain(`redis://127.0.0.1:${closedPort}`);
    } finally {
      process.env.REDIS_URL = url;
      warn.mockRestore();
    }
  });
});
