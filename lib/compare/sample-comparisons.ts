/** The comparisons the home page suggests to start with. */
import { derivedFromStore } from '../occupations';
import type { IndexEntry } from '../profile-schema';
import { byCanonicalPair } from './pair-path';

export interface SampleComparison {
  a: IndexEntry;
  b: IndexEntry;
}

/** How many comparisons the home page suggests. */
const SAMPLE_LIMIT = 8;

/**
 * The pairs scraped pages compared, most-compared first; then pairs the
 * Handbook calls similar, the ones with the most jobs first (most searched
 * for), each occupation once. Built once per store.
 */
export const getSampleComparisons: () => SampleComparison[] = derivedFromStore(({ entries, pairs, landingPairs, bySlug }) => {
  const out: SampleComparison[] = [];
  const used = new Set<string>();
  const take = (x: string, y: string) => {
    const a = entries.get(x);
    const b = entries.get(y);
    if (!a || !b || out.length >= SAMPLE_LIMIT) return;
    out.push({ a, b });
    used.add(x).add(y);
  };
  for (const p of pairs) take(p.a, p.b);
  const jobs = (slug: string) => bySlug.get(slug)?.facts.employment?.value?.count ?? 0;
  const similar = landingPairs
    .filter((p) => p.reasons.includes('similar'))
    .map((p) => ({ ...p, jobs: Math.min(jobs(p.a), jobs(p.b)) }))
    .sort((x, y) => y.jobs - x.jobs || byCanonicalPair(x, y));
  for (const p of similar) if (!used.has(p.a) && !used.has(p.b)) take(p.a, p.b);
  return out;
});
