/**
 * Which occupations each page is about. Comparison pages are drawn so that
 * appearances are balanced: occupations are dealt out in rounds (a fresh
 * shuffle each round) and paired off, so every occupation appears on
 * floor(2P/N) or more of the P comparison pages. No pair repeats (identical
 * pages would be rejected as duplicates). Articles, at most one per
 * occupation, go first to occupations with the fewest comparison pages.
 */
import type { Rng } from './prng';

export type PagePlan = { kind: 'pair'; a: number; b: number } | { kind: 'article'; occupation: number };

export interface Plan {
  pages: PagePlan[];
  /** Comparison pages each occupation appears on, by occupation index. */
  pairPagesPer: number[];
  hasArticle: boolean[];
}

export function planPages(rng: Rng, occupations: number, pages: number, articleShare: number): Plan {
  if (!Number.isInteger(occupations) || occupations < 1) throw new Error('occupations must be a positive integer');
  if (!Number.isInteger(pages) || pages < 1) throw new Error('pages must be a positive integer');
  if (!(articleShare >= 0 && articleShare <= 1)) throw new Error('article share must be between 0 and 1');
  const articles = Math.min(Math.round(pages * articleShare), occupations);
  const pairs = pages - articles;
  const possiblePairs = (occupations * (occupations - 1)) / 2;
  if (pairs > possiblePairs) {
    throw new Error(`${pairs} comparison pages need more distinct pairs than ${occupations} occupations have (${possiblePairs})`);
  }

  const pairPagesPer = new Array<number>(occupations).fill(0);
  const used = new Set<number>();
  const pairKey = (x: number, y: number) => (x < y ? x * occupations + y : y * occupations + x);
  const deck: number[] = [];
  const deal = () => deck.push(...rng.shuffle(Array.from({ length: occupations }, (_, i) => i)));
  const plan: PagePlan[] = [];
  // How far ahead to look for a partner not yet paired with this occupation before giving up.
  const lookahead = 3 * occupations + 8;
  for (let p = 0, pos = 0; p < pairs; p += 1, pos += 2) {
    while (deck.length < pos + 2) deal();
    const a = deck[pos] ?? 0;
    let j = pos + 1;
    for (; ; j += 1) {
      if (j - pos > lookahead) throw new Error(`cannot find a new partner for occupation ${a}: too many pages for ${occupations} occupations`);
      while (deck.length <= j) deal();
      const b = deck[j] ?? a;
      if (b !== a && !used.has(pairKey(a, b))) break;
    }
    // Swap the partner into place; whoever it displaces is dealt a little later, keeping counts balanced.
    const b = deck[j] ?? a;
    deck[j] = deck[pos + 1] ?? b;
    deck[pos + 1] = b;
    used.add(pairKey(a, b));
    pairPagesPer[a] = (pairPagesPer[a] ?? 0) + 1;
    pairPagesPer[b] = (pairPagesPer[b] ?? 0) + 1;
    // Either occupation may be the left column.
    plan.push(rng.chance(0.5) ? { kind: 'pair', a, b } : { kind: 'pair', a: b, b: a });
  }

  const order = rng.shuffle(Array.from({ length: occupations }, (_, i) => i));
  const rank = new Array<number>(occupations);
  order.forEach((occupation, i) => (rank[occupation] = i));
  const byNeed = [...order].sort((x, y) => (pairPagesPer[x] ?? 0) - (pairPagesPer[y] ?? 0) || (rank[x] ?? 0) - (rank[y] ?? 0));
  const hasArticle = new Array<boolean>(occupations).fill(false);
  for (const occupation of byNeed.slice(0, articles)) {
    hasArticle[occupation] = true;
    plan.push({ kind: 'article', occupation });
  }
  return { pages: rng.shuffle(plan), pairPagesPer, hasArticle };
}
