/**
 * The answer first and the move, for every combination of the pay measures
 * each side can have: a median (the Handbook's, 2024), an average (a
 * comparison site's), both, neither, and a median known only as a lower
 * bound ("≥ $239,200"). Like is compared only with like, no figure an
 * occupation has is hidden, and no sentence prints junk.
 */
import { describe, expect, it } from 'vitest';
import { biggestGap, careerMove, moveHeadline, moveSentences } from '@/lib/compare/career-move';
import { writeRankings } from '@/lib/compare/rankings';
import { writeSummary } from '@/lib/compare/summary';
import { payHeadline } from '@/lib/compare/who-earns-more';
import type { Profile } from '@/lib/profile-schema';
import { comparisonDescription } from '@/lib/seo/page-descriptions';
import { emptyProfile, seedProfile } from '../helpers/seed-profiles';

type PayKind = 'median' | 'average' | 'both' | 'neither' | 'lower bound';
const KINDS: readonly PayKind[] = ['median', 'average', 'both', 'neither', 'lower bound'];

const handbookPage = (slug: string) => ({ file: `${slug}.html`, format: 'handbook-profile' as const });
const comparisonPage = (slug: string) => ({ file: `${slug}.txt`, format: 'pair-page' as const });

const PAY = { a: { median: 60000, average: 50000 }, b: { median: 70000, average: 45000 } };

/** A profile with pay of one kind: side A earns a median of $60,000 or an average of $50,000; side B $70,000 and $45,000. */
function withPay(slug: string, title: string, kind: PayKind, side: 'a' | 'b'): Profile {
  const { median, average } = PAY[side];
  const base = emptyProfile(slug, title);
  const facts: Profile['facts'] = {};
  const sources = [];
  if (kind === 'median' || kind === 'both') {
    facts.medianPay = { value: { year: 2024, yearly: { amount: median, bound: 'exact' } }, sources: [{ file: `${slug}.html`, lines: [5] }] };
    sources.push(handbookPage(slug));
  }
  if (kind === 'lower bound') {
    facts.medianPay = { value: { year: 2024, yearly: { amount: 239200, bound: 'at-least' } }, sources: [{ file: `${slug}.html`, lines: [5] }] };
    sources.push(handbookPage(slug));
  }
  if (kind === 'average' || kind === 'both') {
    facts.averageSalary = { value: average, sources: [{ file: `${slug}.txt`, lines: [7] }] };
    sources.push(comparisonPage(slug));
  }
  return { ...base, facts, sources: sources.length > 0 ? sources : base.sources };
}

/** The amounts a side of this kind has, as the answers write them ("$60,000"); none for "neither". */
function amountsOf(kind: PayKind, side: 'a' | 'b'): string[] {
  const money = (n: number) => `$${n.toLocaleString('en-US')}`;
  const { median, average } = PAY[side];
  if (kind === 'lower bound') return ['$239,200'];
  if (kind === 'neither') return [];
  return [...(kind === 'average' ? [] : [money(median)]), ...(kind === 'median' ? [] : [money(average)])];
}

