/**
 * Comparison paths nobody has asked for yet: random ordered pairs of
 * distinct occupations, never a scraped pair (those are what the build
 * prerenders) nor any path in `exclude`. Seeded, so runs are repeatable.
 */
import { pairPath } from '../../../lib/compare/pair-path';
import { Rng } from '../../corpus/prng';

export interface PairSource {
  slugs: readonly string[];
  /** Scraped pairs, either order: candidates for prerendering. */
  scraped: readonly { a: string; b: string }[];
}

function takenPaths(source: PairSource, exclude: ReadonlySet<string>): Set<string> {
  const taken = new Set<string>(exclude);
  for (const { a, b } of source.scraped) taken.add(pairPath(a, b)).add(pairPath(b, a));
  return taken;
}

/** At least how many such pairs there are (an excluded path that is not a pair still counts against it). */
export function countUnrequestedPairs(source: PairSource, exclude: ReadonlySet<string> = new Set()): number {
  const n = source.slugs.length;
  return n * (n - 1) - takenPaths(source, exclude).size;
}

export function sampleUnrequestedPairs(source: PairSource, count: number, seed: number, exclude: ReadonlySet<string> = new Set()): string[] {
  const { slugs } = source;
  const n = slugs.length;
  const taken = takenPaths(source, exclude);
  const available = n * (n - 1) - taken.size;
  if (count > available) throw new Error(`asked for ${count} unrequested pairs, but only about ${available} exist among ${n} occupations`);
  const rng = new Rng(seed);
  const out: string[] = [];
  while (out.length < count) {
    const a = slugs[rng.int(0, n - 1)];
    const b = slugs[rng.int(0, n - 1)];
    if (a === undefined || b === undefined || a === b) continue;
    const path = pairPath(a, b);
    if (taken.has(path)) continue;
    taken.add(path);
    out.push(path);
  }
  return out;
}
