/**
 * The Handbook's typical entry-level education, in words and in order. The
 * Handbook uses a fixed scale of levels; a level it adds later is still
 * shown, just not ranked.
 */
import { lowerFirst } from '../text/prose';

/** The Handbook's levels, least schooling first. */
const LEVELS = [
  'no formal educational credential',
  'high school diploma or equivalent',
  'some college, no degree',
  'postsecondary nondegree award',
  "associate's degree",
  "bachelor's degree",
  "master's degree",
  'doctoral or professional degree',
];

function normalise(level: string): string {
  return level.trim().toLowerCase().replace(/[’`]/g, "'");
}

/** Position on the scale (0 = no formal credential), or undefined for a level not on it. */
export function educationRank(level: string): number | undefined {
  const i = LEVELS.indexOf(normalise(level));
  return i === -1 ? undefined : i;
}

/** "Bachelor's degree" → "a bachelor's degree"; "No formal educational credential" → "no formal educational credential". */
export function entryEducationPhrase(level: string): string {
  const lower = lowerFirst(level);
  if (/^(?:no|some)\b/i.test(level)) return lower;
  return /^[aeiou]/i.test(level) ? `an ${lower}` : `a ${lower}`;
}
