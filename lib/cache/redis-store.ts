/**
 * The cache handler's Redis connection: one per process and settings, shared
 * by the handler instances Next creates for every request. A Redis that is
 * slow or down reads as a miss and is logged once, never an error.
 */
import { createClient } from 'redis';
import type { RedisCacheSettings } from './redis-settings';

/**
 * A Redis call slower than this is a miss: a slow cache must not make every
 * page slow. Generous, because the timer also runs while a long render blocks
 * this process's event loop, and a reply waiting unread is not a slow Redis.
 */
const COMMAND_TIMEOUT_MS = 1000;
/** How long the first request of a fresh process waits for the first connection. */
const FIRST_CONNECT_WAIT_MS = 1000;

/** The URL without credentials, for log lines. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'REDIS_URL';
  }
}

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

class RedisStore {
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

export type { RedisStore };

const stores = new Map<string, RedisStore>();

/** The shared store for these settings, connecting on first use. */
export function redisStoreFor(settings: RedisCacheSettings): RedisStore {
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
