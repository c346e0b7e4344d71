/**
 * Whether and how the cache handler uses Redis, read from the environment at
 * run time, so one build serves with or without Redis (the standalone server
 * freezes next.config at build).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CacheHandlerContext } from 'next/dist/server/lib/incremental-cache';

/** How long an entry outlives its last write; bounds the store (old builds' keys expire too). */
export const DEFAULT_TTL_SECONDS = 24 * 60 * 60;

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
