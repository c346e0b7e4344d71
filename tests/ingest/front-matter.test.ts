/**
 * The fast reader of simple front matter gives exactly what gray-matter
 * gives, and leaves everything else to gray-matter.
 */
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { readSimpleFrontMatter } from '@/lib/ingest/front-matter';
import { loadPage } from '@/lib/ingest/load-page';
import { readSeed, SEED_FILES } from '../helpers/seeds';

const FAST = [
  '---\nsource: https://a.com/x\n---\nbody',
  '---\nsource: https://www.example.com/compare/a-vs-b\nscraped_at: 2025-06-17\n---\nExplore jobs\n',
  '---\ncrawler: nightly-7\nsource: http://a.b/c?d=e&f=%20\nscraped_at: 2025-02-30\n---\r\nbody',
  '---\nscraped_at: 2025-13-45\n---\n\nbody\n',
  '---\ncrawler: yes\nflag: off\nk: Yes\nn: nan\nconstructor: x\n---\nb',
  '---\nsource: https://a.com/x\n----\nbody',
  '---\nsource: https://a.com/x\n---more\nbody',
];

const SLOW = [
  '---\nx: True\n---\nb',
  '---\nk: Null\n---\nb',
  '---\na: b\na: c\n---\nb',
  '---\nsource: https://a.com/x\nsource: https://a.com/y\n---\nb',
  '---\ntoString: x\n---\nb',
  '---\nsource: https://a.com/x #comment\n---\nb',
  "---\nsource: 'https://a.com/x'\n---\nb",
  '---\nscraped_at: 2025-06-01T10:00:00Z\n---\nb',
  '---\ncount: 3\n---\nb',
  '---\n---\nb',
  '---\nsource: https://a.com/x\n',
  '--- \nsource: https://a.com/x\n---\nb',
  '---\n\nsource: https://a.com/x\n---\nb',
];

describe('simple front matter', () => {
  it.each(FAST)('%j reads as gray-matter reads it', (text) => {
    const fast = readSimpleFrontMatter(text);
    const slow = matter(text, {});
    expect(fast).toBeDefined();
    expect(fast?.data).toEqual(slow.data);
    expect(Object.keys(fast?.data ?? {}).sort()).toEqual(Object.keys(slow.data).sort());
    expect(fast?.content).toBe(slow.content);
  });

  it.each(SLOW)('%j is left to gray-matter', (text) => {
    expect(readSimpleFrontMatter(text)).toBeUndefined();
  });

  it('seed pages under scraper front matter read the same either way', () => {
    for (const file of Object.values(SEED_FILES)) {
      // The seeds have no front matter of their own: give each the block a scraper writes.
      const text = `---\nsource: https://www.example.com/${file}\nscraped_at: 2025-06-17\ncrawler: nightly-7\n---\n${readSeed(file).toString('utf8').replace(/\r\n?/g, '\n')}`;
      const fast = readSimpleFrontMatter(text);
      expect(fast).toBeDefined();
      expect([fast?.data, fast?.content]).toEqual([matter(text, {}).data, matter(text, {}).content]);
      const loaded = loadPage(file, Buffer.from(text));
      expect(loaded.ok && [loaded.page.url, loaded.page.scrapedAt, loaded.page.meta]).toEqual([`https://www.example.com/${file}`, '2025-06-17', { crawler: 'nightly-7' }]);
    }
  });
});
