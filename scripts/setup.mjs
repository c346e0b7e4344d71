#!/usr/bin/env node
/**
 * Installs what is missing, and nothing else, so `npm start` and `npm test`
 * work on a fresh clone:
 *   - npm packages with `npm ci` when node_modules is absent or older than the lockfile;
 *   - with --browser (what `npm test` needs): Debian's Chromium, fonts for screenshots,
 *     redis-server for the shared-cache tests and nginx (with brotli) for the proxy tests,
 *     via apt-get when run as root.
 *   - with --servers: nginx (with brotli), wrk and redis-server (serving benchmarks, load test)
 *     via apt-get when run as root.
 * Plain Node with no dependencies, because it runs before any are installed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = new Set(process.argv.slice(2));

function run(command, commandArgs, options = {}) {
  console.log(`setup: ${command} ${commandArgs.join(' ')}`);
  execFileSync(command, commandArgs, { stdio: 'inherit', cwd: root, ...options });
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

function ensureNodeModules() {
  const lock = path.join(root, 'package-lock.json');
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (mtime(installed) >= mtime(lock) && mtime(installed) > 0) return;
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let aptUpdated = false;

/** Installs Debian packages whose files are missing; needs root, otherwise says what to install. */
function ensureDebianPackages(packages, probe) {
  const missing = packages.filter((p) => !probe(p));
  if (missing.length === 0) return;
  if (!isRoot) {
    console.error(`setup: missing ${missing.map((p) => p.name).join(', ')}; install with: sudo apt-get install -y ${missing.map((p) => p.name).join(' ')}`);
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    run('apt-get', ['update', '-qq'], { env });
    aptUpdated = true;
  }
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((p) => p.name)], { env });
}

ensureNodeModules();

const NGINX_PACKAGES = [
  // "nginx" rather than a flavour such as nginx-light: it exists in every Debian release, and its
  // default build has the proxy, cache and gzip modules deploy/nginx.conf uses.
  { name: 'nginx', file: '/usr/sbin/nginx' },
  // Brotli for the compressed cache (deploy/nginx.conf keeps its brotli lines only where these exist).
  { name: 'libnginx-mod-http-brotli-filter', file: '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so' },
  { name: 'libnginx-mod-http-brotli-static', file: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so' },
];

if (args.has('--browser')) {
  ensureDebianPackages(
    [
      { name: 'chromium', file: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      // Fonts so screenshots and share images render text the same everywhere.
      { name: 'fonts-dejavu-core', file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
      { name: 'fonts-liberation2', file: '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf' },
      // The shared-cache tests start their own throwaway Redis.
      { name: 'redis-server', file: process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server' },
      // The proxy tests run deploy/nginx.conf, with brotli as deployed.
      ...NGINX_PACKAGES,
    ],
    (p) => fs.existsSync(p.file),
  );
}

if (args.has('--servers')) {
  ensureDebianPackages(
    [
      ...NGINX_PACKAGES,
      { name: 'wrk', file: '/usr/bin/wrk' },
      { name: 'redis-server', file: '/usr/bin/redis-server' },
    ],
    (p) => fs.existsSync(p.file),
  );
}
