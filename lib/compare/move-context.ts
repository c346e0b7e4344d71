/**
 * The site's data a career move needs for its stepping stones
 * (career-move.ts). Each occupation's similar occupations are matched once
 * per store, with the related index, so a render only looks them up.
 */
import { getOccupationBySlug } from '../occupations';
import type { MoveContext } from './career-move';
import { similarSlugsOf } from './related-occupations';

export function getMoveContext(): MoveContext {
  return { profileOf: getOccupationBySlug, similarSlugs: (profile) => similarSlugsOf(profile.slug) };
}
