import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './lib/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Benchmarks build into a scratch folder so they never replace the project's own build.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  // A self-contained server in .next/standalone (traced node_modules, server.js); `npm run serve` runs it.
  output: 'standalone',
  // The profiles are read at run time from content/generated (lib/occupations.ts), so the
  // standalone folder must carry them; listed explicitly rather than left to the tracer's guesses.
  outputFileTracingIncludes: { '/*': ['content/generated/**/*'] },
  // ISR pages and the data cache go through this handler: shared through Redis when REDIS_URL
  // is set where the server runs, Next's own file-system cache otherwise. Compiled from
  // lib/cache/redis-cache-handler.ts by `npm run build` / `npm run dev`.
  cacheHandler: fileURLToPath(new URL('./dist/redis-cache-handler.mjs', import.meta.url)),
  // `npm test` type-checks the whole project (`tsc --noEmit`) as its own step;
  // checking again inside every build only makes builds slower.
  typescript: { ignoreBuildErrors: true },
  // Cached pages may be served stale for at most a day after their hour is up
  // (stale-while-revalidate), so a new ingest reaches every cache within a day.
  expireTime: 86400,
  experimental: {
    // Prerender with every core (the default leaves one idle).
    cpus: availableParallelism(),
    // Pairs rendered on demand stay in the bounded in-memory cache (and the CDN
    // or proxy in front) instead of one file each on disk: 25 million ordered
    // pairs at 5,000 occupations would fill the disk.
    isrFlushToDisk: false,
  },
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      {
        // Share images change only when the data does: let browsers and CDNs keep them for a day.
        source: '/compare/:pair/opengraph-image',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=86400, s-maxage=86400, stale-while-revalidate=604800' }],
      },
    ];
  },
};

export default nextConfig;
