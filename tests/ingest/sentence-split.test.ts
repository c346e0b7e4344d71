/**
 * Sentence splitting without look-behind gives the same sentences as the
 * look-behind patterns it replaced, on arbitrary text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphSubject, stemmedWords } from '@/lib/ingest/occupation-identity';
import { splitSentences } from '@/lib/ingest/parse-pair-page';

const chars = fc.constantFrom('.', '!', '?', ':', ' ', '  ', '\t', '\u00a0', '\u2003', '\n', 'A', 'B', 'Z', 'a', 'z', 'É', '1', ',');
const text = fc.array(chars, { maxLength: 40 }).map((parts) => parts.join(''));

describe('sentence splitting', () => {
  it('splits where /(?<=[.!?:])\\s+(?=[A-Z])/ splits', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(splitSentences(s)).toEqual(s.split(/(?<=[.!?:])\s+(?=[A-Z])/).filter((x) => x.trim() !== ''));
      }),
      { numRuns: 5000 },
    );
  });

  it("a paragraph's subject is the first sentence /(?<=[.!?])\\s+(?=[A-Z])/ cuts", () => {
    fc.assert(
      fc.property(text, (s) => {
        const end = /(?<=[.!?])\s+(?=[A-Z])/.exec(s);
        expect([...paragraphSubject(s)]).toEqual([...new Set(stemmedWords(end ? s.slice(0, end.index) : s))]);
      }),
      { numRuns: 5000 },
    );
  });
});
