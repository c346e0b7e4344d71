/**
 * The Next.js incremental cache handler (`cacheHandler` in next.config.ts):
 * the store behind ISR pages, route handlers and the data cache.
 *
 * With REDIS_URL set, entries live in Redis, so several `next start` (or
 * standalone) instances behind a load balancer serve a page that any one of
 * them rendered. Without it, Next's own file-system cache does the work, as if
 * no handler were configured.
 *
 * Next imports this module with a plain `import()` of a file path, outside its
 * bundler, so it must be JavaScript: `npm run build` and `npm run dev` compile
 * this one file to dist/redis-cache-handler.mjs (scripts/compile-cache-handler.mjs).
 * That is why it imports packages only, never other project files.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createClient } from 'redis';
import { z } from 'zod';
import type { CacheHandler, CacheHandlerContext, CacheHandlerValue } from 'next/dist/server/lib/incremental-cache';
import type FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache';
import type { IncrementalCacheValue } from 'next/dist/server/response-cache';

type GetContext = Parameters<CacheHandler['get']>[1];
type SetContext = Parameters<CacheHandler['set']>[2];

/** How long an entry outlives its last write; bounds the store (old builds' keys expire too). */
export const DEFAULT_TTL_SECONDS = 24 * 60 * 60;
/**
 * A Redis call slower than this is a miss: a slow cache must not make every
 * page slow. Generous, because the timer also runs while a long render blocks
 * this process's event loop, and a reply waiting unread is not a slow Redis.
 */
const COMMAND_TIMEOUT_MS = 1000;
/** How long the first request of a fresh process waits for the first connection. */
const FIRST_CONNECT_WAIT_MS = 1000;
const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags';

// ---------------------------------------------------------------------------
// Serialisation. Cache entries hold Buffers (rscData, route bodies, images) and
// Maps (segmentData: prefetch segments by path), which JSON alone turns into
// `{type:'Buffer',data:[…]}` and `{}`; Next then fails on client navigation.
// They are written as tagged objects instead. The tag key starts with a NUL,
// which no key Next writes does; a plain object that has it anyway is wrapped.
// ---------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const TAG = '\u0000t';

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
 * Entries are written by this module under a key that names the build, so a
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

export interface ParsedEntry {
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
function entryTags(value: IncrementalCacheValue | null, ctx: SetContext | GetContext): string[] {
  const tags = new Set<string>();
  if ('tags' in ctx && Array.isArray(ctx.tags)) for (const tag of ctx.tags) tags.add(tag);
  if ('softTags' in ctx && Array.isArray(ctx.softTags)) for (const tag of ctx.softTags) tags.add(tag);
  if (value && 'headers' in value && value.headers) {
    const header = value.headers[NEXT_CACHE_TAGS_HEADER];
    if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  }
  return [...tags];
}

// ---------------------------------------------------------------------------
// Configuration read from the environment at run time, so one build serves
// with or without Redis (the standalone server freezes next.config at build).
// ---------------------------------------------------------------------------

export interface RedisCacheSettings {
  url: string;
  /** Every key starts with this; it names the build so builds never read each other's entries. */
  keyPrefix: string;
  ttlSeconds: number;
}

type Env = Readonly<Record<string, string | undefined>>;

function ttlFromEnv(env: Env): number {
  const ttl = Number(env.REDIS_CACHE_TTL_SECONDS ?? DEFAULT_TTL_SECONDS);
  return Number.isInteger(ttl) && ttl > 0 ? ttl : DEFAULT_TTL_SECONDS;
}

const buildIds = new Map<string, string | null>();

/** The build's id, from the BUILD_ID file beside the server output (read once). */
function readBuildId(serverDistDir: string): string | null {
  let id = buildIds.get(serverDistDir);
  if (id === undefined) {
    try {
      id = fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim() || null;
    } catch {
      id = null;
    }
    buildIds.set(serverDistDir, id);
  }
  return id;
}

/** Redis settings for this process, or null to use Next's default cache. */
export function redisSettings(ctx: Pick<CacheHandlerContext, 'serverDistDir' | 'dev'>, env: Env = process.env): RedisCacheSettings | null {
  const url = env.REDIS_URL?.trim();
  // `next build` has no build id yet and nothing to share; a development server keeps its own cache.
  if (!url || ctx.dev || env.NEXT_PHASE === 'phase-production-build') return null;
  // Next also makes a cache for the proxy (proxy.ts), with no server folder; nothing is cached there.
  if (!ctx.serverDistDir) return null;
  const buildId = readBuildId(ctx.serverDistDir);
  if (!buildId) {
    warnOnce('no-build-id', 'REDIS_URL is set but the build id is unknown (no BUILD_ID file); using the local cache so builds never mix');
    return null;
  }
  const namespace = env.REDIS_KEY_PREFIX?.trim() || 'career-compare';
  return { url, keyPrefix: `${namespace}:${buildId}:`, ttlSeconds: ttlFromEnv(env) };
}

const warned = new Set<string>();
function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[redis-cache] ${message}`);
}

/** The URL without credentials, for log lines. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'REDIS_URL';
  }
}

// ---------------------------------------------------------------------------
// The Redis connection: one per process and settings, shared by the handler
// instances Next creates for every request.
// ---------------------------------------------------------------------------

function connect(url: string) {
  return createClient({
    url,
    // Reject commands at once while disconnected instead of queueing them
    // behind a reconnect: a cache that is down is a miss, not a wait.
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: {
      connectTimeout: FIRST_CONNECT_WAIT_MS,
      // Keep trying in the background, backing off to every 5 s.
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5000),
    },
  });
}

type Client = ReturnType<typeof connect>;

export class RedisStore {
  readonly settings: RedisCacheSettings;
  readonly #client: Client;
  readonly #where: string;
  /** Settles on the first 'ready' or the first error, whichever comes first. */
  #firstAttempt: Promise<void> | null;
  #down = false;

  constructor(settings: RedisCacheSettings) {
    this.settings = settings;
    this.#where = describeUrl(settings.url);
    this.#client = connect(settings.url);
    let settleFirst: () => void = () => {};
    this.#firstAttempt = new Promise<void>((resolve) => {
      settleFirst = resolve;
    });
    // Without an 'error' listener a lost connection would crash the server.
    this.#client.on('error', (error: unknown) => {
      settleFirst();
      this.#failed(error);
    });
    this.#client.on('ready', () => {
      settleFirst();
      this.#recovered();
    });
    this.#client.connect().catch((error: unknown) => this.#failed(error));
  }

  #failed(error: unknown): void {
    if (this.#down) return;
    this.#down = true;
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`[redis-cache] Redis at ${this.#where} unavailable (${reason}); serving cache misses until it is back`);
  }

