/** `next start` on 127.0.0.1 for the benchmarks, run directly so its pid is the server's own. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { startChild, type Child } from './child-processes';
import { PROJECT_ROOT } from './project-snapshot';
import { waitForHttp } from './wait-for-http';

const nextBin = createRequire(path.join(PROJECT_ROOT, 'package.json')).resolve('next/dist/bin/next');

/**
 * Node flags for next start as the README's deployment section runs it. V8
 * grows the heap lazily: at 5,000 occupations a server's RSS passed 1 GB
 * within 1,000 on-demand pairs; with the old space capped it stays near
 * 650 MB for a few percent more CPU per render (docs/benchmarks.md). The
 * occupation data alone takes about 300 MB at 5,000: raise the cap with it.
 */
export const DEPLOYED_NODE_FLAGS = '--max-old-space-size=768';

export async function startNextServer(projectDir: string, port: number, env: Record<string, string>, nodeFlags = DEPLOYED_NODE_FLAGS): Promise<Child> {
  const flags = nodeFlags.split(' ').filter((f) => f !== '');
  const child = startChild('next start', process.execPath, [...flags, nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: projectDir,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  await waitForHttp(`http://127.0.0.1:${port}/`, child);
  return child;
}
