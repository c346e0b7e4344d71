/**
 * deploy/nginx.conf as the scripts fill it in: every placeholder filled,
 * the caching behaviour the deployment relies on present, and (where nginx
 * is installed) a config nginx itself accepts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NGINX_TEMPLATE, renderNginxConfig, valuesUnder } from '@/scripts/serve/nginx-config';

const template = fs.readFileSync(NGINX_TEMPLATE, 'utf8');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-config-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the nginx template', () => {
  const values = valuesUnder(work, '127.0.0.1:8399', '127.0.0.1:3399');
  const config = renderNginxConfig(template, values);
  const directives = config.replace(/#.*$/gm, '');

  it('fills every placeholder and writes only under the given folder', () => {
    expect(config).not.toMatch(/\{\{/);
    expect(directives).not.toMatch(/\/var\//);
    for (const directive of ['pid', 'error_log', 'access_log', 'proxy_cache_path', 'client_body_temp_path', 'proxy_temp_path']) {
      expect(config).toMatch(new RegExp(`^\\s*${directive} ${work}/`, 'm'));
    }
  });

  it('caches by the origin, serves stale while updating, compresses and marks the cache status', () => {
    expect(config).toContain('proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;');
    expect(config).toContain('proxy_cache_background_update on;');
    expect(config).toContain('proxy_cache_lock on;');
    expect(config).toContain('add_header X-Cache-Status $upstream_cache_status always;');
    expect(config).not.toMatch(/proxy_cache_valid|proxy_ignore_headers/);
    expect(config).toMatch(/^\s*gzip on;/m);
    for (const type of ['text/css', 'application/javascript', 'application/json', 'image/svg+xml', 'application/xml']) expect(config).toContain(type);
    expect(config).toMatch(/upstream next_app \{[^}]*keepalive \d+;/);
  });

  it('refuses a value that would break out of its directive, and a placeholder it has no value for', () => {
    expect(() => renderNginxConfig(template, { ...values, cache_dir: '/tmp/x; user root' })).toThrow(/cache_dir/);
    expect(() => renderNginxConfig(`${template}\n{{unknown}}`, values)).toThrow(/no value for \{\{unknown\}\}/);
  });

  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
  it.skipIf(!nginx)('is accepted by nginx -t', () => {
    for (const dir of ['cache', 'temp', 'conf.d']) fs.mkdirSync(path.join(work, dir), { recursive: true });
    const file = path.join(work, 'nginx.conf');
    fs.writeFileSync(file, config);
    const result = spawnSync(nginx ?? 'nginx', ['-p', work, '-c', file, '-e', values.error_log, '-t', '-q'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
