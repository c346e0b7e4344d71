import { describe, expect, it } from 'vitest';
import { withoutProxy, withServerConfig } from '@/scripts/measure/lib/standalone-variants';

// The shape of the server.js `next build` writes for `output: 'standalone'` (Next.js 16), config abridged.
const SERVER_JS = `performance.mark('next-start');
import path from 'node:path'
const dir = path.join(__dirname)
let keepAliveTimeout = parseInt(process.env.KEEP_ALIVE_TIMEOUT, 10)
const nextConfig = {"env":{},"distDir":"./.next","cacheHandler":"../dist/redis-cache-handler.mjs","compress":true,"generateEtags":true,"poweredByHeader":false,"expireTime":86400,"experimental":{"isrFlushToDisk":false}}

process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(nextConfig)

require('next')
const { startServer } = require('next/dist/server/lib/start-server')
`;

const MANIFEST = JSON.stringify({
  version: 1,
  functions: {
    '/_middleware': { runtime: 'nodejs', matchers: [{ regexp: '^/compare$', originalSource: '/compare' }] },
  },
});

function inlinedConfig(serverJs: string): unknown {
  const line = serverJs.split('\n').find((l) => l.startsWith('const nextConfig = '));
  return JSON.parse(line?.slice('const nextConfig = '.length) ?? 'null');
}

describe('standalone variants for measuring what a request costs', () => {
  it('sets generateEtags and compress in the inlined config and leaves the rest of server.js alone', () => {
    const changed = withServerConfig(SERVER_JS, { generateEtags: false, compress: false });
    expect(inlinedConfig(changed)).toEqual({
      env: {},
      distDir: './.next',
      cacheHandler: '../dist/redis-cache-handler.mjs',
      compress: false,
      generateEtags: false,
      poweredByHeader: false,
      expireTime: 86400,
      experimental: { isrFlushToDisk: false },
    });
    expect(changed.split('\n').filter((l) => !l.startsWith('const nextConfig'))).toEqual(SERVER_JS.split('\n').filter((l) => !l.startsWith('const nextConfig')));
  });

  it('refuses a server.js it does not recognise instead of measuring an unchanged build', () => {
    expect(() => withServerConfig(SERVER_JS.replace('const nextConfig = ', 'const config = '), { generateEtags: false, compress: true })).toThrow(/no "const nextConfig/);
    expect(() => withServerConfig(SERVER_JS.replace('"generateEtags":true,', ''), { generateEtags: false, compress: true })).toThrow(/no boolean "generateEtags"/);
  });

  it('removes proxy.ts from the functions manifest and keeps everything else', () => {
    const withOther = JSON.stringify({ ...JSON.parse(MANIFEST), functions: { ...JSON.parse(MANIFEST).functions, '/api/x': { runtime: 'nodejs' } } });
    expect(JSON.parse(withoutProxy(withOther))).toEqual({ version: 1, functions: { '/api/x': { runtime: 'nodejs' } } });
  });

  it('refuses a build without proxy.ts: there would be nothing to leave out', () => {
    expect(() => withoutProxy(JSON.stringify({ version: 1, functions: {} }))).toThrow(/no "\/_middleware"/);
  });
});
