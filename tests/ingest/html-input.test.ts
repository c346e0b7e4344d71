/**
 * HTML input end to end, through buildCorpus (and the CLI for file names):
 * a real Handbook page under any file name or compressed, in legacy
 * encodings, cut off, corrupt, from another site, an error or login page,
 * without a title, with broken nesting, with scripts and navigation in its
 * content; and front matter that is not YAML, in raw pages and editorial
 * files, which must be refused without running.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus } from '@/lib/ingest/build-corpus';
import { loadEditorial } from '@/lib/ingest/load-editorial';
import { loadPage } from '@/lib/ingest/load-page';
import type { ValidatedProfile } from '@/lib/ingest/validated-output';
import { runIngest } from '@/scripts/shared/ingest-command';
import { readHandbookPage } from '../helpers/seeds';

const actuariesGz = readHandbookPage('actuaries');
const actuaries = gunzipSync(actuariesGz);
const actuariesHtml = actuaries.toString('utf8');

function ingest(...pages: [file: string, content: Uint8Array | string][]): Corpus {
  return buildCorpus(pages.map(([file, content]) => ({ file, read: () => (typeof content === 'string' ? Buffer.from(content) : content) })));
}

function statusOf(corpus: Corpus, file: string) {
  return corpus.report.pages.find((p) => p.file === file)?.status;
}

function diagnosticsOf(corpus: Corpus, file: string) {
  return corpus.report.diagnostics.filter((d) => d.file === file);
}

/** A profile with its page's file name taken out: the same page under two names gives the same profile. */
function anonymous(profile: ValidatedProfile | undefined, file: string): string {
  return JSON.stringify(profile).split(JSON.stringify(file)).join('"PAGE"');
}

function only(corpus: Corpus): ValidatedProfile | undefined {
  expect(corpus.profiles).toHaveLength(1);
  return corpus.profiles[0];
}

/** The one Handbook profile of a corpus, its facts by key. */
function factsOf(corpus: Corpus): Record<string, unknown> {
  const facts = only(corpus)?.facts ?? {};
  return Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f?.value]));
}

const original = factsOf(ingest(['actuaries.html', actuaries]));

