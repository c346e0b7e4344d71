/**
 * Copies of a standalone build that each leave out one thing Next.js does
 * for every request, so its cost can be measured as the difference. They are
 * measurements, not configurations to ship: each part left out serves a
 * reader or the site (proxy.ts answers made-up URLs without rendering, the
 * ETag gives 304s, gzip shrinks the page eightfold).
 *
 * Next.js inlines the build's config into the generated server.js
 * (`const nextConfig = {…}`) and reads it from there at start, so a variant
 * changes that line; proxy.ts runs when functions-config-manifest.json lists
 * it, so leaving it out removes that entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const VARIANTS = ['shipped', 'no-proxy', 'no-etag', 'no-gzip', 'bare'] as const;
export type Variant = (typeof VARIANTS)[number];

interface Parts {
  proxy: boolean;
  generateEtags: boolean;
  compress: boolean;
}

/** What each variant runs, and what it leaves out as reports name it (the shipped build: nothing). */
export const VARIANT_PARTS: Record<Variant, Parts & { leavesOut?: string }> = {
  shipped: { proxy: true, generateEtags: true, compress: true },
  'no-proxy': { proxy: false, generateEtags: true, compress: true, leavesOut: 'proxy.ts' },
  'no-etag': { proxy: true, generateEtags: false, compress: true, leavesOut: 'ETag hash' },
  'no-gzip': { proxy: true, generateEtags: true, compress: false, leavesOut: 'gzip' },
  bare: { proxy: false, generateEtags: false, compress: false, leavesOut: 'all three' },
};

const CONFIG_LINE = /^const nextConfig = (\{.*\})$/m;
/** The inlined config: only the two settings a variant changes must be there (as booleans); the rest is kept as it is. */
const InlinedConfig = z.looseObject({ generateEtags: z.boolean(), compress: z.boolean() });

/** server.js with its inlined config's `generateEtags` and `compress` set; throws when the file has no such line. */
export function withServerConfig(serverJs: string, settings: Pick<Parts, 'generateEtags' | 'compress'>): string {
  const match = CONFIG_LINE.exec(serverJs);
  if (!match?.[1]) throw new Error('server.js: no "const nextConfig = {…}" line (has Next.js changed how it writes the standalone server?)');
  const config = InlinedConfig.safeParse(JSON.parse(match[1]));
  if (!config.success) throw new Error(`server.js: the inlined config has no boolean "${config.error.issues[0]?.path.map(String).join('.') ?? ''}"`);
  const line = `const nextConfig = ${JSON.stringify({ ...config.data, generateEtags: settings.generateEtags, compress: settings.compress })}`;
  return serverJs.replace(CONFIG_LINE, () => line);
}

const FunctionsManifest = z.looseObject({ functions: z.record(z.string(), z.unknown()) });
/** Where Next.js lists the Node.js proxy (formerly middleware). */
const PROXY_ENTRY = '/_middleware';

/** functions-config-manifest.json without proxy.ts; throws when it does not list one. */
export function withoutProxy(manifestJson: string): string {
  const manifest = FunctionsManifest.parse(JSON.parse(manifestJson));
  if (!(PROXY_ENTRY in manifest.functions)) throw new Error(`functions-config-manifest.json lists no "${PROXY_ENTRY}": the build has no proxy.ts to leave out`);
  const { [PROXY_ENTRY]: _left, ...functions } = manifest.functions;
  return JSON.stringify({ ...manifest, functions }, null, 2);
}

/**
 * Makes `dir` (a copy of the standalone folder from `source`) the given
 * variant, from the source's own files each time, so variants can follow
 * each other in one copy.
 */
export function applyVariant(source: string, dir: string, variant: Variant): void {
  const parts = VARIANT_PARTS[variant];
  const serverJs = fs.readFileSync(path.join(source, 'server.js'), 'utf8');
  fs.writeFileSync(path.join(dir, 'server.js'), withServerConfig(serverJs, parts));
  const manifest = path.join('.next', 'server', 'functions-config-manifest.json');
  const original = fs.readFileSync(path.join(source, manifest), 'utf8');
  fs.writeFileSync(path.join(dir, manifest), parts.proxy ? original : withoutProxy(original));
}
