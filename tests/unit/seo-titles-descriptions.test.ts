import { describe, expect, it } from 'vitest';
import type { Profile } from '@/lib/profile-schema';
import { comparisonDescription, DESCRIPTION_MAX, occupationDescription, truncateOnWord } from '@/lib/seo/page-descriptions';
import { comparisonTitle, occupationTitle } from '@/lib/seo/page-titles';
import { profileOf, profilesFrom } from '../helpers/handbook-profiles';
import { emptyProfile, seedProfile } from '../helpers/seed-profiles';
import { SEED_SLUGS } from '../../scripts/shared/seed-slugs';

const ops = () => seedProfile('order-processing-specialist');
const css = () => seedProfile('customer-service-specialist');
const junk = /\bundefined\b|\bnull\b|\bNaN\b|\bInfinity\b|\[object/;

describe('titles', () => {
  it('a pair keeps the order asked for and names the topics it has', () => {
    expect(comparisonTitle([ops(), css()])).toBe('Order Processing Specialist vs Customer Service Specialist: salary, skills, education');
    expect(comparisonTitle([css(), ops()])).toBe('Customer Service Specialist vs Order Processing Specialist: salary, skills, education');
  });

  it('three occupations', () => {
    expect(comparisonTitle([ops(), css(), seedProfile('order-processor')])).toBe(
      'Order Processing Specialist vs Customer Service Specialist vs Order Processor: salary, skills, education',
    );
  });

  it('an occupation', () => {
    expect(occupationTitle(seedProfile('order-processor'))).toBe('Order Processor: salary, skills, education');
    expect(occupationTitle(seedProfile('collections-customer-service'))).toBe('Collections, Customer Service: salary, skills, education');
  });

  it('never promises a topic no side reports', () => {
    const skillsOnly: Profile = { ...emptyProfile('x', 'Xylophonist'), facts: { topSkills: { value: ['rhythm'], sources: [{ file: 'x.txt', lines: [1] }] } } };
    expect(occupationTitle(skillsOnly)).toBe('Xylophonist: skills');
    expect(comparisonTitle([skillsOnly, emptyProfile('y', 'Yodeller')])).toBe('Xylophonist vs Yodeller: skills');
    expect(comparisonTitle([emptyProfile('a', 'Alpha'), emptyProfile('b', 'Beta')])).toBe('Alpha vs Beta: career comparison');
    expect(occupationTitle(emptyProfile('a', 'Alpha'))).toBe('Alpha: career profile');
  });
});

describe('pair descriptions', () => {
  it('names who earns more with both average salaries, then what the move asks most', () => {
    expect(comparisonDescription([ops(), css()])).toBe(
      'Order Processing Specialist earns 12.9% more than Customer Service Specialist: $37,540 against $33,238 a year (average salary). To switch: 2 skills to learn.',
    );
  });

  it('the same pay answer in either order; the move is the visitor\'s, from the first to the second', () => {
    const handbook = profilesFrom(['actuaries', 'bakers']);
    const actuaries = profileOf(handbook, 'actuaries');
    const bakers = profileOf(handbook, 'bakers');
    const pay = 'Actuaries earn 243.2% more than Bakers: $125,770 against $36,650 a year (median pay, 2024).';
    const toBakers = comparisonDescription([actuaries, bakers]);
    const toActuaries = comparisonDescription([bakers, actuaries]);
    expect(toBakers).toBe(`${pay} To switch: 3 skills to learn.`);
    expect(toActuaries).toBe(`${pay} To switch: a bachelor's degree, 5 levels up.`);
    expect(toBakers).not.toBe(toActuaries);
  });

  it('a long pay answer leaves no room for the move: it ends on a whole sentence, never mid-sentence', () => {
    expect(comparisonDescription([seedProfile('customer-relations-specialist'), seedProfile('lead-customer-service-representative')])).toBe(
      'Customer Relations Specialist earns 4.8% more than Lead Customer Service Representative: $37,827 against $36,097 a year (average salary).',
    );
  });

  it('an average and a median are stated side by side, with no winner declared', () => {
    expect(comparisonDescription([seedProfile('order-processor'), css()])).toBe(
      'Order Processor: median $41,475 a year; Customer Service Specialist: average $33,238 a year; different measures, not compared. To switch: 2 skills to learn.',
    );
  });

  it('pay missing on one side says so', () => {
    const noPay = emptyProfile('astronaut', 'Astronaut');
    expect(comparisonDescription([ops(), noPay])).toBe(
      'Order Processing Specialist: average $37,540 a year; pay for Astronaut is not reported. Compare skills, education and job outlook side by side.',
    );
  });

  it('nothing reported falls back to what the page covers', () => {
    expect(comparisonDescription([emptyProfile('a', 'Alpha'), emptyProfile('b', 'Beta')])).toBe(
      'Compare Alpha and Beta side by side: pay, skills, education and job outlook.',
    );
  });

  it('three occupations: highest and lowest earners', () => {
    expect(comparisonDescription([ops(), seedProfile('customer-relations-specialist'), seedProfile('collections-customer-service')])).toBe(
      'Customer Relations Specialist earns the most ($37,827 a year, average) and Collections, Customer Service the least ($32,870).',
    );
  });

  it('every seed pair fits in 160 characters and prints no junk', () => {
    for (const a of SEED_SLUGS) {
      for (const b of SEED_SLUGS) {
        if (a === b) continue;
        const text = comparisonDescription([seedProfile(a), seedProfile(b)]);
        expect(text.length, `${a} vs ${b}`).toBeLessThanOrEqual(DESCRIPTION_MAX);
        expect(text).not.toMatch(junk);
        expect(text).toMatch(/\$\d{2},\d{3}/);
      }
    }
  });

  it('very long titles are cut on a word boundary', () => {
    const long = (slug: string, title: string): Profile => ({ ...ops(), slug, title });
    const text = comparisonDescription([long('a', 'Senior Principal Distinguished Enterprise Order Fulfilment And Processing Operations Specialist'), css()]);
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text.endsWith('…')).toBe(true);
    expect(text.startsWith('Senior Principal Distinguished Enterprise Order Fulfilment And Processing Operations Specialist earns 12.9% more than Customer Service Specialist')).toBe(true);
  });
});

