import { describe, expect, it } from 'vitest';
import {
  parseCount,
  parseDecimal,
  parseDegree,
  parseDuration,
  parseGenderSplit,
  parseGroupShares,
  parseHourly,
  parseMoney,
  parseMoneyRange,
  parsePercent,
  parseSalaryPoint,
  memoized,
  splitProseList,
} from '@/lib/ingest/parse-values';

describe('value parsers: typed value, null for "not reported", undefined for unknown formats', () => {
  it('money in whole dollars', () => {
    expect(parseMoney('$37,540')).toBe(37540);
    expect(parseMoney('$1,234,567')).toBe(1234567);
    expect(parseMoney('$37.5K')).toBe(37500);
    expect(parseMoney('-')).toBeNull();
    expect(parseMoney('37,540')).toBeUndefined();
    expect(parseMoney('$')).toBeUndefined();
  });

  it('hourly rates with cents', () => {
    expect(parseHourly('$18.05')).toBe(18.05);
    expect(parseHourly('$15.80')).toBe(15.8);
    expect(parseHourly('$19.94/hour')).toBe(19.94);
    expect(parseHourly('–')).toBeNull();
    expect(parseHourly('eighteen')).toBeUndefined();
  });

  it('percentages, signed', () => {
    expect(parsePercent('-4%')).toBe(-4);
    expect(parsePercent('−8%')).toBe(-8);
    expect(parsePercent('7%')).toBe(7);
    expect(parsePercent('+12.5%')).toBe(12.5);
    expect(parsePercent('-')).toBeNull();
    expect(parsePercent('7')).toBeUndefined();
  });

  it('counts and decimals', () => {
    expect(parseCount('46,043')).toBe(46043);
    expect(parseCount('223,323')).toBe(223323);
    expect(parseCount('12.5')).toBeUndefined();
    expect(parseDecimal('4')).toBe(4);
    expect(parseDecimal('3.5')).toBe(3.5);
    expect(parseDecimal('-')).toBeNull();
  });

  it('salary ranges', () => {
    expect(parseMoneyRange('Between $26,000 And $52,000')).toEqual({ min: 26000, max: 52000 });
    expect(parseMoneyRange('$26,000 - $52,000')).toEqual({ min: 26000, max: 52000 });
    expect(parseMoneyRange('Between $52,000 And $26,000')).toBeUndefined();
    expect(parseMoneyRange('-')).toBeNull();
  });

  it('gender split and race ratio', () => {
    expect(parseGenderSplit('Male, 29.7% Female, 70.3%')).toEqual({ male: 29.7, female: 70.3 });
    expect(parseGenderSplit('Female, 70.3% Male, 29.7%')).toEqual({ male: 29.7, female: 70.3 });
    expect(parseGenderSplit('Male, 29.7%')).toBeUndefined();
    expect(parseGroupShares('Asian, 5.9% White, 63.9% American Indian and Alaska Native, 0.9%')).toEqual([
      { group: 'Asian', percent: 5.9 },
      { group: 'White', percent: 63.9 },
      { group: 'American Indian and Alaska Native', percent: 0.9 },
    ]);
    expect(parseGroupShares('Asian, 5.9% and some trailing words')).toBeUndefined();
    expect(parseGroupShares('-')).toBeNull();
  });

  it('degrees with their share', () => {
    expect(parseDegree("Bachelor's Degree, 39%")).toEqual({ level: "Bachelor's Degree", percent: 39 });
    expect(parseDegree('High School Diploma, 33%')).toEqual({ level: 'High School Diploma', percent: 33 });
    expect(parseDegree('Associate Degree')).toEqual({ level: 'Associate Degree', percent: null });
    expect(parseDegree('-')).toBeNull();
  });

  it('durations', () => {
    expect(parseDuration('1-2 years')).toEqual({ min: 1, max: 2, unit: 'years' });
    expect(parseDuration('6-12 months')).toEqual({ min: 6, max: 12, unit: 'months' });
    expect(parseDuration('1 year')).toEqual({ min: 1, max: 1, unit: 'years' });
    expect(parseDuration('2 to 4 weeks')).toEqual({ min: 2, max: 4, unit: 'weeks' });
    expect(parseDuration('12-6 months')).toBeUndefined();
    expect(parseDuration('a while')).toBeUndefined();
  });

  it('salary points with an hourly figure', () => {
    expect(parseSalaryPoint('$41,475 ($19.94/hour)')).toEqual({ yearly: 41475, hourly: 19.94 });
    expect(parseSalaryPoint('$60,500')).toEqual({ yearly: 60500, hourly: null });
    expect(parseSalaryPoint('lots')).toBeUndefined();
  });

  it('prose lists, with and without the Oxford comma', () => {
    expect(splitProseList('customer service, data entry and purchase orders')).toEqual(['customer service', 'data entry', 'purchase orders']);
    expect(splitProseList('customer service, strong customer service, and cleanliness')).toEqual([
      'customer service',
      'strong customer service',
      'cleanliness',
    ]);
    expect(splitProseList('shipping and receiving, data entry, and filing')).toEqual(['shipping and receiving', 'data entry', 'filing']);
    expect(splitProseList('')).toEqual([]);
  });
});

describe('memoized value parsers', () => {
  const race = 'Black or African American, 14.7% Unknown, 7.0% Hispanic or Latino, 18.0% Asian, 4.5% White, 54.7%';

  it('read each text as its parser does, asked once or again: typed value, null for "not reported", undefined for unknown formats', () => {
    const shares = memoized(parseGroupShares);
    const range = memoized(parseMoneyRange);
    const duration = memoized(parseDuration);
    for (let round = 0; round < 2; round += 1) {
      expect(shares('White, 100%')).toEqual([{ group: 'White', percent: 100 }]);
      expect(shares('-')).toBeNull();
      expect(shares('')).toBeNull();
      expect(shares('garbage')).toBeUndefined();
      expect(range('Between $26,000 And $52,000')).toEqual({ min: 26000, max: 52000 });
      expect(range('$5 - $3')).toBeUndefined();
      expect(range('n/a')).toBeNull();
      expect(duration('1-2 years')).toEqual({ min: 1, max: 2, unit: 'years' });
      expect(duration('6 months')).toEqual({ min: 6, max: 6, unit: 'months' });
      expect(duration('soon')).toBeUndefined();
    }
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