  #recovered(): void {
    if (!this.#down) return;
    this.#down = false;
    console.warn(`[redis-cache] Redis at ${this.#where} reachable again`);
  }

  /** The client when it is usable now; a fresh process waits briefly for its first connection. */
  async #ready(): Promise<Client | null> {
    if (!this.#client.isReady && this.#firstAttempt) {
      const first = this.#firstAttempt;
      await Promise.race([first, new Promise((resolve) => setTimeout(resolve, FIRST_CONNECT_WAIT_MS).unref())]);
      this.#firstAttempt = null;
    }
    return this.#client.isReady ? this.#client : null;
  }

  /** Runs a command; any failure is logged once and reported as `fallback`. */
  async #run<T>(fallback: T, command: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.#ready();
    if (!client) return fallback;
    try {
      const result = await command(client);
      this.#recovered();
      return result;
    } catch (error) {
      this.#failed(error);
      return fallback;
    }
  }

  #entryKey(key: string): string {
    return `${this.settings.keyPrefix}entry:${key}`;
  }

  get #tagsKey(): string {
    return `${this.settings.keyPrefix}tags`;
  }

  /** The stored text for a key; null for a miss or when Redis cannot answer. */
  read(key: string): Promise<string | null> {
    return this.#run(null, (client) => client.get(this.#entryKey(key)));
  }

  async write(key: string, text: string): Promise<void> {
    await this.#run(null, (client) => client.set(this.#entryKey(key), text, { expiration: { type: 'EX', value: this.settings.ttlSeconds } }));
  }

  /** When each tag was last revalidated (ms), for the tags that ever were. */
  async tagTimes(tags: string[]): Promise<number[]> {
    if (tags.length === 0) return [];
    const times = await this.#run([], (client) => client.hmGet(this.#tagsKey, tags));
    return times.map(Number).filter((t) => Number.isFinite(t) && t > 0);
  }

  async revalidateTags(tags: string[], at: number): Promise<void> {
    if (tags.length === 0) return;
    await this.#run(null, async (client) => {
      await client.hSet(this.#tagsKey, Object.fromEntries(tags.map((tag) => [tag, String(at)])));
      // A revalidation older than the entry TTL can no longer matter.
      await client.expire(this.#tagsKey, this.settings.ttlSeconds);
      return null;
    });
  }

  close(): void {
    if (this.#client.isOpen) this.#client.destroy();
  }
}

