/**
 * Random and hostile request targets for route fuzzing, shared by the long
 * run (npm run fuzz:routes) and the e2e property (route-fuzz.spec.ts).
 * Targets are sent byte for byte (shared/http-client.ts), not through a URL
 * parser: a WHATWG URL would resolve "../" and "%2e%2e" and re-encode
 * malformed escapes before the server ever saw them.
 *
 * The contract the property checks: every response is 200, a redirect, 400
 * or 404 — never a 5xx — and the server keeps answering.
 */
import http from 'node:http';
import fc from 'fast-check';
import { httpGet, sendRequest } from '../../shared/http-client';
import { readOccupationIndex } from '../../shared/occupation-index';
import { SEED_SLUGS } from '../../shared/seed-slugs';

/** Slugs used when the server's own cannot be discovered: the seed pages' occupations. */
export const FALLBACK_SLUGS: readonly string[] = SEED_SLUGS;

/** Statuses a hostile request may get: found, moved, refused as malformed, or not found. */
export function isAcceptableStatus(status: number): boolean {
  return status === 200 || status === 400 || status === 404 || (status >= 300 && status < 400);
}

/**
 * Percent-encodes every UTF-8 byte outside the unreserved set, as a browser
 * would. A lone surrogate has no UTF-8 form; it is written as the three bytes
 * CESU-8 would use ("%ED%A0%80"), which no UTF-8 decoder accepts: one more
 * malformed escape to send.
 */
function encodeAll(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    }
  }
  return out;
}

/** Keeps printable ASCII as typed (so "/", "%", "..", "<" reach the server raw) and encodes the rest. */
function rawButSendable(text: string): string {
  let out = '';
  for (const ch of text) out += /^[\x21-\x7e]$/.test(ch) && ch !== '#' ? ch : encodeAll(ch);
  return out;
}

const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '</script><script>alert(2)</script>',
  'javascript:alert(1)',
  "'; DROP TABLE occupations; --",
  '${7*7}{{7*7}}',
  '\u202egnp.exe',
  '\u0000\u0001\u001f\u007f',
  'Ω≈ç√∫˜µ≤≥÷',
  '👩🏽‍🚀🧑‍⚕️',
  '𝕏𝕐ℤ',
  'ﷺ۝',
  'ｆｕｌｌｗｉｄｔｈ',
];

/** Pieces that look like path syntax: traversal, encoded separators, NUL, broken escapes. */
const PATH_TRICKS = [
  '..',
  '../',
  '../../etc/passwd',
  '..%2f',
  '..%2F..%2F',
  '%2e%2e',
  '%2e%2e%2f',
  '%2E%2E/',
  '.%2e/',
  '%2F',
  '%2f%2f',
  '%5C',
  '\\..\\',
  '%00',
  '%00.json',
  '%',
  '%%',
  '%2',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%C0%AE%C0%AE/',
  '%FF%FE',
  '%ED%A0%80',
  '%F4%90%80%80',
  '//',
  '/./',
  ';jsessionid=1',
  '.json',
  '.rsc',
  '.xml',
  '.html',
  '~',
  '*',
  '%23frag',
  '%3F',
];

/** A slug-shaped, hostile or random piece of text, written into a URL in one of several ways. */
function pieceArbitrary(slugs: readonly string[]): fc.Arbitrary<string> {
  const real = fc.constantFrom(...slugs);
  const fake = fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,4}$/);
  const slugLike = fc.oneof({ weight: 3, arbitrary: real }, { weight: 2, arbitrary: fake });
  const pair = fc
    .tuple(slugLike, slugLike, fc.constantFrom('-vs-', '-vs-vs-', '-VS-', '-vs', 'vs-', '-vs--vs-'))
    .map(([a, b, sep]) => `${a}${sep}${b}`);
  const sameTwice = real.map((s) => `${s}-vs-${s}`);
  const triple = fc.tuple(real, real, real).map(([a, b, c]) => `${a}-vs-${b}-vs-${c}`);
  const overLong = fc
    .tuple(fc.constantFrom('a', 'ab-', '-vs-', '%41', '%', '🦄', '.', '/'), fc.integer({ min: 300, max: 10_000 }))
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
  const unicode = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 });
  const anyText = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 });
  const hostile = fc.constantFrom(...HOSTILE_TEXT);
  const text = fc.oneof(hostile, unicode, anyText, slugLike);
  const written = fc.oneof(
    text.map(encodeAll),
    text.map(rawButSendable),
    // Encoded twice: "%253Cscript%253E" decodes once to an escape, never to markup.
    text.map((t) => encodeAll(encodeAll(t))),
  );
  const trick = fc.constantFrom(...PATH_TRICKS);
  const spliced = fc.tuple(slugLike, trick, fc.boolean()).map(([s, t, before]) => (before ? `${t}${s}` : `${s}${t}`));
  return fc.oneof(
    { weight: 4, arbitrary: slugLike },
    { weight: 4, arbitrary: pair },
    { weight: 1, arbitrary: sameTwice },
    { weight: 1, arbitrary: triple },
    { weight: 2, arbitrary: overLong },
    { weight: 3, arbitrary: written },
    { weight: 3, arbitrary: trick },
    { weight: 3, arbitrary: spliced },
  );
}

