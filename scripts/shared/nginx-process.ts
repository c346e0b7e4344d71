/**
 * Runs deploy/nginx.conf as an ordinary user with everything under one
 * folder: no /var writes, no privileged ports. When the tool or test itself
 * runs as root (containers, CI), nginx is started as "nobody" instead, so it
 * is exercised the way an unprivileged deployment runs it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { brotliModulesInstalled, foldersToCreate, knownSlugsMap, NGINX_TEMPLATE, renderNginxConfig, valuesUnder, type NginxConfigValues } from '../nginx-config';
import { startChild, type Child } from './child-process';
import { readOccupationIndex } from './occupation-index';
import { waitUntilServing } from './wait-until-serving';

export function nginxBinary(): string {
  return process.env.NGINX ?? (fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');
}

interface Identity {
  uid: number;
  gid: number;
}

/** The unprivileged user to run nginx as, or undefined when this process is not root. */
function unprivilegedIdentity(): Identity | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('nobody:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) throw new Error('running as root, and there is no "nobody" user to run nginx as');
  return { uid: Number(uid), gid: Number(gid) };
}

function chownTree(target: string, who: Identity): void {
  fs.chownSync(target, who.uid, who.gid);
  if (!fs.statSync(target).isDirectory()) return;
  for (const entry of fs.readdirSync(target)) chownTree(path.join(target, entry), who);
}

/**
 * The benchmarks' anchor: a server block sending `root`'s files as they are,
 * their precompressed copies (FILE.gz, and FILE.br with brotli) to clients
 * that accept them. Nothing is compressed per request.
 */
export function staticServerBlock(listen: string, root: string, brotli: boolean): string {
  return [
    'server {',
    `    listen ${listen};`,
    `    root ${root};`,
    '    gzip_static on;',
    ...(brotli ? ['    brotli_static on;'] : []),
    '    location / {',
    '        try_files $uri $uri.html =404;',
    '    }',
    '}',
    '',
  ].join('\n');
}

export interface NginxInstance {
  child: Child;
  values: NginxConfigValues;
  /** Whether the config has brotli (the modules are installed). */
  brotli: boolean;
}

export interface NginxOptions {
  /** Folder for the config, cache, temp files, logs and pid; created if missing. */
  dir: string;
  listen: string;
  upstream: string;
  /** The ingest output the upstream serves: its index gives the map of known slugs. */
  generatedDir: string;
  /** Extra http-level config (server blocks), written to conf.d/ and included by the template. */
  extraConf?: string;
}

export async function startNginx(options: NginxOptions): Promise<NginxInstance> {
  const values = valuesUnder(options.dir, options.listen, options.upstream);
  for (const folder of foldersToCreate(values)) fs.mkdirSync(folder, { recursive: true });
  if (options.extraConf) fs.writeFileSync(path.join(path.dirname(values.extra_conf), 'extra.conf'), options.extraConf);
  fs.writeFileSync(values.known_slugs, knownSlugsMap(readOccupationIndex(options.generatedDir)));
  const brotli = brotliModulesInstalled(values.modules_dir);
  const config = path.join(options.dir, 'nginx.conf');
  fs.writeFileSync(config, renderNginxConfig(fs.readFileSync(NGINX_TEMPLATE, 'utf8'), values, { brotli }));
  const who = unprivilegedIdentity();
  // nobody must also be able to reach the folder: give it one of its own in the system temp folder.
  if (who) chownTree(options.dir, who);
  // -e: the error log before the config is read (the compiled-in default is under /var/log).
  const args = ['-p', options.dir, '-c', config, '-e', values.error_log];
  const test = spawnSync(nginxBinary(), [...args, '-t', '-q'], { encoding: 'utf8', ...who });
  if (test.status !== 0) throw new Error(`nginx rejected ${config}:\n${test.stderr}${test.error?.message ?? ''}`);
  const child = startChild('nginx', nginxBinary(), [...args, '-g', 'daemon off;'], { ...who });
  await waitUntilServing(child, `http://${options.listen}/`, 15_000);
  return { child, values, brotli };
}
