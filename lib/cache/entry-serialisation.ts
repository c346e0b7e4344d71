/**
 * How the cache handler stores an entry as text. Cache entries hold Buffers
 * (rscData, route bodies, images) and Maps (segmentData: prefetch segments by
 * path), which JSON alone turns into `{type:'Buffer',data:[…]}` and `{}`; Next
 * then fails on client navigation. They are written as tagged objects instead.
 * The tag key starts with a NUL, which no key Next writes does; a plain object
 * that has it anyway is wrapped.
 */
import { z } from 'zod';
import type { CacheHandlerValue } from 'next/dist/server/lib/incremental-cache';
import type { IncrementalCacheValue } from 'next/dist/server/response-cache';
import { isPlainRecord } from './is-plain-record';
import type { GetContext, SetContext } from './next-cache-context';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const TAG = '\u0000t';
const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags';

/** A JSON-safe copy of a cache value, keeping Buffers and Maps recoverable. */
export function encodeValue(value: unknown): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Uint8Array) return { [TAG]: 'buffer', d: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (value instanceof Map) return { [TAG]: 'map', d: [...value].map(([k, v]) => [encodeValue(k), encodeValue(v)]) };
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : encodeValue(item)));
  if (isPlainRecord(value)) {
    if (typeof value.toJSON === 'function') return encodeValue(value.toJSON());
    const out: { [key: string]: Json } = {};
    for (const [key, item] of Object.entries(value)) {
      // Like JSON: absent and undefined are the same to Next.
      if (item !== undefined && typeof item !== 'function' && typeof item !== 'symbol') out[key] = encodeValue(item);
    }
    return TAG in out ? { [TAG]: 'object', d: out } : out;
  }
  // bigint, functions, symbols: never in a cache entry; JSON would drop or reject them too.
  return null;
}

/** The inverse of encodeValue. */
export function decodeValue(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(decodeValue);
  if (!isPlainRecord(json)) return json;
  const tag = json[TAG];
  if (tag === 'buffer' && typeof json.d === 'string') return Buffer.from(json.d, 'base64');
  if (tag === 'map' && Array.isArray(json.d)) {
    const map = new Map<unknown, unknown>();
    for (const pair of json.d) if (Array.isArray(pair)) map.set(decodeValue(pair[0]), decodeValue(pair[1]));
    return map;
  }
  const source = tag === 'object' && isPlainRecord(json.d) ? json.d : json;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(source)) out[key] = decodeValue(item);
  return out;
}

const CACHE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES', 'FETCH', 'REDIRECT', 'IMAGE']);

/**
 * Entries are written by the handler under a key that names the build, so a
 * kind check is enough to reject something foreign without re-validating
 * every field of Next's internal types.
 */
function isCacheValue(value: unknown): value is IncrementalCacheValue {
  return isPlainRecord(value) && typeof value.kind === 'string' && CACHE_KINDS.has(value.kind);
}

const StoredEntry = z.object({
  v: z.literal(1),
  lastModified: z.number(),
  cacheControl: z.object({ revalidate: z.union([z.number(), z.literal(false)]), expire: z.number().optional() }).optional(),
  tags: z.array(z.string()),
  value: z.unknown(),
});

/** What set() writes: the value and what get() needs to judge it without another lookup. */
export function serialiseEntry(value: IncrementalCacheValue | null, lastModified: number, ctx: SetContext): string {
  const cacheControl = 'cacheControl' in ctx ? ctx.cacheControl : undefined;
  return JSON.stringify({
    v: 1,
    lastModified,
    ...(cacheControl ? { cacheControl: encodeValue(cacheControl) } : {}),
    tags: entryTags(value, ctx),
    value: encodeValue(value),
  });
}

interface ParsedEntry {
  entry: CacheHandlerValue;
  tags: string[];
}

/** The stored entry, or null for anything unreadable (treated as a miss, never an error page). */
export function parseEntry(text: string): ParsedEntry | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = StoredEntry.safeParse(raw);
  if (!parsed.success) return null;
  const value = decodeValue(parsed.data.value);
  if (value !== null && !isCacheValue(value)) return null;
  const { lastModified, cacheControl, tags } = parsed.data;
  const entry: CacheHandlerValue = { lastModified, value };
  if (cacheControl) entry.cacheControl = { revalidate: cacheControl.revalidate, expire: cacheControl.expire };
  return { entry, tags };
}

/** Tags that invalidate an entry: fetch tags from the context, page tags from the response header. */
export function entryTags(value: IncrementalCacheValue | null, ctx: SetContext | GetContext): string[] {
  const tags = new Set<string>();
  if ('tags' in ctx && Array.isArray(ctx.tags)) for (const tag of ctx.tags) tags.add(tag);
  if ('softTags' in ctx && Array.isArray(ctx.softTags)) for (const tag of ctx.softTags) tags.add(tag);
  if (value && 'headers' in value && value.headers) {
    const header = value.headers[NEXT_CACHE_TAGS_HEADER];
    if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  }
  return [...tags];
}