const PREFIXES = [
  '/',
  '/compare/',
  '/compare/',
  '/compare/',
  '/occupations/',
  '/occupations/',
  '/occupations/',
  '/sitemap/',
  '/api/occupations/',
  '/api/not-found-help/',
  '/_next/static/',
  '/_next/static/chunks/',
  '/_next/data/',
  '/_next/image/',
  '/%2e%2e/',
  '//',
];

/** Routes that take a query, with the parameters they read. */
const QUERY_ROUTES: ReadonlyArray<[string, readonly string[]]> = [
  ['/api/occupations', ['q']],
  ['/api/not-found-help', ['path']],
  ['/compare/pick', ['a', 'b', 'swap']],
  ['/compare', ['o']],
  ['/', ['q', 'o', '_rsc']],
  ['/_next/image', ['url', 'w', 'q']],
  ['/sitemap.xml', ['k']],
  ['/robots.txt', ['x']],
];

function queryArbitrary(slugs: readonly string[], keys: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fc.constantFrom('o', '_rsc', '__proto__', 'constructor', '%', '', 'a[]', 'q%00') });
  const value = fc.oneof(fc.constant(''), pieceArbitrary(slugs), fc.constantFrom(...slugs).map((s) => `/compare/${s}-vs-x`));
  const param = fc.tuple(key, value, fc.boolean()).map(([k, v, bare]) => (bare && v === '' ? k : `${k}=${v}`));
  const few = fc.array(param, { minLength: 0, maxLength: 6 });
  // Hundreds of o= (the multi-compare takes two to four).
  const many = fc
    .tuple(fc.integer({ min: 5, max: 400 }), fc.constantFrom(...slugs), fc.boolean())
    .map(([n, slug, distinct]) => Array.from({ length: n }, (_, i) => `o=${distinct ? `${slug}${i}` : slug}`));
  return fc.oneof({ weight: 5, arbitrary: few }, { weight: 1, arbitrary: many }).map((params) => (params.length > 0 ? `?${params.join('&')}` : ''));
}

export interface FuzzRequest {
  method: 'GET' | 'HEAD';
  /** The request target exactly as sent: path and query, never parsed. */
  target: string;
}

/** Keeps a request line under Node's 16 KB header limit, so the application (not the HTTP parser) answers. */
export const MAX_TARGET_LENGTH = 14_000;

/**
 * What can go on the wire: printable ASCII as generated (raw "%", "..", "<"
 * included), everything else as UTF-8 escapes, cut to MAX_TARGET_LENGTH
 * (which may leave a broken escape at the end: also worth sending).
 */
function sendable(target: string): string {
  const encoded = rawButSendable(target);
  return encoded.length > MAX_TARGET_LENGTH ? encoded.slice(0, MAX_TARGET_LENGTH) : encoded;
}

/** Hostile request targets over every route: paths built from pieces, queries, and sitemap/share-image shapes. */
export function hostileRequestArbitrary(slugs: readonly string[] = FALLBACK_SLUGS): fc.Arbitrary<FuzzRequest> {
  const piece = pieceArbitrary(slugs);
  const pathOnly = fc
    .tuple(fc.constantFrom(...PREFIXES), fc.array(piece, { minLength: 0, maxLength: 3 }), fc.constantFrom('', '', '/', '/opengraph-image', '/opengraph-image.png', '/twitter-image', '/..', '%2F'))
    .map(([prefix, pieces, suffix]) => `${prefix}${pieces.join('/')}${suffix}`);
  const sitemap = fc
    .oneof(fc.nat({ max: 20 }).map(String), fc.constantFrom('-1', '01', '1e3', '9999999', '99999999', 'NaN', '0x1', '%30', '..%2F0', ''), piece)
    .map((k) => `/sitemap/${k}${k.endsWith('.xml') ? '' : '.xml'}`);
  const routed = fc
    .constantFrom(...QUERY_ROUTES)
    .chain(([route, keys]) => queryArbitrary(slugs, keys).map((query) => `${route}${query}`));
  const pick = fc
    .tuple(piece, piece, fc.boolean())
    .map(([a, b, swap]) => `/compare/pick?a=${a}&b=${b}${swap ? '&swap=1' : ''}`);
  const target = fc.oneof({ weight: 6, arbitrary: pathOnly }, { weight: 1, arbitrary: sitemap }, { weight: 4, arbitrary: routed }, { weight: 2, arbitrary: pick });
  return fc.record({
    method: fc.oneof({ weight: 9, arbitrary: fc.constant<'GET'>('GET') }, { weight: 1, arbitrary: fc.constant<'HEAD'>('HEAD') }),
    target: target.map(sendable),
  });
}

