/**
 * The related index keeps each occupation's similar occupations, matched
 * once; a career move's stepping stones read them from it (move-context.ts)
 * instead of matching again on every render, and must get the same slugs.
 */
import { describe, expect, it } from 'vitest';
import { RelatedIndex } from '@/lib/compare/related-occupations';
import { SimilarOccupationMatcher } from '@/lib/compare/similar-occupations';
import { profilesFrom } from '../helpers/handbook-profiles';

describe('RelatedIndex.similarSlugs', () => {
  const profiles = [...profilesFrom(['actuaries', 'financial-analysts', 'dentists', 'announcers']).values()];
  const matcher = new SimilarOccupationMatcher(profiles);
  const index = new RelatedIndex(profiles, matcher);

  it('gives each occupation the slugs the matcher gives it', () => {
    for (const profile of profiles) expect(index.similarSlugs(profile.slug), profile.slug).toEqual(matcher.similarSlugs(profile));
    // Actuaries lists Financial Analysts as similar: the lookup is not empty everywhere.
    expect(index.similarSlugs('actuaries')).toContain('financial-analysts');
  });

  it('gives an unknown slug none', () => {
    expect(index.similarSlugs('no-such-occupation')).toEqual([]);
  });
});
