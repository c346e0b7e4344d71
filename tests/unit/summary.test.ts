import { describe, expect, it } from 'vitest';
import { writeSummary } from '@/lib/compare/summary';
import { seedProfile } from '../helpers/seed-profiles';

const texts = ([a, b]: [string, string]) => writeSummary([seedProfile(a), seedProfile(b)]).map((l) => `${l.topic}: ${l.text}`);

describe('the answers, written from real profiles', () => {
  it('says the same, line for line, whichever order is asked for', () => {
    const asked = texts(['customer-service-specialist', 'order-processing-specialist']);
    const reversed = texts(['order-processing-specialist', 'customer-service-specialist']);
    expect(asked).toEqual([
      'pay: Order Processing Specialist earns more: $37,540 a year (average salary), $4,302 (12.9%) more than Customer Service Specialist at $33,238.',
      'demand: Job growth is reported only for Customer Service Specialist (-4%). Customer Service Specialist has more jobs: 223,323, against 46,043 for Order Processing Specialist (4.9 times as many).',
      'getting-in: Customer Service Specialist is quicker to become (6–12 months) than Order Processing Specialist (1–2 years).',
      'skills: One skill is needed in both: customer service.',
    ]);
    expect(reversed).toEqual(asked);
  });

  it('equal growth and equal time to become', () => {
    expect(texts(['lead-customer-service-representative', 'customer-service-specialist'])).toEqual([
      'pay: Lead Customer Service Representative earns more: $36,097 a year (average salary), $2,859 (8.6%) more than Customer Service Specialist at $33,238.',
      'demand: Lead Customer Service Representative and Customer Service Specialist have the same projected job growth: -4%. Customer Service Specialist has more jobs: 223,323, against 192,052 for Lead Customer Service Representative (1.2 times as many).',
      'getting-in: Each usually takes 6–12 months to become.',
      'skills: One skill is needed in both: cleanliness.',
    ]);
  });

  it('faster growth when both decline', () => {
    expect(texts(['collections-customer-service', 'customer-service-specialist'])[1]).toBe(
      'demand: Customer Service Specialist has the faster projected job growth: -4%, against Collections, Customer Service -8%. Customer Service Specialist has more jobs: 223,323, against 161,544 for Collections, Customer Service (1.4 times as many).',
    );
  });

  it('an article-only occupation beside a comparison-page one: what each has, and what neither does', () => {
    expect(texts(['order-processor', 'customer-relations-specialist'])).toEqual([
      "pay: Order Processor's median salary is $41,475 a year (career guide) and Customer Relations Specialist's average salary is $37,827 a year (comparison pages): a median and an average are different measures, so they are not compared.",
      'demand: Job growth is reported only for Customer Relations Specialist (-4%). The number of jobs is reported only for Customer Relations Specialist (215,862).',
      'getting-in: It usually takes 6–12 months to become Customer Relations Specialist; the time is not reported for Order Processor.',
      'skills: No skills in common on record (6 for Order Processor, 3 for Customer Relations Specialist).',
    ]);
  });
});
