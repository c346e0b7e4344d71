import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * Browser tests run against the production build in Debian's Chromium
 * (no browser downloads). The web server ingests the seed pages, builds, and serves.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // The standalone server, as deployed (`npm run serve`).
    command: 'npm run ingest -- --quiet && npm run build && npm run serve',
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    // Canonical URLs, sitemaps and share-image URLs then point at the server under test.
    // Prerender only the scraped pairs, as a large corpus does, so the other pairs render
    // on first request: the suite covers both, and shared-cache.spec.ts needs the latter.
    env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(PORT), SITE_URL: `http://127.0.0.1:${PORT}`, PRERENDER_PAIR_LIMIT: '10' },
  },
});
