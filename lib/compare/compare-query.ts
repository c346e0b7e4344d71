import { MAX_COMPARED, MIN_COMPARED } from './pair-path';
import { SLUG_PATTERN } from '../profile-schema';

/**
 * The slugs of a multi-compare query (`o` repeated 2–4 times), or undefined
 * when the query is malformed: too few or too many, repeated, or not slug-shaped.
 */
export function parseCompareQuery(query: Record<string, string | string[] | undefined>): string[] | undefined {
  const raw = query.o;
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (values.length < MIN_COMPARED || values.length > MAX_COMPARED) return undefined;
  if (values.some((v) => v.length > 200 || !SLUG_PATTERN.test(v))) return undefined;
  if (new Set(values).size !== values.length) return undefined;
  return values;
}