/** Windows-1252 bytes 0x80–0x9F (unassigned ones kept as C1 controls, as the WHATWG encoding maps them). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const high = CP1252_HIGH.indexOf(ch);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (high !== -1) bytes.push(0x80 + high);
    else throw new Error(`${ch} is not in windows-1252`);
  }
  return Buffer.from(bytes);
}

describe('the same Handbook page under any file name, plain or gzip-compressed', () => {
  const variants: [string, Buffer][] = [
    ['page.html', actuaries],
    ['page.htm', actuaries],
    ['page.txt', actuaries],
    ['page', actuaries],
    ['page.gz', actuariesGz],
    ['page.html.gz', actuariesGz],
  ];

  it('gives the same profile', () => {
    const [first, ...rest] = variants.map(([file, bytes]) => {
      const corpus = ingest([file, bytes]);
      expect(statusOf(corpus, file), file).toBe('parsed');
      expect(corpus.report.pages[0]?.format).toBe('handbook-profile');
      expect(diagnosticsOf(corpus, file)).toEqual([]);
      const profile = only(corpus);
      expect(profile?.slug).toBe('actuaries');
      return anonymous(profile, file);
    });
    for (const other of rest) expect(other).toBe(first);
    expect(original.medianPay).toEqual({ year: 2024, yearly: { amount: 125770, bound: 'exact' }, hourly: { amount: 60.47, bound: 'exact' } });
  });

  describe('through the CLI', () => {
    let work: string;
    beforeAll(() => {
      work = fs.mkdtempSync(path.join(os.tmpdir(), 'html-input-'));
    });
    afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

    it('reads every one as that page: one is kept, the others are duplicates of it', () => {
      const input = path.join(work, 'raw');
      const editorial = path.join(work, 'editorial');
      fs.mkdirSync(input);
      fs.mkdirSync(editorial);
      for (const [file, bytes] of variants) fs.writeFileSync(path.join(input, file), bytes);
      const out = path.join(work, 'out');
      const r = runIngest(['--input', input, '--output', out, '--editorial', editorial, '--quiet']);
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(fs.readFileSync(path.join(out, 'ingest-report.json'), 'utf8'));
      expect(report.summary).toMatchObject({ pagesRead: 6, pagesParsed: 1, pagesRejected: 5, occupations: 1 });
      // Duplicates are found after the page is recognised and parsed: each file was read as the Handbook page.
      // Files are read in name order: "page" first, then the others, each the same content.
      expect(report.diagnostics.map((d: { file: string; code: string; message: string }) => [d.file, d.code, d.message])).toEqual(
        ['page.gz', 'page.htm', 'page.html', 'page.html.gz', 'page.txt'].map((file) => [file, 'duplicate-page', 'duplicate page: same content as page, which is kept']),
      );
      const profile = JSON.parse(fs.readFileSync(path.join(out, 'occupations', 'actuaries.json'), 'utf8'));
      expect(profile.title).toBe('Actuaries');
      expect(profile.facts.medianPay.value).toEqual(original.medianPay);
    });
  });
});

describe('character encodings', () => {
  // A page with "é" and "’" in its facts: the summary, and the Quick Facts' education.
  const utf8 = actuariesHtml
    .replace('risk and uncertainty.</p>', 'risk and uncertainty, the actuary’s métier.</p>')
    .replace("<td headers=\"quickfacts-2-0 quickfacts-0-0\">    Bachelor's degree</td>", '<td headers="quickfacts-2-0 quickfacts-0-0">    Bachelor’s degree (or a diplôme)</td>');
  const expected = factsOf(ingest(['utf8.html', utf8]));

  it('the edited UTF-8 page says what the test reads back', () => {
    expect(expected.summary).toBe('Actuaries use mathematics, statistics, and financial theory to analyze the economic costs of risk and uncertainty, the actuary’s métier.');
    expect(expected.entryEducation).toBe('Bachelor’s degree (or a diplôme)');
  });

  it.each([
    ['<meta charset="windows-1252">', '<meta charset="windows-1252">'],
    ['<meta http-equiv> with charset=windows-1252', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'],
    ['<meta charset="iso-8859-1"> (read as windows-1252, as browsers do)', '<meta charset="iso-8859-1">'],
  ])('a windows-1252 page declared by %s reads "é" and "’" right', (_, declaration) => {
    const legacy = utf8.replace('<meta charset="UTF-8">', declaration);
    expect(legacy).not.toBe(utf8);
    const bytes = windows1252(legacy);
    // "’" is one byte (0x92) and "é" one (0xE9): neither is valid UTF-8 here.
    expect(bytes.includes(0x92) && bytes.includes(0xe9)).toBe(true);
    const corpus = ingest(['legacy.html', bytes]);
    expect(diagnosticsOf(corpus, 'legacy.html')).toEqual([]);
    expect(factsOf(corpus)).toEqual(expected);
  });

  it('an undeclared legacy page is read as windows-1252, with a note', () => {
    const bytes = windows1252(utf8.replace('<meta charset="UTF-8">', ''));
    const corpus = ingest(['undeclared.html', bytes]);
    expect(diagnosticsOf(corpus, 'undeclared.html').map((d) => [d.code, d.message])).toEqual([['charset', 'the page declares no charset, but its bytes are not valid utf-8: read as windows-1252']]);
    expect(factsOf(corpus)).toEqual(expected);
  });

  it('a UTF-8 byte-order mark is no part of the page', () => {
    const corpus = ingest(['bom.html', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8)])]);
    expect(diagnosticsOf(corpus, 'bom.html')).toEqual([]);
    expect(factsOf(corpus)).toEqual(expected);
  });
});

describe('pages cut off, corrupt, or not Handbook pages', () => {
  it('a page cut off is kept as partial: facts before the cut, a diagnostic naming the file', () => {
    // Cut inside the Pay tab, after the industries table.
    const cut = actuaries.subarray(0, actuaries.indexOf('some work more than 40 hours', actuaries.indexOf('top industries in which they worked')));
    const corpus = ingest(['cut.html', cut]);
    expect(statusOf(corpus, 'cut.html')).toBe('partial');
    expect(diagnosticsOf(corpus, 'cut.html')).toContainEqual(expect.objectContaining({ file: 'cut.html', severity: 'warning', code: 'truncated-page' }));
    const facts = factsOf(corpus);
    expect(facts.medianPay).toEqual(original.medianPay);
    expect(facts.industryPay).toEqual(original.industryPay);
    expect(facts.skills).toEqual(original.skills);
    // The paragraph the cut runs through, and everything after it, is not read.
    expect(facts.payDetails).toBeUndefined();
    expect(facts.outlook).toBeUndefined();
    expect(facts.similarOccupations).toBeUndefined();
  });

  it('a gzip file cut off is read as far as it goes and kept as partial', () => {
    const corpus = ingest(['cut.html.gz', actuariesGz.subarray(0, Math.floor(actuariesGz.length * 0.6))]);
    expect(statusOf(corpus, 'cut.html.gz')).toBe('partial');
    expect(diagnosticsOf(corpus, 'cut.html.gz').map((d) => [d.file, d.code])).toEqual(expect.arrayContaining([['cut.html.gz', 'truncated-page']]));
    expect(diagnosticsOf(corpus, 'cut.html.gz')).toContainEqual(expect.objectContaining({ message: 'the compressed file ends early: read as far as it goes' }));
    expect(factsOf(corpus).medianPay).toEqual(original.medianPay);
  });

  it('a text page cut inside a multi-byte character (as a cut gzip file often is) reads up to that character, not rejected as "not valid UTF-8"', () => {
    const text = 'What Does a Café Manager Do?\n\nSummary\n\nCafé managers run cafés – and they’re busy.\n';
    const bytes = Buffer.from(text);
    const cut = bytes.subarray(0, bytes.indexOf(Buffer.from('’')) + 1);
    const loaded = loadPage('cut.txt', cut);
    expect(loaded.ok && loaded.page.body).toBe('What Does a Café Manager Do?\n\nSummary\n\nCafé managers run cafés – and they');
    expect(diagnosticsOf(ingest(['cut.txt', cut]), 'cut.txt').map((d) => d.code)).not.toContain('binary-file');
  });

  it.each([
    ['in the middle of the data', (gz: Buffer) => gz.fill(0xff, 2000, 2040)],
    ['in its header (compression method)', (gz: Buffer) => gz.fill(99, 2, 3)],
    ['in its checksum', (gz: Buffer) => gz.fill(0, gz.length - 8, gz.length - 4)],
  ])('a gzip file corrupt %s is rejected: bad-compression', (_, corrupt) => {
    const corpus = ingest(['corrupt.html.gz', corrupt(Buffer.from(actuariesGz))]);
    expect(statusOf(corpus, 'corrupt.html.gz')).toBe('rejected');
    expect(diagnosticsOf(corpus, 'corrupt.html.gz')).toEqual([expect.objectContaining({ file: 'corrupt.html.gz', severity: 'error', code: 'bad-compression' })]);
    expect(corpus.profiles).toEqual([]);
  });

  it('a page from another site (an encyclopedia article on actuaries) is rejected: unknown-format, naming its title', () => {
    const article = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Actuary - Wikipedia</title></head><body>
<nav><ul><li><a href="/">Main page</a></li></ul></nav>
<main><h1 id="firstHeading">Actuary</h1>
<table class="infobox"><tr><th>Occupation type</th><td>Profession</td></tr><tr><th>Median pay</th><td>$125,770 per year</td></tr></table>
<p>An <b>actuary</b> is a professional with advanced mathematical skills who deals with the measurement and management of risk and uncertainty.</p>
<h2>History</h2><p>The profession has a long history.</p><h2>Education</h2><p>Actuaries usually hold a degree.</p>
</main></body></html>`;
    const corpus = ingest(['wiki.html', article]);
    expect(statusOf(corpus, 'wiki.html')).toBe('rejected');
    expect(diagnosticsOf(corpus, 'wiki.html')).toEqual([
      expect.objectContaining({
        code: 'unknown-format',
        message: 'unknown page format: HTML page "Actuary - Wikipedia" is not an Occupational Outlook Handbook occupation profile (no Quick Facts table and no profile sections)',
      }),
    ]);
    expect(corpus.profiles).toEqual([]);
  });

  it.each([
    ['Access Denied', '<h1>Access Denied</h1><p>You don\'t have permission to access "http://www.bls.gov/ooh/math/actuaries.htm" on this server.</p>'],
    ['Sign in - Example Careers', '<form><h1>Sign in</h1><label>Email <input name="email"></label><button>Sign in</button></form>'],
  ])('a saved error or login page ("%s") is rejected as one', (title, body) => {
    const corpus = ingest(['saved.html', `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`]);
    expect(diagnosticsOf(corpus, 'saved.html')).toEqual([
      expect.objectContaining({ code: 'unknown-format', message: `unknown page format: HTML page "${title}" looks like a saved error or login page, not an occupation profile` }),
    ]);
    expect(corpus.profiles).toEqual([]);
  });
});

describe('pages with Quick Facts but no title', () => {
  const page = (heading: string) => `<!DOCTYPE html><html><head><title></title></head><body><div id="panes">${heading}
<table id="quickfacts"><thead><tr><th colspan="2">Quick Facts</th></tr></thead><tbody>
<tr><th>2024 Median Pay</th><td>$50,130 per year<br>$24.10 per hour</td></tr>
<tr><th>Number of Jobs, 2024</th><td>12,300</td></tr>
</tbody></table></div></body></html>`;

  it('without a title anywhere (Quick Facts, heading, og:title): rejected naming the file, no occupation', () => {
    const corpus = ingest(['untitled.html', page('')]);
    expect(statusOf(corpus, 'untitled.html')).toBe('rejected');
    expect(diagnosticsOf(corpus, 'untitled.html')).toEqual([
      expect.objectContaining({ file: 'untitled.html', severity: 'error', code: 'no-occupations', message: 'Handbook page names no occupation: no Quick Facts title, page heading or og:title' }),
    ]);
    expect(corpus.profiles).toEqual([]);
    expect(corpus.index).toEqual([]);
  });

  it('with a heading: kept under the heading, with a missing-title warning', () => {
    const corpus = ingest(['headed.html', page('<h1>Widget Makers</h1>')]);
    expect(statusOf(corpus, 'headed.html')).toBe('parsed');
    expect(diagnosticsOf(corpus, 'headed.html')).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'missing-title', message: 'Quick Facts name no occupation; the page heading "Widget Makers" is used' }),
    ]);
    expect(only(corpus)?.title).toBe('Widget Makers');
    expect(factsOf(corpus)).toMatchObject({ medianPay: { year: 2024, yearly: { amount: 50130, bound: 'exact' }, hourly: { amount: 24.1, bound: 'exact' } }, employment: { year: 2024, count: 12300 } });
  });
});

describe('markup that is no content', () => {
  it('broken nesting (end tags left out, misnested <b><p>, stray </td>) still gives every fact', () => {
    const broken = actuariesHtml
      // Every cell, row, item and paragraph left open: the parser closes them where a browser would.
      .replace(/<\/(?:td|th|tr|li|p|dt|dd|thead|tbody)>/g, '')
      // A stray </td> before every sub-heading, and a misnested <b><p>…</b></p> around a paragraph.
      .replace(/<h3>/g, '</td><h3>')
      .replace('<p>Actuaries typically work on teams that often include managers and professionals', '<b><p>Actuaries typically work on teams that often include managers and professionals')
      .replace('such as accounting, underwriting, and finance.\n<p>Although', 'such as accounting, underwriting, and finance.</b></p>\n<p>Although');
    expect(broken).toContain('</b></p>');
    expect(factsOf(ingest(['broken.html', broken]))).toEqual(original);
  });

  it('scripts, styles and navigation never reach a fact', () => {
    const noisy = actuariesHtml
      .replace('$125,770     per year', '<script>document.write("$999,999 per year")</script>$125,770     per year<style>td::after { content: "$1 per hour" }</style>')
      .replace("    Bachelor's degree</td>", "    Bachelor's degree<noscript>Doctoral degree</noscript></td>")
      .replace('<h3>Duties</h3>', '<nav><ul><li><a href="/">Skip to duties</a></li><li><a href="/a-z">A-Z index</a></li></ul></nav><h3>Duties</h3><script>var duty = "Hack the site";</script>')
      .replace('<h3>Work Schedules</h3>', '<h3>Work Schedules</h3><style>p { color: red }</style><template><p>Template text</p></template>')
      .replace('<p><strong><em>Analytical skills.</em></strong>', '<p><script>/* Evil skills. */</script><strong><em>Analytical skills.</em></strong>');
    for (const marker of ['999,999', '$1 per hour', 'Doctoral degree', 'Skip to duties', 'Hack the site', 'color: red', 'Template text', 'Evil skills']) expect(noisy).toContain(marker);
    const facts = factsOf(ingest(['noisy.html', noisy]));
    expect(facts).toEqual(original);
    for (const marker of ['999,999', '$1 per hour', 'Doctoral degree', 'Skip to duties', 'Hack the site', 'color: red', 'Template text', 'Evil skills']) expect(JSON.stringify(facts)).not.toContain(marker);
  });
});

