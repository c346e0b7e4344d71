/** The Nu Html Checker (vnu.jar) finds no errors in the pages people land on. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { z } from 'zod';

const PAGES: Record<string, { path: string; status: number }> = {
  home: { path: '/', status: 200 },
  occupation: { path: '/occupations/collections-customer-service', status: 200 },
  pair: { path: '/compare/order-processing-specialist-vs-customer-service-specialist', status: 200 },
  'multi-compare': { path: '/compare?o=order-processor&o=customer-service-specialist&o=collections-customer-service', status: 200 },
  pick: { path: '/compare/pick?a=customer+service&b=astronaut', status: 200 },
  'not-found': { path: '/compare/order-processor-vs-astronaut', status: 404 },
  'handbook-occupation': { path: '/occupations/announcers-and-djs', status: 200 },
  'handbook-pair': { path: '/compare/actuaries-vs-financial-analysts', status: 200 },
  'mixed-pair': { path: '/compare/customer-service-representatives-vs-customer-service-specialist', status: 200 },
};

const VnuReport = z.object({
  messages: z.array(z.object({ type: z.string(), subType: z.string().optional(), url: z.string().optional(), message: z.string(), lastLine: z.number().optional(), extract: z.string().optional() })),
});

test('no HTML errors on home, occupation, pair, multi-compare, pick and 404 pages', async ({ request }) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vnu-'));
  try {
    const files: string[] = [];
    for (const [name, page] of Object.entries(PAGES)) {
      const response = await request.get(page.path);
      expect(response.status(), page.path).toBe(page.status);
      const file = path.join(dir, `${name}.html`);
      await writeFile(file, await response.text());
      files.push(file);
    }
    const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    const { stdout } = await promisify(execFile)('java', ['-jar', jar, '--format', 'json', '--stdout', '--exit-zero-always', ...files], { maxBuffer: 16 << 20 });
    const errors = VnuReport.parse(JSON.parse(stdout)).messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
    const described = errors.map((m) => `${path.basename(m.url ?? '')}:${m.lastLine ?? '?'} ${m.message} ${m.extract ?? ''}`);
    expect(described).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
