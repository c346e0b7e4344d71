import { describe, expect, it } from 'vitest';
import { findTypedTitle, searchTitles } from '@/lib/search/title-search';

const items = [
  { slug: 'customer-service-specialist', title: 'Customer Service Specialist' },
  { slug: 'lead-customer-service-representative', title: 'Lead Customer Service Representative' },
  { slug: 'collections-customer-service', title: 'Collections, Customer Service' },
  { slug: 'customer-relations-specialist', title: 'Customer Relations Specialist', titles: ['Client Relations Specialist'] },
  { slug: 'service-dog-trainer', title: 'Service Dog Trainer' },
];
const bySlug = (slug: string) => items.find((i) => i.slug === slug);

describe('searching titles as typed', () => {
  it('ranks exact, then prefix, then word prefix, then anywhere; ties by title', () => {
    expect(searchTitles(items, 'service').map((i) => i.title)).toEqual([
      'Service Dog Trainer',
      'Collections, Customer Service',
      'Customer Service Specialist',
      'Lead Customer Service Representative',
    ]);
    expect(searchTitles(items, 'ustomer', 1).map((i) => i.title)).toEqual(['Collections, Customer Service']);
  });

  it('matches any case, any accents, and other titles an occupation goes by', () => {
    expect(searchTitles(items, 'CUSTÓMER REL').map((i) => i.slug)).toEqual(['customer-relations-specialist']);
    expect(searchTitles(items, 'client').map((i) => i.slug)).toEqual(['customer-relations-specialist']);
    expect(searchTitles(items, ' ,, ')).toEqual([]);
  });

  it('finds the one item a typed title or slug means, or none', () => {
    expect(findTypedTitle(items, ' Service-Dog-Trainer ', bySlug)?.slug).toBe('service-dog-trainer');
    expect(findTypedTitle(items, 'collections customer sérvice', bySlug)?.slug).toBe('collections-customer-service');
    expect(findTypedTitle(items, 'lead cust', bySlug)?.slug).toBe('lead-customer-service-representative');
    expect(findTypedTitle(items, 'customer service', bySlug)).toBeUndefined();
    expect(findTypedTitle(items, 'astronaut', bySlug)).toBeUndefined();
  });
});
