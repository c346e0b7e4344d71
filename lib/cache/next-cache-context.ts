/** What Next passes to a cache handler's get() and set() (Next exports no names for them). */
import type { CacheHandler } from 'next/dist/server/lib/incremental-cache';

export type GetContext = Parameters<CacheHandler['get']>[1];
export type SetContext = Parameters<CacheHandler['set']>[2];
