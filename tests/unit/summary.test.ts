import { describe, expect, it } from 'vitest';
import { writeSummary } from '@/lib/compare/summary';
import { emptyProfile, seedProfile } from '../helpers/seed-profiles';

const texts = (slugs: string[]) => writeSummary(slugs.map(seedProfile)).map((l) => l.text);

describe('the at-a-glance summary, written from real profiles', () => {
  it('Order Processing Specialist vs Customer Service Specialist', () => {
    expect(texts(['order-processing-specialist', 'customer-service-specialist'])).toEqual([
      'Order Processing Specialist earns more: $37,540 a year (average salary), $4,302 (12.9%) more than Customer Service Specialist at $33,238.',
      'Job growth is reported only for Customer Service Specialist (-4%); not reported for Order Processing Specialist.',
      'Customer Service Specialist has more jobs: 223,323, against 46,043 for Order Processing Specialist (4.9 times as many).',
      'Customer Service Specialist is quicker to become (6–12 months) than Order Processing Specialist (1–2 years).',
    ]);
  });

  it('keeps the order asked for: reversed sides give the same facts', () => {
    const [salary] = texts(['customer-service-specialist', 'order-processing-specialist']);
    expect(salary).toBe(
      'Order Processing Specialist earns more: $37,540 a year (average salary), $4,302 (12.9%) more than Customer Service Specialist at $33,238.',
    );
  });

  it('equal growth and equal time to become', () => {
    expect(texts(['lead-customer-service-representative', 'customer-service-specialist'])).toEqual([
      'Lead Customer Service Representative earns more: $36,097 a year (average salary), $2,859 (8.6%) more than Customer Service Specialist at $33,238.',
      'Lead Customer Service Representative and Customer Service Specialist have the same projected job growth: -4%.',
      'Customer Service Specialist has more jobs: 223,323, against 192,052 for Lead Customer Service Representative (1.2 times as many).',
      'Each usually takes 6–12 months to become.',
    ]);
  });

  it('faster growth when both decline', () => {
    expect(texts(['collections-customer-service', 'customer-service-specialist'])[1]).toBe(
      'Customer Service Specialist has the faster projected job growth: -4%, against Collections, Customer Service -8%.',
    );
  });

  it('a pair no page compared, where one side has only article facts: its median is shown, not compared with an average', () => {
    expect(texts(['order-processor', 'customer-service-specialist'])).toEqual([
      "Order Processor's median salary is $41,475 a year (career guide) and Customer Service Specialist's average salary is $33,238 a year (comparison pages): a median and an average are different measures, so they are not compared.",
      'Job growth is reported only for Customer Service Specialist (-4%); not reported for Order Processor.',
      'The number of jobs is reported only for Customer Service Specialist (223,323); not reported for Order Processor.',
      'Time to become is reported only for Customer Service Specialist (6–12 months); not reported for Order Processor.',
    ]);
  });

  it('three occupations: the highest and lowest earners', () => {
    expect(texts(['order-processing-specialist', 'customer-relations-specialist', 'collections-customer-service'])[0]).toBe(
      'Customer Relations Specialist earns the most: $37,827 a year (average salary), $4,957 (15.1%) more than Collections, Customer Service, which earns the least at $32,870.',
    );
  });

  it('four occupations, one without an average: compares the rest and gives the other measure apart', () => {
    expect(
      texts(['order-processor', 'customer-service-specialist', 'collections-customer-service', 'lead-customer-service-representative'])[0],
    ).toBe(
      'Lead Customer Service Representative earns the most: $36,097 a year (average salary), $3,227 (9.8%) more than Collections, Customer Service, which earns the least at $32,870. For Order Processor the pages give a different measure: $41,475 a year (median salary).',
    );
  });

  it('a tie for the fastest growth names every leader', () => {
    expect(texts(['lead-customer-service-representative', 'customer-service-specialist', 'collections-customer-service'])[1]).toBe(
      'Lead Customer Service Representative and Customer Service Specialist have the fastest projected job growth: -4%, against Collections, Customer Service -8%.',
    );
  });

  it('nothing reported on either side says so, with no numbers invented', () => {
    const lines = writeSummary([emptyProfile('a', 'Alpha'), emptyProfile('b', 'Beta')]).map((l) => l.text);
    expect(lines).toEqual(['Neither occupation reports: pay, job growth, number of jobs, time to become.']);
  });
});