/** What the pay answer must say, for A (row) against B (column). */
const EXPECTED: Record<PayKind, Record<PayKind, string>> = {
  median: {
    median: 'Beta earns more: $70,000 a year (median pay, 2024), $10,000 (16.7%) more than Alpha at $60,000.',
    average: "Alpha's median pay is $60,000 a year (Occupational Outlook Handbook, 2024) and Beta's average salary is $45,000 a year (comparison pages): a median and an average are different measures, so they are not compared.",
    both: 'Beta earns more: $70,000 a year (median pay, 2024), $10,000 (16.7%) more than Alpha at $60,000.',
    neither: 'Pay is reported only for Alpha: $60,000 a year (median pay, Occupational Outlook Handbook, 2024); not reported for Beta.',
    'lower bound': 'Beta earns more: at least $239,200 a year (median pay, 2024), at least $179,200 more than Alpha at $60,000.',
  },
  average: {
    median: "Alpha's average salary is $50,000 a year (comparison pages) and Beta's median pay is $70,000 a year (Occupational Outlook Handbook, 2024): a median and an average are different measures, so they are not compared.",
    average: 'Alpha earns more: $50,000 a year (average salary), $5,000 (11.1%) more than Beta at $45,000.',
    both: 'Alpha earns more: $50,000 a year (average salary), $5,000 (11.1%) more than Beta at $45,000.',
    neither: 'Pay is reported only for Alpha: $50,000 a year (average salary, comparison pages); not reported for Beta.',
    'lower bound': "Alpha's average salary is $50,000 a year (comparison pages) and Beta's median pay is at least $239,200 a year (Occupational Outlook Handbook, 2024): a median and an average are different measures, so they are not compared.",
  },
  both: {
    median: 'Beta earns more: $70,000 a year (median pay, 2024), $10,000 (16.7%) more than Alpha at $60,000.',
    average: 'Alpha earns more: $50,000 a year (average salary), $5,000 (11.1%) more than Beta at $45,000.',
    // Both sides have both: medians first, as the Handbook's dated figures.
    both: 'Beta earns more: $70,000 a year (median pay, 2024), $10,000 (16.7%) more than Alpha at $60,000.',
    neither: 'Pay is reported only for Alpha: $60,000 a year (median pay, Occupational Outlook Handbook, 2024); not reported for Beta.',
    'lower bound': 'Beta earns more: at least $239,200 a year (median pay, 2024), at least $179,200 more than Alpha at $60,000.',
  },
  neither: {
    median: 'Pay is reported only for Beta: $70,000 a year (median pay, Occupational Outlook Handbook, 2024); not reported for Alpha.',
    average: 'Pay is reported only for Beta: $45,000 a year (average salary, comparison pages); not reported for Alpha.',
    both: 'Pay is reported only for Beta: $70,000 a year (median pay, Occupational Outlook Handbook, 2024); not reported for Alpha.',
    neither: '',
    'lower bound': 'Pay is reported only for Beta: at least $239,200 a year (median pay, Occupational Outlook Handbook, 2024); not reported for Alpha.',
  },
  'lower bound': {
    median: 'Alpha earns more: at least $239,200 a year (median pay, 2024), at least $169,200 more than Beta at $70,000.',
    average: "Alpha's median pay is at least $239,200 a year (Occupational Outlook Handbook, 2024) and Beta's average salary is $45,000 a year (comparison pages): a median and an average are different measures, so they are not compared.",
    both: 'Alpha earns more: at least $239,200 a year (median pay, 2024), at least $169,200 more than Beta at $70,000.',
    neither: 'Pay is reported only for Alpha: at least $239,200 a year (median pay, Occupational Outlook Handbook, 2024); not reported for Beta.',
    'lower bound': 'Median pay, 2024: Alpha at least $239,200 a year, Beta at least $239,200 a year. A figure given only as a lower bound ("at least") cannot say which is higher.',
  },
};

/** What the move from A to B must say of pay. */
const MOVE_PAY: Record<PayKind, Record<PayKind, RegExp>> = {
  median: { median: /^Pay rises by \$10,000 a year \(\+16\.7%\)/, average: /^Pay is not compared/, both: /^Pay rises by \$10,000/, neither: /^Pay is reported for Alpha .* but not for Beta/, 'lower bound': /^Pay rises by at least \$179,200 a year:/ },
  average: { median: /^Pay is not compared/, average: /^Pay falls by \$5,000 a year \(-10%\)/, both: /^Pay falls by \$5,000/, neither: /but not for Beta/, 'lower bound': /^Pay is not compared/ },
  both: { median: /^Pay rises by \$10,000/, average: /^Pay falls by \$5,000/, both: /^Pay rises by \$10,000/, neither: /but not for Beta/, 'lower bound': /^Pay rises by at least \$179,200/ },
  neither: { median: /pay is not reported for Alpha, so the change is not known/, average: /so the change is not known/, both: /so the change is not known/, neither: /^Pay is not reported for either occupation\.$/, 'lower bound': /so the change is not known/ },
  'lower bound': { median: /^Pay falls by at least \$169,200/, average: /^Pay is not compared/, both: /^Pay falls by at least \$169,200/, neither: /but not for Beta/, 'lower bound': /^Whether pay rises or falls is not known/ },
};

const JUNK = /\bundefined\b|\bnull\b|\bNaN\b|\bInfinity\b|\(\s*\)|\[\s*\]|\$0\b|\s[,.;:]/;

