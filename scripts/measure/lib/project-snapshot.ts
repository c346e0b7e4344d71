/**
 * A throwaway copy of the project for benchmark builds. Building a synthetic
 * corpus into the checkout's own .next would leave `npm run serve` serving
 * benchmark pages, and a different distDir makes Next.js rewrite
 * tsconfig.json and next-env.d.ts; a copy touches neither.
 *
 * The copy lives in the project's tmp/ (ignored by git) and has no
 * node_modules or lockfile of its own: Node and npm find the project's
 * node_modules by walking up, and Turbopack takes the project (where the
 * lockfile is) as its root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { startChild } from '../../shared/child-process';
import { PROJECT_ROOT } from '../../shared/project-root';

/** Top-level entries a build does not need, or must not see (the lockfile, see above). */
const NOT_COPIED = new Set([
  '.git',
  'node_modules',
  '.next',
  'tmp',
  'content',
  'test-results',
  'playwright-report',
  'bench-output',
  'next-env.d.ts',
  'package-lock.json',
]);

/** Copies the project's sources into a new folder under tmp/ and returns it. */
export function createProjectSnapshot(prefix: string): string {
  const tmp = path.join(PROJECT_ROOT, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  const dir = fs.mkdtempSync(path.join(tmp, `${prefix}-`));
  for (const entry of fs.readdirSync(PROJECT_ROOT)) {
    if (NOT_COPIED.has(entry) || entry.endsWith('.tsbuildinfo')) continue;
    fs.cpSync(path.join(PROJECT_ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

const PackageScripts = z.object({ scripts: z.object({ build: z.string() }) });

/**
 * The project's build script up to and including `next build`. Steps after it
 * post-process .next/standalone, which assumes the project is Next's tracing
 * root (the snapshot is not: it nests under the checkout) and which next start
 * does not use.
 */
export function buildCommand(): string {
  const { scripts } = PackageScripts.parse(JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')));
  const steps = scripts.build.split('&&').map((step) => step.trim());
  const last = steps.findIndex((step) => /\bnext build\b/.test(step));
  if (last < 0) throw new Error(`package.json's build script does not run next build: ${scripts.build}`);
  return steps.slice(0, last + 1).join(' && ');
}

/** The project's build (see buildCommand) in the snapshot; its output goes to build.log there, and into the error if it fails. */
export async function buildSnapshot(dir: string, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const log = fs.openSync(path.join(dir, 'build.log'), 'w');
  // As npm run would: the project's own binaries (next, tsx) first on the PATH.
  const bin = path.join(PROJECT_ROOT, 'node_modules', '.bin');
  const child = startChild('next build', 'sh', ['-c', buildCommand()], {
    cwd: dir,
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  child.process.stdout?.on('data', (chunk: Buffer) => fs.writeSync(log, chunk));
  child.process.stderr?.on('data', (chunk: Buffer) => fs.writeSync(log, chunk));
  const code = await child.exited;
  fs.closeSync(log);
  if (code !== 0) throw new Error(`build failed (${code}); see ${path.join(dir, 'build.log')}:\n${child.tail()}`);
  return (performance.now() - started) / 1000;
}

/** The paths the build prerendered, from its prerender manifest. */
export function prerenderedPaths(dir: string): Set<string> {
  const manifest: unknown = JSON.parse(fs.readFileSync(path.join(dir, '.next', 'prerender-manifest.json'), 'utf8'));
  if (typeof manifest !== 'object' || manifest === null || !('routes' in manifest)) throw new Error('prerender-manifest.json has no routes');
  const { routes } = manifest;
  if (typeof routes !== 'object' || routes === null) throw new Error('prerender-manifest.json routes is not an object');
  return new Set(Object.keys(routes));
}
