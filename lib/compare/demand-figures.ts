/**
 * Demand figures, like pay figures, compare only with their own kind: the
 * Handbook's job growth is a 2024–34 projection and its job count a 2024
 * count; a comparison site's growth rate states no period. Each figure says
 * what kind it is, and only figures of one kind are set against each other.
 */
import { formatSpan } from '../format';
import type { Profile } from '../profile-schema';

export interface Measured {
  profile: Profile;
  value: number;
  /** Said after the figure: "projected 2024–34", or the source when it gives no period. */
  note: string;
  /** Figures compare only when their kinds match. */
  kind: string;
}

/** Projected job growth, in percent. */
export function growthOf(p: Profile): Measured | undefined {
  const projected = p.facts.projectedGrowth?.value;
  if (projected) return { profile: p, value: projected.percent, note: `projected ${formatSpan(projected)}`, kind: `projection ${projected.from}-${projected.to}` };
  const rate = p.facts.growthRate?.value;
  if (rate !== null && rate !== undefined) return { profile: p, value: rate, note: 'comparison pages, period not stated', kind: 'growth rate' };
  return undefined;
}

/** The number of jobs. */
export function jobsOf(p: Profile): Measured | undefined {
  const employment = p.facts.employment?.value;
  if (employment) return { profile: p, value: employment.count, note: `jobs in ${employment.year}`, kind: `employment ${employment.year}` };
  const jobs = p.facts.numberOfJobs?.value;
  if (jobs !== null && jobs !== undefined) return { profile: p, value: jobs, note: 'jobs, comparison pages', kind: 'number of jobs' };
  return undefined;
}

/** Figures of the kind most occupations report (ties: the first seen); the rest are a different measure. */
export function sameKind(items: readonly Measured[]): { same: Measured[]; different: Measured[] } {
  const counts = new Map<string, number>();
  for (const m of items) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const kind = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { same: items.filter((m) => m.kind === kind), different: items.filter((m) => m.kind !== kind) };
}