/** One keep-alive agent per process, so thousands of requests reuse a few sockets. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

export interface FuzzResponse {
  status: number;
  /** The first bytes of the body, for reporting. */
  excerpt: string;
}

/** Requests re-sent because a kept-alive socket was closed under them (see shared/http-client.ts). */
export let resentOnStaleSocket = 0;

/** Sends the target as written and reads the whole response. */
export async function sendRaw(baseUrl: string, request: FuzzRequest, timeoutMs = 30_000): Promise<FuzzResponse> {
  const response = await sendRequest(baseUrl, request.target, {
    method: request.method,
    agent,
    timeoutMs,
    // A redirect for a 14 KB path repeats it in several headers; browsers accept far more than Node's 16 KB default.
    maxHeaderSize: 256 * 1024,
    headers: { accept: 'text/html,*/*' },
  });
  resentOnStaleSocket += response.resent;
  return { status: response.status, excerpt: response.body.subarray(0, 2_000).toString('utf8').slice(0, 500) };
}

/** Releases the keep-alive sockets so the process can exit. */
export function closeConnections(): void {
  agent.destroy();
}

/**
 * The server's own occupation slugs, read from its sitemap, so pairs mix
 * real and fake slugs; the seed slugs when the sitemap cannot be read.
 */
export async function discoverSlugs(baseUrl: string, limit = 200): Promise<string[]> {
  try {
    const response = await httpGet(new URL('/sitemap/0.xml', baseUrl).href, {}, undefined, 15_000);
    if (response.status !== 200) return [...FALLBACK_SLUGS];
    const xml = response.body.toString('utf8');
    const slugs = new Set<string>();
    for (const match of xml.matchAll(/\/occupations\/([a-z0-9-]+)</g)) {
      if (match[1]) slugs.add(match[1]);
      if (slugs.size >= limit) break;
    }
    return slugs.size > 0 ? [...slugs] : [...FALLBACK_SLUGS];
  } catch {
    return [...FALLBACK_SLUGS];
  }
}

/**
 * The earlier slugs (aliases) in a generated folder's index: the sitemap
 * lists only current slugs, and aliases take the proxy's redirect path.
 * Empty when the folder has no readable index.
 */
export function aliasSlugs(generatedDir: string): string[] {
  try {
    return readOccupationIndex(generatedDir).occupations.flatMap((o) => o.aliases ?? []);
  } catch {
    return [];
  }
}

export interface FuzzFailure {
  request: FuzzRequest;
  status?: number;
  error?: string;
  excerpt?: string;
}

/** Shortens a target for printing: a 10,000-character slug is not worth reading in full. */
export function describeTarget(target: string): string {
  return target.length > 300 ? `${target.slice(0, 200)}… (${target.length} chars) …${target.slice(-60)}` : target;
}

/**
 * Sends `runs` seeded hostile requests, `concurrency` at a time, and collects
 * every answer that breaks the contract (a 5xx, another unexpected status,
 * or no answer at all). Deterministic for a seed: the same targets in the
 * same order.
 */
export async function fuzzRoutes(options: {
  baseUrl: string;
  runs: number;
  seed: number;
  slugs?: readonly string[];
  concurrency?: number;
  onProgress?: (done: number) => void;
}): Promise<{ statuses: Map<number, number>; failures: FuzzFailure[]; requests: number }> {
  const requests = fc.sample(hostileRequestArbitrary(options.slugs ?? FALLBACK_SLUGS), { numRuns: options.runs, seed: options.seed });
  const statuses = new Map<number, number>();
  const failures: FuzzFailure[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next];
      next += 1;
      if (!request) continue;
      try {
        const response = await sendRaw(options.baseUrl, request);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (!isAcceptableStatus(response.status)) failures.push({ request, status: response.status, excerpt: response.excerpt });
      } catch (error) {
        failures.push({ request, error: error instanceof Error ? error.message : String(error) });
      }
      done += 1;
      options.onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return { statuses, failures, requests: requests.length };
}
