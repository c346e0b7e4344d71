/**
 * Fills in deploy/nginx.conf, the caching proxy's template.
 *
 *   npm run nginx:config -- --listen 127.0.0.1:8080 --upstream 127.0.0.1:3000 --dir DIR [--out FILE]
 *     [--cache-dir D] [--temp-dir D] [--pid-file F] [--error-log F] [--access-log F]
 *     [--mime-types F] [--extra-conf GLOB]
 *
 * --dir puts everything nginx writes under one folder (cache/, temp/,
 * nginx.pid, error.log, access.log, conf.d/*.conf); each path can be
 * overridden on its own. Prints the config, or writes it to --out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runIfMain } from '../cli';

export const NGINX_TEMPLATE = path.resolve(import.meta.dirname, '../../deploy/nginx.conf');

export interface NginxConfigValues {
  listen: string;
  upstream: string;
  cache_dir: string;
  temp_dir: string;
  pid_file: string;
  error_log: string;
  access_log: string;
  mime_types: string;
  extra_conf: string;
}

const PLACEHOLDER = /\{\{([a-z_]+)\}\}/g;

/** Debian's table; nginx's relative include would look next to the rendered file instead. */
export const DEFAULT_MIME_TYPES = '/etc/nginx/mime.types';

/** Every path under `dir`, as the benchmarks and the README's example use them. */
export function valuesUnder(dir: string, listen: string, upstream: string): NginxConfigValues {
  return {
    listen,
    upstream,
    cache_dir: path.join(dir, 'cache'),
    temp_dir: path.join(dir, 'temp'),
    pid_file: path.join(dir, 'nginx.pid'),
    error_log: path.join(dir, 'error.log'),
    access_log: path.join(dir, 'access.log'),
    mime_types: DEFAULT_MIME_TYPES,
    extra_conf: path.join(dir, 'conf.d', '*.conf'),
  };
}

function lookup(values: NginxConfigValues, name: string): string | undefined {
  for (const [key, value] of Object.entries(values)) if (key === name) return value;
  return undefined;
}

/**
 * The template with every placeholder filled. Throws on a placeholder it has
 * no value for, and on values that would break out of an nginx directive.
 */
export function renderNginxConfig(template: string, values: NginxConfigValues): string {
  for (const [key, value] of Object.entries(values)) {
    if (value === '' || /[\s;{}"'#]/.test(value)) throw new Error(`nginx config: ${key} must be non-empty, with no spaces, quotes, ";", "{", "}" or "#": ${JSON.stringify(value)}`);
  }
  return template.replace(PLACEHOLDER, (match, name: string) => {
    const value = lookup(values, name);
    if (value === undefined) throw new Error(`nginx config: no value for ${match}`);
    return value;
  });
}

/** The folders nginx expects to exist before it starts (it creates files, not parents). */
export function foldersToCreate(values: NginxConfigValues): string[] {
  return [values.cache_dir, values.temp_dir, path.dirname(values.pid_file), path.dirname(values.error_log), path.dirname(values.access_log), path.dirname(values.extra_conf)];
}

const USAGE =
  'usage: npm run nginx:config -- --listen HOST:PORT --upstream HOST:PORT --dir DIR [--out FILE] ' +
  '[--cache-dir D] [--temp-dir D] [--pid-file F] [--error-log F] [--access-log F] [--mime-types F] [--extra-conf GLOB]';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        listen: { type: 'string' },
        upstream: { type: 'string' },
        dir: { type: 'string' },
        out: { type: 'string' },
        'cache-dir': { type: 'string' },
        'temp-dir': { type: 'string' },
        'pid-file': { type: 'string' },
        'error-log': { type: 'string' },
        'access-log': { type: 'string' },
        'mime-types': { type: 'string' },
        'extra-conf': { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`nginx-config: ${error instanceof Error ? error.message : String(error)}`);
    console.error(USAGE);
    return 2;
  }
  if (!values.listen || !values.upstream || !values.dir) {
    console.error('nginx-config: --listen, --upstream and --dir are required');
    console.error(USAGE);
    return 2;
  }
  const base = valuesUnder(path.resolve(values.dir), values.listen, values.upstream);
  const filled: NginxConfigValues = {
    ...base,
    cache_dir: values['cache-dir'] ?? base.cache_dir,
    temp_dir: values['temp-dir'] ?? base.temp_dir,
    pid_file: values['pid-file'] ?? base.pid_file,
    error_log: values['error-log'] ?? base.error_log,
    access_log: values['access-log'] ?? base.access_log,
    mime_types: values['mime-types'] ?? base.mime_types,
    extra_conf: values['extra-conf'] ?? base.extra_conf,
  };
  const text = renderNginxConfig(fs.readFileSync(NGINX_TEMPLATE, 'utf8'), filled);
  if (values.out) fs.writeFileSync(values.out, text);
  else process.stdout.write(text);
  return 0;
}

runIfMain(import.meta.url, 'nginx-config', main);
