/**
 * Next's own file-system cache, a private module of Next: the whole cache
 * without Redis, and with Redis the pages the build prerendered (every
 * instance ships the same ones).
 */
import { createRequire } from 'node:module';
import type { CacheHandler, CacheHandlerContext } from 'next/dist/server/lib/incremental-cache';
import type FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache';
import { isPlainRecord } from './is-plain-record';

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

/** Next's file-system cache for this context, or null where Next would have none. */
export function nextFileSystemCache(ctx: CacheHandlerContext): CacheHandler | null {
  const { fs: cacheFs, serverDistDir } = ctx;
  // Next gives both to Node servers; without them it would have no file-system cache either.
  return cacheFs && serverDistDir ? new (loadFileSystemCache())({ ...ctx, fs: cacheFs, serverDistDir }) : null;
}