describe('the answer first, for every combination of pay measures', () => {
  for (const a of KINDS) {
    for (const b of KINDS) {
      it(`${a} against ${b}`, () => {
        const alpha = withPay('alpha', 'Alpha', a, 'a');
        const beta = withPay('beta', 'Beta', b, 'b');
        const lines = writeSummary([alpha, beta]);
        const pay = lines.find((l) => l.topic === 'pay')?.text ?? '';
        expect(pay).toBe(EXPECTED[a][b]);
        const move = careerMove(alpha, beta);
        const words = moveSentences(move);
        // No occupation's pay is left out: one of each side's own amounts is in the answer and in the move.
        const sides: [PayKind, 'a' | 'b'][] = [[a, 'a'], [b, 'b']];
        for (const [kind, side] of sides) {
          const amounts = amountsOf(kind, side);
          if (amounts.length === 0) continue;
          for (const text of [pay, words.pay]) expect(amounts.some((amount) => text.includes(amount)), `${side} in "${text}"`).toBe(true);
        }
        expect(words.pay).toMatch(MOVE_PAY[a][b]);
        for (const text of [...lines.map((l) => l.text), ...Object.values(words), biggestGap(move) ?? '', payHeadline([alpha, beta]) ?? '', comparisonDescription([alpha, beta])]) {
          expect(text).not.toMatch(JUNK);
        }
      });
    }
  }
});

describe('a lower bound level with the other figure', () => {
  // "at least $239,200" against exactly $239,200: the first may earn the same, so neither the answer nor the move says who earns more.
  const bounded = withPay('alpha', 'Alpha', 'lower bound', 'a');
  const level: Profile = {
    ...withPay('beta', 'Beta', 'median', 'b'),
    facts: { medianPay: { value: { year: 2024, yearly: { amount: 239200, bound: 'exact' } }, sources: [{ file: 'beta.html', lines: [5] }] } },
  };
  const orders: [Profile, Profile][] = [
    [bounded, level],
    [level, bounded],
  ];
  for (const [first, second] of orders) {
    it(`settles nothing, ${first.title} first`, () => {
      const [pay] = writeSummary([first, second]);
      expect(pay?.text).toBe(`Median pay, 2024: ${first.title} ${first === bounded ? 'at least ' : ''}$239,200 a year, ${second.title} ${second === bounded ? 'at least ' : ''}$239,200 a year. A figure given only as a lower bound ("at least") cannot say which is higher.`);
      const move = careerMove(first, second);
      expect(move.pay).toMatchObject({ kind: 'comparable', settled: false });
      expect(moveSentences(move).pay).toMatch(/^Whether pay rises or falls is not known: /);
      expect(payHeadline([first, second])).toBeUndefined();
      expect(biggestGap(move)).toBeUndefined();
    });
  }
});

describe('the pay headline (descriptions and share images) says the same as the answer, or nothing', () => {
  it('like with like: who earns how much more', () => {
    expect(payHeadline([withPay('alpha', 'Alpha', 'median', 'a'), withPay('beta', 'Beta', 'median', 'b')])).toBe(
      'Beta earns 16.7% more than Alpha: $70,000 against $60,000 a year (median pay, 2024)',
    );
  });
  it('different measures, a missing side, or two lower bounds: no headline', () => {
    expect(payHeadline([withPay('alpha', 'Alpha', 'median', 'a'), withPay('beta', 'Beta', 'average', 'b')])).toBeUndefined();
    expect(payHeadline([withPay('alpha', 'Alpha', 'median', 'a'), withPay('beta', 'Beta', 'neither', 'b')])).toBeUndefined();
    expect(payHeadline([withPay('alpha', 'Alpha', 'lower bound', 'a'), withPay('beta', 'Beta', 'lower bound', 'b')])).toBeUndefined();
  });
});

describe('the answers on the seed pages', () => {
  it('Order Processing Specialist vs Customer Service Specialist: pay, demand, getting in, skills, then what neither reports', () => {
    expect(writeSummary([seedProfile('order-processing-specialist'), seedProfile('customer-service-specialist')])).toEqual([
      { topic: 'pay', text: 'Order Processing Specialist earns more: $37,540 a year (average salary), $4,302 (12.9%) more than Customer Service Specialist at $33,238.' },
      {
        topic: 'demand',
        text: 'Job growth is reported only for Customer Service Specialist (-4%). Customer Service Specialist has more jobs: 223,323, against 46,043 for Order Processing Specialist (4.9 times as many).',
      },
      { topic: 'getting-in', text: 'Customer Service Specialist is quicker to become (6–12 months) than Order Processing Specialist (1–2 years).' },
      { topic: 'skills', text: 'One skill is needed in both: customer service.' },
    ]);
  });

  it('a median beside an average: both shown with their measures, the median not hidden', () => {
    const [pay] = writeSummary([seedProfile('order-processor'), seedProfile('customer-service-specialist')]);
    expect(pay?.text).toBe(
      "Order Processor's median salary is $41,475 a year (career guide) and Customer Service Specialist's average salary is $33,238 a year (comparison pages): a median and an average are different measures, so they are not compared.",
    );
  });

  it('nothing reported on either side: no answers, and no numbers invented (the tables name what neither reports)', () => {
    expect(writeSummary([emptyProfile('a', 'Alpha'), emptyProfile('b', 'Beta')])).toEqual([]);
  });
});