describe('front matter is YAML, never code', () => {
  const flag = 'htmlInputFrontMatterRan';
  const ran = () => Object.hasOwn(globalThis, flag);
  // Each block would set the flag if evaluated (JavaScript and CoffeeScript alike), then fail.
  const blocks: [string, string][] = [
    ['---js', `(globalThis.${flag} = true, (() => { throw new Error('ran'); })())`],
    ['---javascript', `(globalThis.${flag} = true, { title: 'Ran' })`],
    ['---coffee', `globalThis.${flag} = true`],
  ];

  it.each(blocks)('a raw page opening "%s" is rejected (bad-front-matter), and the block does not run', (open, code) => {
    const corpus = ingest(['page.html', `${open}\n${code}\n---\n${actuariesHtml}`]);
    expect(ran()).toBe(false);
    expect(statusOf(corpus, 'page.html')).toBe('rejected');
    const [diagnostic] = diagnosticsOf(corpus, 'page.html');
    expect(diagnostic).toMatchObject({ code: 'bad-front-matter', line: 1 });
    expect(diagnostic?.message).toContain('only YAML front matter is read');
    expect(diagnostic?.message).toContain(`"${open.slice(3)}"`);
  });

  it.each(blocks)('an editorial file opening "%s" is reported (bad-editorial), and the block does not run', (open, code) => {
    const { entries, diagnostics } = loadEditorial([{ file: 'occupations/actuaries.md', read: () => `${open}\n${code}\n---\nIntroduction.` }]);
    expect(ran()).toBe(false);
    expect(entries).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'occupations/actuaries.md', severity: 'error', code: 'bad-editorial' })]);
    expect(diagnostics[0]?.message).toContain('only YAML front matter is read');
  });

  it.each(['---', '---yaml', '---yml'])('"%s" front matter is read: its source, date and other keys, in raw pages and editorial files', (open) => {
    const corpus = ingest(['page.html', `${open}\nsource: https://example.com/saved/actuaries\nscraped_at: 2025-06-01\ncrawler: nightly-7\n---\n${actuariesHtml}`]);
    expect(statusOf(corpus, 'page.html')).toBe('parsed');
    expect(diagnosticsOf(corpus, 'page.html')).toEqual([]);
    // The page's own canonical link names it; the front matter dates it and keeps the rest.
    expect(only(corpus)?.sources).toEqual([{ file: 'page.html', format: 'handbook-profile', url: 'https://www.bls.gov/ooh/math/actuaries.htm', scrapedAt: '2025-06-01', modifiedAt: '2025-08-28', meta: { crawler: 'nightly-7' } }]);
    // The front matter is no part of the page: its lines are not read as text, and lines are counted from the file's first.
    expect(factsOf(corpus)).toEqual(original);
    expect(only(corpus)?.facts.medianPay?.sources).toEqual([{ file: 'page.html', lines: [785] }]);
    const loaded = loadPage('page.html', Buffer.from(`${open}\nscraped_at: 2025-06-01\n---\n${actuariesHtml}`));
    expect(loaded.ok && loaded.page.body.startsWith('<!DOCTYPE html>')).toBe(true);

    const editorial = loadEditorial([{ file: 'occupations/actuaries.md', read: () => `${open}\ntitle: Actuary\n---\nWhat actuaries do.` }]);
    expect(editorial.diagnostics).toEqual([]);
    expect(editorial.entries).toEqual([{ slug: 'actuaries', file: 'occupations/actuaries.md', title: 'Actuary', aliasSlugs: [], aliasTitles: [], introduction: 'What actuaries do.' }]);
  });
});
