/**
 * The Next.js incremental cache handler (`cacheHandler` in next.config.ts):
 * the store behind ISR pages, route handlers and the data cache.
 *
 * With REDIS_URL set, entries live in Redis, so several `next start` (or
 * standalone) instances behind a load balancer serve a page that any one of
 * them rendered. Without it, Next's own file-system cache does the work, as if
 * no handler were configured. Next constructs one handler per request; state
 * lives in the shared Redis store.
 *
 * Next imports this module with a plain `import()` of a file path, outside its
 * bundler, so it must be JavaScript: `npm run build` and `npm run dev` compile
 * it and the sibling modules it imports to dist/ (scripts/compile-cache-handler.mjs).
 * That is why it imports packages and modules of this folder only.
 */
import type { CacheHandler, CacheHandlerContext, CacheHandlerValue } from 'next/dist/server/lib/incremental-cache';
import type { IncrementalCacheValue } from 'next/dist/server/response-cache';
import { entryTags, parseEntry, serialiseEntry } from './entry-serialisation';
import type { GetContext, SetContext } from './next-cache-context';
import { nextFileSystemCache } from './next-file-system-cache';
import { redisSettings } from './redis-settings';
import { redisStoreFor, type RedisStore } from './redis-store';

/** The kinds a build prerenders, which the file-system cache holds on every instance. */
function isResponseKind(ctx: GetContext): boolean {
  // Widened to string: Next's kinds are a const enum that cannot be imported here.
  const kind: string = ctx.kind;
  return kind === 'APP_PAGE' || kind === 'APP_ROUTE' || kind === 'PAGES';
}

export default class RedisCacheHandler implements CacheHandler {
  readonly #local: CacheHandler | null;
  readonly #redis: RedisStore | null;

  constructor(ctx: CacheHandlerContext) {
    this.#local = nextFileSystemCache(ctx);
    const settings = redisSettings(ctx);
    this.#redis = settings ? redisStoreFor(settings) : null;
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
