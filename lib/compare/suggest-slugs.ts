/**
 * "Did you mean": the known slugs closest to a mistyped one, by edit
 * distance over the whole slug and by shared words.
 */

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

function words(slug: string): Set<string> {
  return new Set(slug.split('-').filter((w) => w.length > 1));
}

/** Up to `limit` known slugs near `input`, closest first; none when nothing is near. */
export function suggestSlugs(input: string, known: Iterable<string>, limit = 5): string[] {
  const target = input.toLowerCase().slice(0, 120);
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
  scored.sort((a, b) => a.score - b.score || (a.slug < b.slug ? -1 : 1));
  return scored.slice(0, limit).map((s) => s.slug);
}