describe('moving from one career to the other', () => {
  it('Order Processor to Order Processing Specialist: what changes, in the visitor\'s order', () => {
    const move = careerMove(seedProfile('order-processor'), seedProfile('order-processing-specialist'));
    expect(moveSentences(move)).toEqual({
      pay: "Pay is not compared: Order Processor's median salary is $41,475 a year (career guide) and Order Processing Specialist's average salary is $37,540 a year (comparison pages), which are different measures.",
      education: "Order Processing Specialist's typical entry education is not reported. It usually takes 1–2 years to become one.",
      skills: 'You bring 1 of the 3 skills Order Processing Specialist lists: customer service. 2 to learn: data entry and purchase orders.',
      outlook: 'Job growth is not reported for Order Processing Specialist.',
    });
    expect(biggestGap(move)).toBe('2 skills to learn');
    expect(moveHeadline(seedProfile('order-processor'), seedProfile('order-processing-specialist'))).toBe('Switching to Order Processing Specialist: 2 skills to learn');
  });

  it('the other way round is another move', () => {
    const there = moveSentences(careerMove(seedProfile('customer-service-specialist'), seedProfile('order-processing-specialist')));
    const back = moveSentences(careerMove(seedProfile('order-processing-specialist'), seedProfile('customer-service-specialist')));
    expect(there.pay).toBe('Pay rises by $4,302 a year (+12.9%): from $33,238 to $37,540 a year (average salary).');
    expect(back.pay).toBe('Pay falls by $4,302 a year (-11.5%): from $37,540 to $33,238 a year (average salary).');
  });

  it('stepping stones are the target\'s similar occupations close to where the mover starts', () => {
    const profiles = new Map<string, Profile>(
      ['a', 'b', 'c', 'd'].map((slug) => [slug, { ...emptyProfile(slug, slug.toUpperCase()) }]),
    );
    const similar: Record<string, string[]> = { a: ['c'], b: ['c', 'd'], c: [], d: ['a'] };
    const move = careerMove(profiles.get('a') ?? emptyProfile('a', 'A'), profiles.get('b') ?? emptyProfile('b', 'B'), {
      profileOf: (slug) => profiles.get(slug),
      similarSlugs: (p) => similar[p.slug] ?? [],
    });
    expect(move.steppingStones).toEqual([
      { slug: 'c', title: 'C', reason: 'also similar to A' },
      { slug: 'd', title: 'D', reason: 'lists A as similar' },
    ]);
  });
});

describe('three or four at once: the answers as rankings', () => {
  it('ranks like with like and names who it cannot rank, and why', () => {
    const rankings = writeRankings([
      seedProfile('order-processor'),
      seedProfile('customer-service-specialist'),
      seedProfile('collections-customer-service'),
      seedProfile('lead-customer-service-representative'),
    ]);
    const pay = rankings.find((r) => r.topic === 'pay');
    expect(pay?.measure).toBe('average salary');
    expect(pay?.ranked.map((r) => `${r.profile.title}: ${r.figure}`)).toEqual([
      'Lead Customer Service Representative: $36,097 a year',
      'Customer Service Specialist: $33,238 a year',
      'Collections, Customer Service: $32,870 a year',
    ]);
    expect(pay?.notRanked.map((n) => `${n.profile.title}: ${n.why}`)).toEqual(['Order Processor: median salary $41,475 a year: a different measure']);
    const growth = rankings.find((r) => r.topic === 'growth');
    expect(growth?.ranked.map((r) => r.figure)).toEqual(['-4%', '-4%', '-8%']);
    const wayIn = rankings.find((r) => r.topic === 'way-in');
    expect(wayIn?.measure).toBe('time to become');
    // All three take 6–12 months: a tie keeps the order asked for.
    expect(wayIn?.ranked.map((r) => `${r.profile.title}: ${r.figure}`)).toEqual(['Customer Service Specialist: 6–12 months to become', 'Collections, Customer Service: 6–12 months to become', 'Lead Customer Service Representative: 6–12 months to become']);
    const skills = rankings.find((r) => r.topic === 'skills');
    expect(skills?.ranked[0]?.figure).toMatch(/^\d+ of \d+ skills shared with the others$/);
    for (const r of rankings) for (const text of [...r.ranked.map((i) => i.figure), ...r.notRanked.map((n) => n.why)]) expect(text).not.toMatch(JUNK);
  });
});
