/**
 * deploy/nginx.conf as the scripts fill it in: every placeholder filled,
 * the caching behaviour the deployment relies on present, brotli lines kept
 * only when asked, the known-slug map built from the real seed index, and
 * (where nginx is installed) a config nginx itself accepts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliModulesInstalled, foldersToCreate, knownSlugsMap, NGINX_TEMPLATE, renderNginxConfig, valuesUnder } from '@/scripts/nginx-config';
import { nginxBinary } from '@/scripts/shared/nginx-process';
import { seedIndex } from '../helpers/seed-profiles';

const template = fs.readFileSync(NGINX_TEMPLATE, 'utf8');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-config-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const index = { occupations: seedIndex(), pairs: [], landingPairs: [] };

describe('the nginx template', () => {
  const values = valuesUnder(work, '127.0.0.1:8399', '127.0.0.1:3399');
  const config = renderNginxConfig(template, values, { brotli: true });
  const withoutBrotli = renderNginxConfig(template, values, { brotli: false });
  const directives = config.replace(/#.*$/gm, '');

  it('fills every placeholder and writes only under the given folder', () => {
    expect(config).not.toMatch(/\{\{/);
    expect(directives).not.toMatch(/\/var\//);
    for (const directive of ['pid', 'error_log', 'access_log', 'proxy_cache_path', 'client_body_temp_path', 'proxy_temp_path']) {
      expect(config).toMatch(new RegExp(`^\\s*${directive} ${work}/`, 'm'));
    }
    expect(config).toContain(`include ${work}/known-slugs.map;`);
    expect(config).toContain(`listen unix:${work}/temp/compressor.sock;`);
  });

  it('caches by the origin, serves stale while updating, and marks the cache status', () => {
    expect(config).toContain('proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;');
    expect(config).toContain('proxy_cache_background_update on;');
    expect(config).toContain('proxy_cache_lock on;');
    expect(config).toContain('add_header X-Cache-Status $upstream_cache_status always;');
    expect(config).toMatch(/upstream next_app \{[^}]*keepalive \d+;/);
    expect(config).toMatch(/^pcre_jit on;$/m);
    // Only the 404 page gets a lifetime of the proxy's choosing; everything else is the origin's word.
    expect(config.match(/proxy_cache_valid [^;]*;/g)).toEqual(['proxy_cache_valid 404 5m;']);
    expect(config).not.toContain('proxy_ignore_headers');
  });

  it('keeps one compressed copy per encoding: the key names it, and compression happens only behind the cache', () => {
    expect(config).toContain('proxy_cache_key $scheme$proxy_host$request_uri$cache_encoding;');
    expect(config).toContain('proxy_set_header Accept-Encoding $cache_encoding;');
    const [http, compressor, proxy] = config.split(/^ {4}server \{$/m);
    expect(http).not.toMatch(/^\s*(gzip|brotli) on;/m);
    expect(compressor).toMatch(/^\s*gzip on;/m);
    expect(compressor).toMatch(/^\s*brotli on;/m);
    expect(compressor).toContain('proxy_set_header Accept-Encoding "";');
    for (const type of ['text/css', 'application/javascript', 'application/json', 'image/svg+xml', 'application/xml', 'text/x-component']) expect(compressor).toContain(type);
    expect(proxy).not.toMatch(/^\s*(gzip|brotli) on;/m);
    expect(proxy).toContain('add_header Vary Accept-Encoding always;');
  });

  it('drops every brotli line, and only those, when the modules are not there', () => {
    expect(config).toMatch(/^load_module \S+\/ngx_http_brotli_filter_module\.so;$/m);
    expect(config).toMatch(/"~\*\\bbr\\b" br;/);
    expect(withoutBrotli.replace(/#.*$/gm, '')).not.toMatch(/brotli|\bbr\b/);
    expect(withoutBrotli).not.toMatch(/^#\[brotli\]/m);
    expect(config).not.toMatch(/^#\[brotli\]/m);
    const marked = template.split('\n').filter((l) => l.startsWith('#[brotli]'));
    expect(marked.length).toBeGreaterThanOrEqual(8);
    expect(config.split('\n')).toHaveLength(withoutBrotli.split('\n').length + marked.length);
  });

  it('answers made-up pair and occupation paths itself, and sends any 404 as the one cached page', () => {
    expect(config).toMatch(/location ~ "\^\/compare\/\(\?<slug_a>\[a-z0-9-\]\+\?\)-vs-\(\?<slug_b>[^"]*" \{\s*if \(\$known_pair = 0\) \{\s*return 404;/);
    expect(config).toMatch(/location ~ "\^\/occupations\/\(\?<slug_a>[^"]*" \{\s*if \(\$known_a = 0\) \{\s*return 404;/);
    expect(config).toContain('error_page 404 @not_found;');
    expect(config).toContain('proxy_intercept_errors on;');
    expect(config).toMatch(/location @not_found \{[^}]*proxy_cache_key \$scheme\$proxy_host\/404\$cache_encoding;/);
  });

  it('refuses a value that would break out of its directive, and a placeholder it has no value for', () => {
    expect(() => renderNginxConfig(template, { ...values, cache_dir: '/tmp/x; user root' }, { brotli: false })).toThrow(/cache_dir/);
    expect(() => renderNginxConfig(`${template}\n{{unknown}}`, values, { brotli: false })).toThrow(/no value for \{\{unknown\}\}/);
  });

  const nginx = nginxBinary();
  const installed = fs.existsSync(nginx);
  const accepted = (text: string) => {
    for (const dir of foldersToCreate(values)) fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(values.known_slugs, knownSlugsMap(index));
    const file = path.join(work, 'nginx.conf');
    fs.writeFileSync(file, text);
    return spawnSync(nginx, ['-p', work, '-c', file, '-e', values.error_log, '-t', '-q'], { encoding: 'utf8' });
  };
  it.skipIf(!installed)('is accepted by nginx -t without brotli', () => {
    const result = accepted(withoutBrotli);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
  it.skipIf(!installed || !brotliModulesInstalled())('is accepted by nginx -t with brotli', () => {
    const result = accepted(config);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('the map of known slugs', () => {
  it('lists every seed occupation once, sorted, as "slug 1;"', () => {
    const lines = knownSlugsMap(index).split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(lines).toContain('customer-relations-specialist 1;');
    expect(lines).toContain('collections-customer-service 1;');
    expect(lines).toHaveLength(seedIndex().length);
    expect([...lines].sort()).toEqual(lines);
  });

  it('counts earlier slugs as known (Next.js redirects them) and refuses a slug nginx would misread', () => {
    const [first] = seedIndex();
    if (!first) throw new Error('no seed occupations');
    const renamed = { ...index, occupations: [{ ...first, aliases: ['old-title'] }] };
    expect(knownSlugsMap(renamed)).toContain('\nold-title 1;');
    expect(() => knownSlugsMap({ ...index, occupations: [{ ...first, slug: 'a b;' }] })).toThrow(/"a b;"/);
  });
});
