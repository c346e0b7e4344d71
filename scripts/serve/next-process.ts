/** `next start` on 127.0.0.1 for the benchmarks, run directly so its pid is the server's own. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { startChild, type Child } from './child-processes';
import { PROJECT_ROOT } from './project-snapshot';
import { waitForHttp } from './wait-for-http';

const nextBin = createRequire(path.join(PROJECT_ROOT, 'package.json')).resolve('next/dist/bin/next');

export async function startNextServer(projectDir: string, port: number, env: Record<string, string>): Promise<Child> {
  const child = startChild('next start', process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: projectDir,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  await waitForHttp(`http://127.0.0.1:${port}/`, child);
  return child;
}
