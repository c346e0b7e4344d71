/**
 * The floor bench:ingest prints: the profiles of a real ingest, parsed by
 * the profile schema and written again, with the time each step took.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand, runIngest, tsScriptCommand } from '@/scripts/shared/ingest-command';
import { PROJECT_ROOT as ROOT } from '@/scripts/shared/project-root';
import { seedPagesDir } from '../helpers/seeds';

const OUTPUT_FLOOR = path.join(ROOT, 'scripts/measure/output-floor.ts');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'output-floor-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('scripts/measure/output-floor.ts', () => {
  it('parses and writes every profile of the seeds output, and says how long each took', () => {
    const output = path.join(work, 'generated');
    expect(runIngest(['--input', seedPagesDir(), '--output', output, '--quiet']).status).toBe(0);
    const floorFolders = () => new Set(fs.readdirSync(os.tmpdir()).filter((name) => /^output-floor-(?!test-)/.test(name)));
    const before = floorFolders();
    const run = runCommand(tsScriptCommand(OUTPUT_FLOOR, [output]));
    expect(run.status, run.stderr).toBe(0);
    const floor: unknown = JSON.parse(run.stdout);
    expect(floor).toEqual({ profiles: 6, parseSeconds: expect.any(Number), writeSeconds: expect.any(Number) });
    // Its copy of the output is removed again.
    expect([...floorFolders()].filter((name) => !before.has(name))).toEqual([]);
  });

  it('fails, naming the problem, on a folder that is not an ingest output', () => {
    const run = runCommand(tsScriptCommand(OUTPUT_FLOOR, [work]));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/ENOENT.*occupations/);
  });
});
