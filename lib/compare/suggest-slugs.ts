/**
 * "Did you mean": the known slugs closest to a mistyped one, by edit
 * distance over the whole slug (leven) and by shared words.
 */
import leven from 'leven';
import { bySlug } from '../sort-order';
import { MAX_ROUGH_SLUG } from '../text/slug';

/**
 * Levenshtein distance when it is at most `limit`, otherwise limit + 1
 * ("too far"); bounding lets the computation stop early.
 */
function editDistance(a: string, b: string, limit: number): number {
  return leven(a, b, { maxDistance: limit + 1 });
}

function words(slug: string): Set<string> {
  return new Set(slug.split('-').filter((w) => w.length > 1));
}

/** Up to `limit` known slugs near `input`, closest first; none when nothing is near. */
export function suggestSlugs(input: string, known: Iterable<string>, limit = 5): string[] {
  const target = input.toLowerCase().slice(0, MAX_ROUGH_SLUG);
  if (target === '') return [];
  const targetWords = words(target);
  const maxEdits = Math.max(2, Math.floor(target.length / 3));
  const scored: { slug: string; score: number }[] = [];
  for (const slug of known) {
    const distance = editDistance(target, slug, maxEdits);
    const slugWords = words(slug);
    let shared = 0;
    for (const w of targetWords) if (slugWords.has(w)) shared += 1;
    const overlap = shared / Math.max(1, Math.max(targetWords.size, slugWords.size));
    if (distance > maxEdits && overlap < 0.5) continue;
    // Edits count against, shared words for; both scaled to the slug length.
    const score = (distance > maxEdits ? 1 : distance / Math.max(target.length, slug.length)) - overlap;
    scored.push({ slug, score });
  }
  scored.sort((a, b) => a.score - b.score || bySlug(a, b));
  return scored.slice(0, limit).map((s) => s.slug);
}
