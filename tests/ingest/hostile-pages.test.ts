/**
 * Hostile scraped pages (tests/fixtures/hostile/): the ingest takes them
 * without choking, keeps markup as plain text, removes invisible control
 * characters, and never keeps a `source:` that is not an http(s) URL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type PageInput } from '@/lib/ingest/build-corpus';
import { loadPage, removeControlCharacters } from '@/lib/ingest/load-page';
import { ProfileSchema } from '@/lib/profile-schema';
import { readSeed, SEED_FILES } from '../helpers/seeds';
import { profileOf } from '../helpers/corpus-profiles';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/hostile');
const fixtures = (): PageInput[] =>
  fs
    .readdirSync(FIXTURES)
    .sort()
    .map((file) => ({ file, read: () => fs.readFileSync(path.join(FIXTURES, file)) }));

/** What the rule removes: C0 controls but tab and LF, DEL, C1 controls, bidi embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('control characters', () => {
  it('are removed at load time; tab and line feed stay, vertical tab and form feed become spaces', () => {
    const every = Array.from({ length: 0xa0 }, (_, i) => String.fromCharCode(i)).join('');
    const kept = removeControlCharacters(`${every}\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e`);
    expect(kept).not.toMatch(CONTROL);
    expect(kept.startsWith('\t\n  ')).toBe(true);
    // Ordinary text and the harmless left-to-right mark are untouched.
    expect(kept).toContain(' !"#$%&');
    expect(kept.endsWith('}~\u200e')).toBe(true);
  });

  it('keep line numbers: only characters within lines are removed', () => {
    // Enough ordinary text that three control bytes are a stray few, not a binary file.
    const page = loadPage('p.txt', Buffer.from(`a\u0000b\r\nc\u001b[0md\ne\u202ef\n${'plain line\n'.repeat(10)}`));
    expect(page.ok && page.page.markup === 'text' && page.page.lines.slice(0, 4)).toEqual(['ab', 'c[0md', 'ef', 'plain line']);
  });

  it('a stray NUL no longer makes a text page "binary"; real binary files still are', () => {
    const seed = readSeed(SEED_FILES.orderVsCustomerService).toString('utf8');
    const withNul = seed.replace('Order Processing Specialist |', 'Order Processing\u0000 Specialist |');
    const corpus = buildCorpus([{ file: 'nul.txt', read: () => Buffer.from(withNul) }]);
    expect(corpus.report.pages.find((p) => p.file === 'nul.txt')?.status).toBe('parsed');
    expect(corpus.profiles.map((p) => p.title)).toContain('Order Processing Specialist');

    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const utf16 = Buffer.from(seed.slice(0, 2000), 'utf16le');
    const rejected = buildCorpus([
      { file: 'image.png', read: () => png },
      { file: 'utf16.txt', read: () => utf16 },
    ]);
    expect(rejected.report.diagnostics.map((d) => [d.file, d.code])).toEqual([
      ['image.png', 'binary-file'],
      ['utf16.txt', 'binary-file'],
    ]);
  });
});

describe('the hostile fixtures', () => {
  const corpus = buildCorpus(fixtures());
  const profile = (slug: string) => profileOf(corpus, slug);

  it('are parsed in full: no page rejected or cut, nothing left unrecognised', () => {
    expect(corpus.report.summary).toMatchObject({ pagesRead: 2, pagesParsed: 2, pagesPartial: 0, pagesRejected: 0, unrecognised: 0 });
    expect(corpus.profiles.map((p) => p.slug).sort()).toEqual([
      'img-src-x-onerror-alert-1-designer',
      'script-alert-1-script-analyst',
      'script-script-alert-2-script-wrangler',
    ]);
    for (const p of corpus.profiles) expect(ProfileSchema.safeParse(p).success).toBe(true);
  });

  it('keep markup verbatim as text, titles included', () => {
    expect(profile('script-alert-1-script-analyst').title).toBe('<script>alert(1)</script> Analyst');
    // The header that carried U+202E gives the same title as the one that did not.
    expect(profile('img-src-x-onerror-alert-1-designer').titles).toEqual(['<img src=x onerror=alert(1)> Designer']);
    expect(profile('script-script-alert-2-script-wrangler').title).toBe('</script><script>alert(2)</script> Wrangler');
    expect(profile('script-alert-1-script-analyst').facts.bestPayingCompany?.value).toBe('</script><script>alert(2)</script> Inc');
    expect(profile('script-alert-1-script-analyst').facts.topSkills?.value).toEqual(['javascript:alert(1)', '</script><script>alert(2)</script>', 'data entry']);
  });

  it('hold no control characters anywhere in the output', () => {
    const text = JSON.stringify(corpus.profiles);
    // JSON escapes C0 controls as \u00XX; look for both forms.
    expect(text).not.toMatch(/\\u00[01][0-9a-f]|\\u007f/i);
    expect(text).not.toMatch(CONTROL);
    expect(profile('script-alert-1-script-analyst').facts.highestPayingState?.value).toBe('Ohio');
    expect(profile('script-alert-1-script-analyst').facts.description?.value).toContain('right-to-left override text stays in order');
  });

  it('keep the 2,700-letter word whole', () => {
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(60);
    expect(profile('script-alert-1-script-analyst').facts.mostCommonMajor?.value).toBe(word);
  });

  it('drop a source that is not http(s), with a warning naming it; keep an https one, percent-encoded', () => {
    const analyst = profile('script-alert-1-script-analyst');
    expect(analyst.sources.map((s) => s.url)).toEqual([undefined]);
    expect(JSON.stringify(analyst)).not.toMatch(/"url":"javascript:/i);
    expect(corpus.report.diagnostics).toContainEqual({
      file: 'hostile-pair.txt',
      line: 1,
      severity: 'warning',
      code: 'bad-front-matter',
      message: 'front matter "source" is not an http(s) URL: "javascript:alert(1)"',
    });
    const wrangler = profile('script-script-alert-2-script-wrangler');
    expect(wrangler.sources[0]?.url).toBe('https://example.com/careers/wrangler?x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&y=javascript:alert(1)');
    // Facts cite pages by file name; the one URL a page has is said once, on the page.
    expect(JSON.stringify(wrangler.facts)).not.toMatch(/"url"/);
  });
});

describe('the profile schema', () => {
  it('accepts only http(s) URLs for sources, so hand-edited data cannot turn a citation into a script link', () => {
    const base = { slug: 'a', title: 'A', titles: ['A'], facts: {}, unrecognised: [] };
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd']) {
      expect(ProfileSchema.safeParse({ ...base, sources: [{ file: 'a.txt', format: 'pair-page', url }] }).success, url).toBe(false);
    }
    expect(ProfileSchema.safeParse({ ...base, sources: [{ file: 'a.txt', format: 'pair-page', url: 'https://example.com/a' }] }).success).toBe(true);
  });
});
