import { describe, expect, it } from 'vitest';
import { resolvePick, type PickLookup } from '@/lib/compare/pick-pair';
import { findTypedTitle, searchTitles } from '@/lib/search/title-search';
import { seedIndex } from '../helpers/seed-profiles';

const lookup: PickLookup = {
  find: (q) => findTypedTitle(seedIndex(), q, (slug) => seedIndex().find((e) => e.slug === slug)),
  search: (q, limit) => searchTitles(seedIndex(), q, limit),
};

describe('the compare form, resolved on the server', () => {
  it('redirects two typed titles to their comparison, any case or accents', () => {
    expect(resolvePick({ a: 'ORDER PROCESSING SPECIALIST', b: 'Collections, Customer Sérvice' }, lookup)).toEqual({
      kind: 'redirect',
      path: '/compare/order-processing-specialist-vs-collections-customer-service',
    });
  });

  it('accepts slugs and the one title a fragment matches', () => {
    expect(resolvePick({ a: 'customer-relations-specialist', b: 'lead customer' }, lookup)).toEqual({
      kind: 'redirect',
      path: '/compare/customer-relations-specialist-vs-lead-customer-service-representative',
    });
  });

  it('asks again when a fragment matches several titles, offering them', () => {
    const result = resolvePick({ a: 'customer service', b: 'Order Processor' }, lookup);
    expect(result.kind).toBe('form');
    if (result.kind !== 'form') return;
    expect(result.b.match?.slug).toBe('order-processor');
    expect(result.a.error).toBe('More than one occupation matches “customer service”: choose one.');
    expect(result.a.suggestions.map((s) => s.title)).toEqual([
      'Customer Service Specialist',
      'Collections, Customer Service',
      'Lead Customer Service Representative',
    ]);
  });

  it('names a title nothing matches, and an empty field', () => {
    const result = resolvePick({ a: 'Astronaut', b: '' }, lookup);
    if (result.kind !== 'form') throw new Error('expected the form');
    expect(result.a.error).toBe('No occupation matches “Astronaut”.');
    expect(result.a.suggestions).toEqual([]);
    expect(result.b.error).toBe('Choose an occupation.');
  });

  it('refuses an occupation compared with itself', () => {
    const result = resolvePick({ a: 'Order Processor', b: 'order-processor' }, lookup);
    if (result.kind !== 'form') throw new Error('expected the form');
    expect(result.a.error).toBeUndefined();
    expect(result.b.error).toBe('Choose a different occupation to compare Order Processor with.');
  });

  it('swap shows the form swapped, without errors, even when both sides resolve', () => {
    expect(resolvePick({ a: 'Order Processor', b: 'astro', swap: '1' }, lookup)).toEqual({
      kind: 'form',
      a: { value: 'astro', suggestions: [] },
      b: { value: 'Order Processor', suggestions: [] },
      submitted: false,
    });
  });

  it('shows an empty form when nothing was submitted, and shortens absurd input', () => {
    expect(resolvePick({}, lookup)).toMatchObject({ kind: 'form', submitted: false });
    const long = resolvePick({ a: 'x'.repeat(5000), b: ['Order Processor', 'ignored'] }, lookup);
    if (long.kind !== 'form') throw new Error('expected the form');
    expect(long.a.value).toHaveLength(120);
    expect(long.b.match?.slug).toBe('order-processor');
  });
});