describe('occupation descriptions', () => {
  it('average salary with the hourly rate, then top skills', () => {
    expect(occupationDescription(ops())).toBe(
      'Order Processing Specialist: average salary $37,540 a year ($18.05/hour). Top skills: Customer service, Data entry, Purchase orders.',
    );
  });

  it('adds the growth rate when it fits', () => {
    expect(occupationDescription(seedProfile('customer-relations-specialist'))).toBe(
      'Customer Relations Specialist: average salary $37,827 a year ($18.19/hour). Top skills: Customer relations, Data entry, Work ethic. Projected job growth: -4%.',
    );
  });

  it('median and top-10% pay where the page gives no average', () => {
    expect(occupationDescription(seedProfile('order-processor'))).toBe(
      'Order Processor: median salary $41,475 a year; the top 10% earn $60,500. Top skills: Inventory Management, Order Entry Software, Customer Service.',
    );
  });

  it('a shorter limit drops whole sentences first', () => {
    expect(occupationDescription(ops(), 80)).toBe('Order Processing Specialist: average salary $37,540 a year ($18.05/hour).');
  });

  it('nothing reported', () => {
    expect(occupationDescription(emptyProfile('a', 'Alpha'))).toBe('Alpha: salary, skills, education and job outlook.');
  });

  it('every seed occupation fits and prints no junk', () => {
    for (const slug of SEED_SLUGS) {
      const text = occupationDescription(seedProfile(slug));
      expect(text.length).toBeLessThanOrEqual(160);
      expect(text).not.toMatch(junk);
    }
  });
});

describe('truncateOnWord', () => {
  const text = 'Order processing specialists work with sales, marketing and warehouse teams to capture, validate and ship orders.';

  it('leaves short text alone (white space collapsed)', () => {
    expect(truncateOnWord('  a   b ', 10)).toBe('a b');
    expect(truncateOnWord(text, text.length)).toBe(text);
  });

  it('cuts at the last whole word that fits, drops dangling punctuation, ends in an ellipsis', () => {
    expect(truncateOnWord(text, 50)).toBe('Order processing specialists work with sales…');
    expect(truncateOnWord(text, 46)).toBe('Order processing specialists work with sales…');
    expect(truncateOnWord(text, 45)).toBe('Order processing specialists work with…');
    for (let max = 2; max < text.length; max += 1) {
      const cut = truncateOnWord(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.endsWith('…')).toBe(true);
      // What is kept is whole words of the original.
      const kept = cut.slice(0, -1);
      if (kept.includes(' ')) expect(text.startsWith(kept) && /[\s,]/.test(text.charAt(kept.length))).toBe(true);
    }
  });

  it('a single word longer than the limit is cut hard, never inside a surrogate pair', () => {
    expect(truncateOnWord('Supercalifragilistic', 8)).toBe('Superca…');
    expect(truncateOnWord('ab😀cd', 4)).toBe('ab…');
  });
});
