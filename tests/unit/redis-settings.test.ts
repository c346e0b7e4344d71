/**
 * When the cache handler uses Redis, and under which key prefix and TTL
 * (lib/cache/redis-settings.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TTL_SECONDS, redisSettings } from '@/lib/cache/redis-settings';

describe('settings', () => {
  const dirs: string[] = [];
  function serverDistDir(buildId: string | null): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-settings-'));
    dirs.push(dir);
    if (buildId !== null) fs.writeFileSync(path.join(dir, 'BUILD_ID'), buildId);
    fs.mkdirSync(path.join(dir, 'server'));
    return path.join(dir, 'server');
  }
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('uses Redis only when REDIS_URL is set, outside builds and development', () => {
    const dir = serverDistDir('b1');
    expect(redisSettings({ serverDistDir: dir }, {})).toBeNull();
    expect(redisSettings({ serverDistDir: dir }, { REDIS_URL: ' ' })).toBeNull();
    expect(redisSettings({ serverDistDir: dir }, { REDIS_URL: 'redis://127.0.0.1:1', NEXT_PHASE: 'phase-production-build' })).toBeNull();
    expect(redisSettings({ serverDistDir: dir, dev: true }, { REDIS_URL: 'redis://127.0.0.1:1' })).toBeNull();
    expect(redisSettings({}, { REDIS_URL: 'redis://127.0.0.1:1' })).toBeNull();
  });

  it('prefixes keys with the build id, and bounds entries with a TTL', () => {
    expect(redisSettings({ serverDistDir: serverDistDir('b2') }, { REDIS_URL: 'redis://127.0.0.1:1' })).toEqual({
      url: 'redis://127.0.0.1:1',
      keyPrefix: 'career-compare:b2:',
      ttlSeconds: DEFAULT_TTL_SECONDS,
    });
    expect(redisSettings({ serverDistDir: serverDistDir('b3') }, { REDIS_URL: 'redis://h:1', REDIS_KEY_PREFIX: 'staging', REDIS_CACHE_TTL_SECONDS: '600' })).toEqual({
      url: 'redis://h:1',
      keyPrefix: 'staging:b3:',
      ttlSeconds: 600,
    });
    expect(redisSettings({ serverDistDir: serverDistDir('b4') }, { REDIS_URL: 'redis://h:1', REDIS_CACHE_TTL_SECONDS: '-5' })?.ttlSeconds).toBe(DEFAULT_TTL_SECONDS);
  });

  it('shares nothing when the build id is unknown', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(redisSettings({ serverDistDir: serverDistDir(null) }, { REDIS_URL: 'redis://127.0.0.1:1' })).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
