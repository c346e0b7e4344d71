/**
 * Bad input: each kind gets a message naming the file (and line, where it
 * applies) and the reason, and never costs the good pages their data.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus, type PageInput } from '@/lib/ingest/build-corpus';
import { readSeed, SEED_FILES } from '../helpers/seeds';
import { profileOf } from '../helpers/corpus-profiles';

const input = (file: string, content: string | Uint8Array): PageInput => ({
  file,
  read: () => (typeof content === 'string' ? Buffer.from(content) : content),
});
const seed = (file: string) => readSeed(file).toString('utf8');
const good = () => input(SEED_FILES.orderProcessorArticle, readSeed(SEED_FILES.orderProcessorArticle));

function run(...pages: PageInput[]) {
  const corpus = buildCorpus([good(), ...pages]);
  return {
    corpus,
    diagnostics: (file: string) => corpus.report.diagnostics.filter((d) => d.file === file),
    status: (file: string) => corpus.report.pages.find((p) => p.file === file)?.status,
    goodKept: corpus.profiles.some((p) => p.slug === 'order-processor' && p.facts.duties?.value?.length === 8),
  };
}

describe('rejected pages', () => {
  it('empty file', () => {
    const r = run(input('empty.txt', ''), input('blank.txt', '  \n\n\t\n'));
    expect(r.diagnostics('empty.txt')).toEqual([{ file: 'empty.txt', severity: 'error', code: 'empty-file', message: 'empty file (0 bytes)' }]);
    expect(r.diagnostics('blank.txt')[0]?.message).toBe('empty file (only white space)');
    expect([r.status('empty.txt'), r.status('blank.txt')]).toEqual(['rejected', 'rejected']);
    expect(r.goodKept).toBe(true);
  });

  it('binary file', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const latin1 = Buffer.from('Caf\xe9 | Yearly salary | $1 |', 'latin1');
    const r = run(input('image.png', png), input('latin1.txt', latin1));
    expect(r.diagnostics('image.png')).toMatchObject([{ code: 'binary-file', severity: 'error', message: 'binary file: not a text page' }]);
    expect(r.diagnostics('latin1.txt')).toMatchObject([{ code: 'binary-file', message: 'not valid UTF-8 text' }]);
    expect(r.goodKept).toBe(true);
  });

  it('unknown format', () => {
    const r = run(input('recipe.md', '# Pancakes\n\nMix flour, eggs and milk.\n'));
    expect(r.diagnostics('recipe.md')).toEqual([
      {
        file: 'recipe.md',
        line: 1,
        severity: 'error',
        code: 'unknown-format',
        message: 'unknown page format: neither a comparison page (a table headed by occupation titles) nor a "What Does an X Do?" article',
      },
    ]);
    expect(r.status('recipe.md')).toBe('rejected');
  });

  it('duplicate page: the same content under another name keeps the newer scrape', () => {
    const text = seed(SEED_FILES.orderVsCustomerService);
    const r = run(
      input('a-copy.txt', text),
      input('b-newer.txt', `---\nscraped_at: 2025-05-05\n---\n${text}`),
      input('c-spaces.txt', text.replace('Explore jobs\n', 'Explore jobs  \n\n')),
    );
    expect(r.status('b-newer.txt')).toBe('parsed');
    expect(r.diagnostics('a-copy.txt')).toEqual([
      { file: 'a-copy.txt', line: 1, severity: 'error', code: 'duplicate-page', message: 'duplicate page: same content as b-newer.txt, which is kept' },
    ]);
    expect(r.diagnostics('c-spaces.txt')[0]?.message).toBe('duplicate page: same content as b-newer.txt, which is kept');
    const ops = profileOf(r.corpus, 'order-processing-specialist');
    expect(ops.sources.map((s) => s.file)).toEqual(['b-newer.txt']);
  });

  it('duplicate page: a newer copy takes back everything the older copy gave, down to its title form', () => {
    const text = seed(SEED_FILES.orderVsCustomerService);
    // The older copy writes a header title with two spaces: the same page, another title form.
    const older = text.replaceAll('| Order Processing Specialist |', '| Order  Processing Specialist |');
    expect(older).not.toBe(text);
    const newer = input('b-newer.txt', `---\nscraped_at: 2025-05-05\n---\n${text}`);
    // Another page about the same occupation keeps its profile alive while the older copy is taken out.
    const other = input('c-other.txt', text.replaceAll('Customer Service Specialist', 'Data Entry Clerk').replaceAll('customer service specialist', 'data entry clerk'));
    const alone = run(newer, other);
    // In this order the older copy is taken out of a profile that another page has added to since.
    const r = run(input('a-older.txt', older), other, newer);
    expect(r.status('a-older.txt')).toBe('rejected');
    const ops = profileOf(r.corpus, 'order-processing-specialist');
    expect(ops.titles).toEqual(['Order Processing Specialist']);
    expect(ops.sources.map((s) => s.file)).toEqual(['b-newer.txt', 'c-other.txt']);
    const factFiles = new Set(Object.values(ops.facts).flatMap((f) => f.sources.map((s) => s.file)));
    expect([...factFiles].sort()).toEqual(['b-newer.txt', 'c-other.txt']);
    // Nothing of the older copy is left: the result is that of the other two pages alone.
    expect(r.corpus.profiles).toEqual(alone.corpus.profiles);
    expect(r.corpus.report.conflicts).toEqual(alone.corpus.report.conflicts);
  });

  it('front matter that is not YAML names the line', () => {
    const r = run(input('bad-yaml.txt', `---\nsource: https://example.com\nscraped_at: [2025\n---\n${seed(SEED_FILES.orderVsCustomerService)}`));
    const [d] = r.diagnostics('bad-yaml.txt');
    expect(d?.code).toBe('bad-front-matter');
    expect(d?.message).toMatch(/^front matter is not valid YAML: /);
    expect(d?.line).toBeGreaterThanOrEqual(3);
    expect(r.status('bad-yaml.txt')).toBe('rejected');
  });

  it('unreadable file', () => {
    const r = run({ file: 'gone.txt', read: () => { throw new Error('EACCES: permission denied'); } });
    expect(r.diagnostics('gone.txt')).toMatchObject([{ code: 'unreadable-file', message: 'cannot read file: EACCES: permission denied' }]);
  });
});

describe('truncated pages keep the facts before the cut', () => {
  it('comparison page cut in the middle of a table row', () => {
    const text = seed(SEED_FILES.orderVsCustomerService);
    const cut = text.slice(0, text.indexOf('| Race ratio |') + 40);
    const r = run(input('cut.txt', cut));
    expect(r.status('cut.txt')).toBe('partial');
    expect(r.diagnostics('cut.txt')).toEqual([
      {
        file: 'cut.txt',
        line: 37,
        severity: 'error',
        code: 'truncated-page',
        message: 'page is truncated: the last table row is cut off ("| Race ratio | Black or African American"); facts before it are kept',
      },
    ]);
    const ops = profileOf(r.corpus, 'order-processing-specialist');
    expect(ops.facts.genderSplit?.value).toEqual({ male: 29.7, female: 70.3 });
    expect(ops.facts.raceRatio).toBeUndefined();
    expect(r.corpus.report.unrecognised).toContainEqual({ file: 'cut.txt', line: 37, label: 'truncated line', text: cut.split('\n')[36] });
  });

  it('comparison page that stops after two of its four tables', () => {
    const text = seed(SEED_FILES.leadVsCustomerService);
    const cut = text.slice(0, text.indexOf('There are a few differences'));
    const r = run(input('short.txt', cut));
    expect(r.status('short.txt')).toBe('partial');
    expect(r.diagnostics('short.txt')[0]?.message).toBe(
      'page is truncated: it ends after 2 of the 4 tables a comparison page has; facts before it are kept',
    );
    expect(profileOf(r.corpus, 'lead-customer-service-representative').facts.bestPayingCompany?.value).toBe('IBM');
  });

  it('article cut mid-sentence drops only the cut paragraph', () => {
    const text = seed(SEED_FILES.orderProcessorArticle);
    const cut = text.slice(0, text.indexOf('Noise levels are typically low') + 'Noise levels are'.length);
    const r = buildCorpus([input('article-cut.txt', cut)]);
    const diagnostic = r.report.diagnostics.find((d) => d.file === 'article-cut.txt');
    expect(diagnostic).toMatchObject({ line: 61, code: 'truncated-page', message: 'page is truncated: it ends in the middle of a sentence; facts before it are kept' });
    const op = profileOf(r, 'order-processor');
    expect(op.facts.workEnvironment?.value).toHaveLength(3);
    expect(op.facts.skills?.value).toHaveLength(6);
    expect(op.facts.advancement).toBeUndefined();
  });
});

describe('unrecognised rows and text are kept verbatim and counted', () => {
  it('an unknown table row lands in each occupation profile and the report', () => {
    const text = seed(SEED_FILES.orderVsCustomerService).replace(
      '| Years of experience | 2 | 12 |',
      '| Years of experience | 2 | 12 |\n| Remote share | 15% | 40% |',
    );
    const r = buildCorpus([input('extra.txt', text)]);
    const ops = profileOf(r, 'order-processing-specialist');
    expect(ops.unrecognised).toEqual([{ label: 'Remote share', text: '15%', source: { file: 'extra.txt', line: 18 } }]);
    expect(r.report.summary.unrecognised).toBe(2);
    expect(r.report.unrecognisedByLabel).toEqual({ 'Remote share': 2 });
    expect(r.report.diagnostics).toContainEqual({
      file: 'extra.txt',
      line: 18,
      severity: 'warning',
      code: 'unrecognised-row',
      message: 'unrecognised table row "Remote share"; its values are kept verbatim',
    });
    expect(r.report.pages[0]?.status).toBe('parsed');
  });

  it('a value in an unexpected format is kept verbatim, never guessed', () => {
    const text = seed(SEED_FILES.orderVsCustomerService).replace('| Hourly rate | $18.05 | $15.98 |', '| Hourly rate | about eighteen | $15.98 |');
    const r = buildCorpus([input('odd.txt', text)]);
    const ops = profileOf(r, 'order-processing-specialist');
    expect(ops.facts.hourlyRate).toBeUndefined();
    expect(ops.unrecognised).toEqual([{ label: 'Hourly rate', text: 'about eighteen', source: { file: 'odd.txt', line: 11 } }]);
    expect(profileOf(r, 'customer-service-specialist').facts.hourlyRate?.value).toBe(15.98);
  });

  it('an unknown sentence in the intro is kept, the known ones still parsed', () => {
    const text = seed(SEED_FILES.orderVsCustomerService).replace(
      'Each job has different responsibilities and duties.',
      'Each job has different responsibilities and duties. Both jobs are popular in Ohio.',
    );
    const r = buildCorpus([input('ohio.txt', text)]);
    expect(r.report.unrecognised).toEqual([{ file: 'ohio.txt', line: 7, label: 'sentence', text: 'Both jobs are popular in Ohio.' }]);
    expect(profileOf(r, 'order-processing-specialist').facts.timeToBecome?.value).toEqual({ min: 1, max: 2, unit: 'years' });
  });
});