const stores = new Map<string, RedisStore>();

function storeFor(settings: RedisCacheSettings): RedisStore {
  const id = `${settings.url}\n${settings.keyPrefix}\n${settings.ttlSeconds}`;
  let store = stores.get(id);
  if (!store) {
    store = new RedisStore(settings);
    stores.set(id, store);
  }
  return store;
}

/** Closes every connection this process opened (tests). */
export function closeRedisStores(): void {
  for (const store of stores.values()) store.close();
  stores.clear();
}

// ---------------------------------------------------------------------------
// Next's own file-system cache: the whole cache without Redis, and with Redis
// the pages the build prerendered (every instance ships the same ones).
// ---------------------------------------------------------------------------

type FileSystemCacheClass = typeof FileSystemCache;

function isFileSystemCacheClass(value: unknown): value is FileSystemCacheClass {
  return typeof value === 'function' && typeof value.prototype?.get === 'function' && typeof value.prototype?.set === 'function';
}

let fileSystemCacheClass: FileSystemCacheClass | undefined;

function loadFileSystemCache(): FileSystemCacheClass {
  if (!fileSystemCacheClass) {
    // A CommonJS module with `exports.default`; `import` would hand back the
    // exports object, so require it and take `default` explicitly.
    const required: unknown = createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/file-system-cache.js');
    const candidate = isPlainRecord(required) ? required.default : required;
    if (!isFileSystemCacheClass(candidate)) throw new Error('next/dist/server/lib/incremental-cache/file-system-cache.js no longer exports the file-system cache');
    fileSystemCacheClass = candidate;
  }
  return fileSystemCacheClass;
}

function isResponseKind(ctx: GetContext): boolean {
  // Widened to string: Next's kinds are a const enum that cannot be imported here.
  const kind: string = ctx.kind;
  return kind === 'APP_PAGE' || kind === 'APP_ROUTE' || kind === 'PAGES';
}

// ---------------------------------------------------------------------------
// The handler. Next constructs one per request; state lives in the stores.
// ---------------------------------------------------------------------------

export default class RedisCacheHandler implements CacheHandler {
  readonly #local: CacheHandler | null;
  readonly #redis: RedisStore | null;

  constructor(ctx: CacheHandlerContext) {
    const { fs: cacheFs, serverDistDir } = ctx;
    // Next gives both to Node servers; without them it would have no file-system cache either.
    this.#local = cacheFs && serverDistDir ? new (loadFileSystemCache())({ ...ctx, fs: cacheFs, serverDistDir }) : null;
    const settings = redisSettings(ctx);
    this.#redis = settings ? storeFor(settings) : null;
  }

  async get(key: string, ctx: GetContext): Promise<CacheHandlerValue | null> {
    if (!this.#redis) return (await this.#local?.get(key, ctx)) ?? null;
    const text = await this.#redis.read(key);
    const stored = text === null ? null : parseEntry(text);
    let found: CacheHandlerValue | null = stored?.entry ?? null;
    let tags = stored ? [...stored.tags, ...entryTags(null, ctx)] : [];
    // Nothing shared yet: a page this build prerendered is in its output on every instance.
    if (!found && isResponseKind(ctx) && this.#local) {
      found = await this.#local.get(key, ctx);
      tags = entryTags(found?.value ?? null, ctx);
    }
    if (!found) return null;
    // A tag revalidated on any instance after this entry was written makes it a miss everywhere.
    const revalidatedAt = await this.#redis.tagTimes(tags);
    if (revalidatedAt.some((at) => at > found.lastModified)) return null;
    return found;
  }

  async set(key: string, data: IncrementalCacheValue | null, ctx: SetContext): Promise<void> {
    if (!this.#redis) return this.#local?.set(key, data, ctx);
    await this.#redis.write(key, serialiseEntry(data, Date.now(), ctx));
  }

  async revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> {
    const list = typeof tags === 'string' ? [tags] : tags;
    // The local cache keeps this process's tag manifest, which Next also consults.
    await this.#local?.revalidateTag(list, durations);
    // Shared: every instance sees it on its next read. A stale-while-revalidate
    // profile (`durations`) is treated as immediate expiry: the next request
    // renders afresh rather than serving the old entry once more.
    await this.#redis?.revalidateTags(list, Date.now());
  }

  resetRequestCache(): void {
    // Nothing is kept per request here.
    this.#local?.resetRequestCache();
  }
}
