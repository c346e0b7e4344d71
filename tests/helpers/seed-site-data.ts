/** The site's data door (lib/occupations.ts) reading the five seed pages, ingested for the tests of one describe block. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { runIngest } from '@/scripts/shared/ingest-command';
import { seedPagesDir } from './seeds';

/** Call inside a describe: ingests the seed pages into a temporary folder and points GENERATED_DIR at it for that block. */
export function useSeedSiteData(): void {
  let work: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-site-'));
    const out = path.join(work, 'generated');
    expect(runIngest(['--input', seedPagesDir(), '--output', out, '--quiet']).status).toBe(0);
    vi.stubEnv('GENERATED_DIR', out);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    fs.rmSync(work, { recursive: true, force: true });
  });
}
