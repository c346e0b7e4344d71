/**
 * Memoized value parsers: the same answer as the parser, one deep-frozen
 * value per distinct text.
 */
import { describe, expect, it } from 'vitest';
import { memoized, parseDuration, parseGroupShares, parseMoneyRange } from '@/lib/ingest/parse-values';

describe('memoized value parsers', () => {
  const race = 'Black or African American, 14.7% Unknown, 7.0% Hispanic or Latino, 18.0% Asian, 4.5% White, 54.7%';

  it('answer as the parser does, including not-reported and unreadable text', () => {
    const shares = memoized(parseGroupShares);
    const range = memoized(parseMoneyRange);
    const duration = memoized(parseDuration);
    for (const text of [race, '-', 'garbage', '']) expect(shares(text)).toEqual(parseGroupShares(text));
    for (const text of ['Between $26,000 And $52,000', '$5 - $3', 'n/a']) expect(range(text)).toEqual(parseMoneyRange(text));
    for (const text of ['1-2 years', '6 months', 'soon']) expect(duration(text)).toEqual(parseDuration(text));
  });

  it('hand out one deep-frozen value per text', () => {
    const shares = memoized(parseGroupShares);
    const first = shares(race);
    const again = shares(`${race.slice(0, 10)}${race.slice(10)}`);
    expect(again).toBe(first);
    if (!first) throw new Error('no value');
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
  });
});
