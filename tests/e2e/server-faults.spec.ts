/**
 * Missing or corrupt generated data at server start: a real `next start`
 * from this build, and the deployed standalone server (`npm run serve`),
 * must stop with one clear message naming the bad file and a non-zero exit
 * (instrumentation.ts), never come up serving broken pages. Valid data must
 * still serve.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { spawnNextServer, spawnStandaloneServer, STANDALONE_SERVER, type NextServer } from '../../scripts/shared/next-server';
import { PROJECT_ROOT } from '../../scripts/shared/project-root';
import { waitUntilServing } from '../../scripts/shared/wait-until-serving';

/** The data the webServer ingested before building: every case starts from a copy of it. */
const GENERATED = path.join(PROJECT_ROOT, 'content', 'generated');
const EXIT_WITHIN_MS = 20_000;

test.describe.configure({ mode: 'default' });

let work: string;

test.beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'server-faults-'));
});

test.afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

function copyOfGenerated(name: string): string {
  const dir = fs.mkdtempSync(path.join(work, `${name}-`));
  fs.cpSync(GENERATED, dir, { recursive: true });
  return dir;
}

type Kind = 'next start' | 'standalone';

function spawnServer(kind: Kind, generatedDir: string): Promise<NextServer> {
  return kind === 'next start' ? spawnNextServer({ generatedDir }) : spawnStandaloneServer({ generatedDir });
}

/**
 * Starts a server on `dir` and expects it to exit non-zero within the limit,
 * printing exactly one "cannot start" line that contains `expected`.
 */
async function expectRefusesToStart(kind: Kind, dir: string, expected: string) {
  const server = await spawnServer(kind, dir);
  try {
    const code = await Promise.race([server.exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), EXIT_WITHIN_MS))]);
    const output = server.output();
    expect(code, `still running after ${EXIT_WITHIN_MS} ms:\n${output}`).not.toBe('timeout');
    expect(code, output).not.toBe(0);
    const errors = output.split('\n').filter((line) => line.includes('cannot start'));
    expect(errors, output).toHaveLength(1);
    expect(errors[0]).toContain(expected);
  } finally {
    await server.stop();
  }
}

for (const kind of ['next start', 'standalone'] as const) {
  test.describe(kind, () => {
    // Checked when each test runs: the webServer builds after the tests are collected.
    test.beforeEach(() => {
      test.skip(kind === 'standalone' && !fs.existsSync(STANDALONE_SERVER), 'the build has no standalone server');
    });

    test('an empty data folder: exits non-zero naming the missing index', async () => {
      const empty = fs.mkdtempSync(path.join(work, 'empty-'));
      await expectRefusesToStart(kind, empty, `missing ${path.join(empty, 'index.json')}`);
    });

    test('a data folder that does not exist: exits non-zero naming the missing index', async () => {
      const absent = path.join(work, `absent-${kind.replace(' ', '-')}`);
      await expectRefusesToStart(kind, absent, `missing ${path.join(absent, 'index.json')}`);
    });

    test('a corrupt profile (not JSON): exits non-zero naming the file', async () => {
      const dir = copyOfGenerated('corrupt-json');
      const file = path.join(dir, 'occupations', 'order-processor.json');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 120));
      await expectRefusesToStart(kind, dir, `corrupt ${file}`);
    });

    test('a profile that is JSON but not a profile: exits non-zero naming the file and the field', async () => {
      const dir = copyOfGenerated('invalid-profile');
      const file = path.join(dir, 'occupations', 'customer-service-specialist.json');
      fs.writeFileSync(file, JSON.stringify({ slug: 'customer-service-specialist', title: '', facts: {} }));
      await expectRefusesToStart(kind, dir, `invalid ${file}`);
    });

    test('a profile missing from the index: exits non-zero naming the file', async () => {
      const dir = copyOfGenerated('missing-profile');
      const file = path.join(dir, 'occupations', 'order-processing-specialist.json');
      fs.rmSync(file);
      await expectRefusesToStart(kind, dir, `missing ${file}`);
    });

    test('a corrupt index: exits non-zero naming it', async () => {
      const dir = copyOfGenerated('corrupt-index');
      fs.writeFileSync(path.join(dir, 'index.json'), '{"occupations": [');
      await expectRefusesToStart(kind, dir, `corrupt ${path.join(dir, 'index.json')}`);
    });

    test('valid data: the server starts and serves', async () => {
      test.setTimeout(90_000);
      const dir = copyOfGenerated('valid');
      const server = await spawnServer(kind, dir);
      await waitUntilServing(server, `${server.url}/`);
      try {
        expect((await fetch(`${server.url}/`)).status).toBe(200);
        expect((await fetch(`${server.url}/occupations/order-processor`)).status).toBe(200);
        expect(server.output()).not.toContain('cannot start');
      } finally {
        await server.stop();
      }
    });
  });
}
