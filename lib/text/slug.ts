/**
 * Slugs: lower-case ASCII words joined by hyphens. Two ways text becomes
 * one: an occupation's address (slugForKey, exact and one-to-one) and a
 * rough guess at what a typed address meant (roughSlug, for "did you mean").
 * Server-side only (node:crypto).
 */
import { createHash } from 'node:crypto';

/** One word of a slug. */
const SLUG_WORD = /^[a-z0-9]+$/;

/** Longest slug before it is cut and given a hash. */
const MAX_SLUG = 80;

/** Longest rough slug: typed text is bounded before edit distances are computed over it. */
export const MAX_ROUGH_SLUG = 120;

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** Keeps URLs reasonable for absurdly long titles; the cut is deterministic. */
function truncateSlug(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  return `${slug.slice(0, MAX_SLUG - 9).replace(/-+$/, '')}-${shortHash(slug)}`;
}

/**
 * The slug of an identity key (lib/ingest/occupation-identity.ts). ASCII
 * keys map one-to-one onto slugs; a key with letters outside ASCII keeps its
 * ASCII words and gains a short hash of the whole key, so distinct keys never
 * share a slug and a slug depends on nothing but its own title (adding
 * occupations never renames old ones).
 */
export function slugForKey(key: string): string {
  const words = key.split(' ').filter((w) => w !== '');
  if (words.length > 0 && words.every((w) => SLUG_WORD.test(w))) return truncateSlug(words.join('-'));
  const ascii = words.filter((w) => SLUG_WORD.test(w)).join('-');
  return `${truncateSlug(ascii || 'occupation')}-${shortHash(key)}`;
}

/**
 * A rough slug of typed text, only to look for known slugs near it: its
 * lower-cased ASCII letters and digits, every other run a hyphen. Unlike
 * slugForKey it neither folds accents nor spells symbols nor hashes, as it
 * never becomes an address: "Résumé" → "r-sum".
 */
export function roughSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ROUGH_SLUG);
}
