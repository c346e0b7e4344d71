import { describe, expect, it } from 'vitest';
import { headerIndexForProse, identityKey, slugForTitle } from '@/lib/ingest/occupation-identity';
import { SLUG_PATTERN } from '@/lib/profile-schema';

describe('identity keys and slugs', () => {
  it('slugs are lower-case, hyphenated and URL-safe', () => {
    expect(slugForTitle('Collections, Customer Service')).toBe('collections-customer-service');
    expect(slugForTitle('Lead Customer Service Representative')).toBe('lead-customer-service-representative');
    expect(slugForTitle("Children's Librarian")).toBe('childrens-librarian');
  });

  it('titles that differ only in case, accents or punctuation share one identity', () => {
    expect(identityKey('Résumé Writer')).toBe(identityKey('resume writer'));
    expect(identityKey('Collections, Customer Service')).toBe(identityKey('Collections Customer Service'));
    expect(identityKey('Research & Development Lead')).toBe(identityKey('Research and Development Lead'));
  });

  it('symbols that carry meaning keep titles apart', () => {
    expect(slugForTitle('C++ Developer')).toBe('c-plus-plus-developer');
    expect(slugForTitle('C# Developer')).toBe('c-sharp-developer');
    expect(slugForTitle('C Developer')).toBe('c-developer');
  });

  it('titles in other scripts get a stable, distinct ASCII slug', () => {
    const a = slugForTitle('Программист');
    const b = slugForTitle('Аналитик');
    expect(a).toMatch(SLUG_PATTERN);
    expect(a).not.toBe(b);
    expect(slugForTitle('Программист')).toBe(a);
    expect(slugForTitle('Ω Engineer')).toMatch(/^engineer-[0-9a-f]{8}$/);
    expect(slugForTitle('Ω Engineer')).not.toBe(slugForTitle('Engineer'));
  });

  it('over-long titles are cut to a bounded slug that stays unique', () => {
    const long = 'Senior '.repeat(30);
    expect(slugForTitle(`${long}Analyst`).length).toBeLessThanOrEqual(80);
    expect(slugForTitle(`${long}Analyst`)).not.toBe(slugForTitle(`${long}Engineer`));
  });
});

describe('matching prose titles to header titles', () => {
  const headers = ['Collections, Customer Service', 'Customer Service Specialist'];

  it('matches the mis-pluralised prose form to its header', () => {
    expect(headerIndexForProse('collectionss, customer service', headers)).toBe(0);
    expect(headerIndexForProse('collections, customer service', headers)).toBe(0);
    expect(headerIndexForProse('customer service specialists', headers)).toBe(1);
  });

  it('refuses to guess when nothing matches clearly', () => {
    expect(headerIndexForProse('astronaut', headers)).toBeUndefined();
    expect(headerIndexForProse('customer service', headers)).toBeUndefined();
  });
});
