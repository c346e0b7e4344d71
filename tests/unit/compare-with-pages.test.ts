import { describe, expect, it } from 'vitest';
import { pageOfOthers } from '@/lib/compare/compare-with-pages';

const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((slug) => ({ slug }));
const slugs = (page: ReturnType<typeof pageOfOthers<{ slug: string }>>) => page?.others.map((o) => o.slug);

describe('pages of occupations to compare with', () => {
  it('skips the occupation itself and splits the rest into pages', () => {
    expect(slugs(pageOfOthers(items, 'c', 1, 3))).toEqual(['a', 'b', 'd']);
    expect(slugs(pageOfOthers(items, 'c', 2, 3))).toEqual(['e', 'f', 'g']);
    expect(pageOfOthers(items, 'c', 2, 3)?.pageCount).toBe(2);
    expect(slugs(pageOfOthers(items, 'g', 2, 4))).toEqual(['e', 'f']);
    expect(slugs(pageOfOthers(items, 'a', 1, 10))).toEqual(['b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('every other occupation appears exactly once across the pages', () => {
    for (const size of [1, 2, 4, 6]) {
      for (const { slug } of items) {
        const first = pageOfOthers(items, slug, 1, size);
        const all = Array.from({ length: first?.pageCount ?? 0 }, (_, i) => slugs(pageOfOthers(items, slug, i + 1, size)) ?? []).flat();
        expect(all).toEqual(items.map((i) => i.slug).filter((s) => s !== slug));
      }
    }
  });

  it('refuses unknown slugs and pages out of range', () => {
    expect(pageOfOthers(items, 'zz', 1, 3)).toBeUndefined();
    expect(pageOfOthers(items, 'a', 0, 3)).toBeUndefined();
    expect(pageOfOthers(items, 'a', 3, 3)).toBeUndefined();
    expect(pageOfOthers(items, 'a', 1.5, 3)).toBeUndefined();
  });
});
