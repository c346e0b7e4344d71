import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAccentsAndCase, foldForSearch, stripAccents } from '@/lib/text/fold';

describe('folding accents and case', () => {
  it.each([
    [stripAccents, 'Résumé Writer', 'Resume Writer'],
    [stripAccents, 'Ångström naïve', 'Angstrom naive'],
    [foldAccentsAndCase, 'RÉSUMÉ Writer', 'resume writer'],
    // Search folding: punctuation as single spaces, "+" and "#" kept.
    [foldForSearch, '  Collections, Customer Sérvice! ', 'collections customer service'],
    [foldForSearch, 'C++ Developer', 'c++ developer'],
    [foldForSearch, 'C# Developer', 'c# developer'],
    [foldForSearch, 'Children’s Librarian', 'children s librarian'],
    [foldForSearch, '—', ''],
  ])('%o(%j) is %j', (fold, text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('stripAccents gives the NFKD, marks-removed form of any text, ASCII or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(stripAccents(text)).toBe(text.normalize('NFKD').replace(/\p{M}+/gu, ''));
      }),
    );
  });
});
