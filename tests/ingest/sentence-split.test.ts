/**
 * Prose is split into sentences where punctuation and white space come
 * before a capital (prose writes titles in lower case), and a paragraph's
 * subject is the words of its first sentence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphSubject, stemmedWords } from '@/lib/ingest/occupation-identity';
import { splitSentences } from '@/lib/ingest/parse-pair-page';

const chars = fc.constantFrom('.', '!', '?', ':', ' ', '  ', '\t', '\u00a0', '\u2003', '\n', 'A', 'B', 'Z', 'a', 'z', 'É', '1', ',');
const text = fc.array(chars, { maxLength: 40 }).map((parts) => parts.join(''));

describe('sentence splitting', () => {
  it('breaks after ". ", "! ", "? " and ": " before a capital, and nowhere else', () => {
    expect(splitSentences('Order processors file orders. They also answer calls! Why? Because: Customers call.')).toEqual([
      'Order processors file orders.',
      'They also answer calls!',
      'Why?',
      'Because:',
      'Customers call.',
    ]);
    expect(splitSentences('It takes 1.5 years, e.g. in retail. then more')).toEqual(['It takes 1.5 years, e.g. in retail. then more']);
    expect(splitSentences('Ends here.\n\t Next line')).toEqual(['Ends here.', 'Next line']);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  ')).toEqual([]);
  });

  it('keeps every character but the white space at the breaks, and leaves no break inside a sentence', () => {
    fc.assert(
      fc.property(text, (s) => {
        const sentences = splitSentences(s);
        let rest = s;
        sentences.forEach((sentence, i) => {
          if (i > 0) {
            const gap = /^\s+/.exec(rest)?.[0] ?? '';
            expect(gap).not.toBe('');
            rest = rest.slice(gap.length);
            expect(sentence).toMatch(/^[A-Z]/);
          }
          expect(rest.startsWith(sentence)).toBe(true);
          rest = rest.slice(sentence.length);
          if (i < sentences.length - 1) expect(sentence).toMatch(/[.!?:]$/);
          expect(sentence).not.toMatch(/[.!?:]\s+[A-Z]/);
        });
        expect(rest.trim()).toBe('');
      }),
      { numRuns: 5000 },
    );
  });
});

describe("a paragraph's subject", () => {
  it('is the words of its first sentence, up to ". ", "! " or "? " before a capital', () => {
    const words = (t: string) => [...new Set(stemmedWords(t))];
    expect([...paragraphSubject('Order processors file orders. Customers call them.')]).toEqual(words('Order processors file orders.'));
    expect([...paragraphSubject('Step one: Collect orders. Then ship')]).toEqual(words('Step one: Collect orders.'));
    expect([...paragraphSubject('It takes 1.5 years, e.g. in retail. then more')]).toEqual(words('It takes 1.5 years, e.g. in retail. then more'));
    expect([...paragraphSubject('Orders orders orders.')]).toEqual(words('Orders'));
  });
});
