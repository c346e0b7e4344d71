import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './lib/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project (`tsc --noEmit`) as its own step;
  // checking again inside every build only makes builds slower.
  typescript: { ignoreBuildErrors: true },
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
