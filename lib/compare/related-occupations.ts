/**
 * "Related occupations": the other occupations closest to one, for internal
 * links from its pages.
 *
 * First come the occupations the Handbook lists as similar to this one (in
 * its order, those the site has a page for): an editor's judgement beats any
 * score. Then every candidate gets
 *   score = shared / √(|skills A|·|skills B|)   (0–1: how much the two skill lists overlap)
 *         + SALARY_WEIGHT · salaryCloseness   (0–1: 1 − |a − b| / max(a, b); 0 when either pay is unknown)
 * Skills are topSkills and skills names, matched as compare-skills matches them;
 * pay is the occupation's first yearly figure (yearlyPay, pay-figures.ts).
 * Order after the similar ones: the occupations sharing at least one skill, by score; then,
 * only to fill up to `limit`, those sharing none, by score (which is then
 * pay closeness alone), because similar pay by itself is a weak relation.
 * Ties go to the smaller slug, so the order never depends on input order.
 *
 * Cost: building is O(total skills + n log n); a query touches only the
 * occupations sharing a skill (through an inverted skill index) plus about
 * `limit` neighbours in a salary-sorted list, never all n² pairs.
 * An unknown slug has no related occupations ([]).
 */
import { skillKey, skillsOf } from './compare-skills';
import { derivedFromStore, profilesInIndexOrder } from '../occupations';
import type { Profile } from '../profile-schema';
import { bySlug } from '../sort-order';
import { yearlyPay } from './pay-figures';
import { getSimilarMatcher } from './similar-links';
import { SimilarOccupationMatcher } from './similar-occupations';

/** How much pay closeness counts against skill overlap. */
export const SALARY_WEIGHT = 0.5;
export const DEFAULT_RELATED_LIMIT = 6;

export interface RelatedOccupation {
  slug: string;
  title: string;
  /** The skills both list, named as the queried occupation names them. */
  sharedSkills: string[];
  /** The yearly pay compared (the headline yearly figure), when known. */
  salary?: number;
  /** True when the Handbook lists it as a similar occupation. */
  similar?: boolean;
  score: number;
}

interface Node {
  slug: string;
  title: string;
  /** Skill key → display name. */
  skills: Map<string, string>;
  salary: number | undefined;
  /** The slugs of the Handbook's similar occupations, in its order. */
  similar: string[];
}

function closeness(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined) return 0;
  const top = Math.max(a, b);
  return top === 0 ? 1 : 1 - Math.abs(a - b) / top;
}

export class RelatedIndex {
  private readonly nodes: Node[] = [];
  private readonly idBySlug = new Map<string, number>();
  /** Folded skill → ids of the occupations listing it. */
  private readonly bySkill = new Map<string, number[]>();
  /** Ids of occupations with known pay, sorted by pay (then slug). */
  private readonly byPay: number[];

  constructor(input: Iterable<Profile>, similar?: SimilarOccupationMatcher) {
    const profiles = [...input];
    const matcher = similar ?? new SimilarOccupationMatcher(profiles);
    for (const profile of profiles) {
      if (this.idBySlug.has(profile.slug)) continue;
      const id = this.nodes.length;
      const skills = new Map<string, string>();
      for (const s of skillsOf(profile)) {
        const key = skillKey(s.name);
        if (key !== '' && !skills.has(key)) skills.set(key, s.name);
      }
      this.nodes.push({ slug: profile.slug, title: profile.title, skills, salary: yearlyPay(profile), similar: matcher.similarSlugs(profile) });
      this.idBySlug.set(profile.slug, id);
      for (const key of skills.keys()) {
        const list = this.bySkill.get(key);
        if (list) list.push(id);
        else this.bySkill.set(key, [id]);
      }
    }
    this.byPay = this.nodes
      .map((node, id) => ({ node, id }))
      .filter(({ node }) => node.salary !== undefined)
      .sort((x, y) => (x.node.salary ?? 0) - (y.node.salary ?? 0) || bySlug(x.node, y.node))
      .map(({ id }) => id);
  }

  /** The slugs of an occupation's Handbook similar occupations the site has, in the Handbook's order; [] for an unknown slug. */
  similarSlugs(slug: string): readonly string[] {
    const id = this.idBySlug.get(slug);
    return (id === undefined ? undefined : this.nodes[id]?.similar) ?? [];
  }

  related(slug: string, limit: number = DEFAULT_RELATED_LIMIT): RelatedOccupation[] {
    const selfId = this.idBySlug.get(slug);
    const self = selfId === undefined ? undefined : this.nodes[selfId];
    if (selfId === undefined || !self || !Number.isInteger(limit) || limit <= 0) return [];

    // Tier 1: everyone sharing a skill, found through the inverted index.
    const shared = new Map<number, string[]>();
    for (const [key, name] of self.skills) {
      for (const id of this.bySkill.get(key) ?? []) {
        if (id === selfId) continue;
        const names = shared.get(id);
        if (names) names.push(name);
        else shared.set(id, [name]);
      }
    }
    const scored = (id: number, other: Node): RelatedOccupation => {
      const names = shared.get(id) ?? [];
      const overlap = names.length === 0 ? 0 : names.length / Math.sqrt(self.skills.size * other.skills.size);
      return this.result(other, names, overlap + SALARY_WEIGHT * closeness(self.salary, other.salary));
    };
    // Tier 0: the Handbook's similar occupations, in its order.
    const tier0: RelatedOccupation[] = [];
    const taken = new Set<number>();
    for (const slug of self.similar) {
      const id = this.idBySlug.get(slug);
      const other = id === undefined ? undefined : this.nodes[id];
      if (id === undefined || !other || id === selfId) continue;
      tier0.push({ ...scored(id, other), similar: true });
      taken.add(id);
    }
    if (tier0.length >= limit) return tier0.slice(0, limit);
    const tier1: RelatedOccupation[] = [];
    for (const id of shared.keys()) {
      const other = this.nodes[id];
      if (other && !taken.has(id)) tier1.push(scored(id, other));
    }
    tier1.sort((a, b) => b.score - a.score || bySlug(a, b));
    const first = [...tier0, ...tier1];
    if (first.length >= limit) return first.slice(0, limit);
    return [...first, ...this.nearestByPay(selfId, self, new Set([...shared.keys(), ...taken]), limit - first.length)];
  }

  /**
   * Tier 2: the `count` occupations nearest in pay that share no skill.
   * Walks outward from the occupation's place in the pay-sorted list; on each
   * side closeness only falls, so merging the two sides visits candidates
   * best first. Candidates tied with the last one taken are read too, so the
   * slug tie-break is exact.
   */
  private nearestByPay(selfId: number, self: Node, exclude: ReadonlySet<number>, count: number): RelatedOccupation[] {
    const pay = self.salary;
    if (pay === undefined) return [];
    const ids = this.byPay;
    // First position whose pay is ≥ ours.
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const id = ids[mid];
      const midPay = id === undefined ? undefined : this.nodes[id]?.salary;
      if (midPay !== undefined && midPay < pay) lo = mid + 1;
      else hi = mid;
    }
    let down = lo - 1;
    let up = lo;
    const taken: { node: Node; closeness: number }[] = [];
    const usable = (id: number | undefined): id is number => id !== undefined && id !== selfId && !exclude.has(id);
    const closenessAt = (pos: number): number => {
      const id = ids[pos];
      return id === undefined ? -1 : closeness(pay, this.nodes[id]?.salary);
    };
    for (;;) {
      const cDown = down >= 0 ? closenessAt(down) : -1;
      const cUp = up < ids.length ? closenessAt(up) : -1;
      const best = Math.max(cDown, cUp);
      if (best < 0) break;
      const last = taken[taken.length - 1];
      if (taken.length >= count && last && best < last.closeness) break;
      const pos = cUp >= cDown ? up++ : down--;
      const id = ids[pos];
      const other = id === undefined ? undefined : this.nodes[id];
      if (usable(id) && other) taken.push({ node: other, closeness: best });
    }
    taken.sort((a, b) => b.closeness - a.closeness || bySlug(a.node, b.node));
    return taken.slice(0, count).map((t) => this.result(t.node, [], SALARY_WEIGHT * t.closeness));
  }

  private result(node: Node, sharedSkills: string[], score: number): RelatedOccupation {
    const out: RelatedOccupation = { slug: node.slug, title: node.title, sharedSkills, score };
    if (node.salary !== undefined) out.salary = node.salary;
    return out;
  }
}

export function buildRelatedIndex(profiles: Iterable<Profile>): RelatedIndex {
  return new RelatedIndex(profiles);
}

// The site's matcher, not one of its own: both are built over the same profiles.
const getRelatedIndex = derivedFromStore((store) => new RelatedIndex(profilesInIndexOrder(store), getSimilarMatcher()));

export function relatedOccupations(slug: string, limit: number = DEFAULT_RELATED_LIMIT): RelatedOccupation[] {
  return getRelatedIndex().related(slug, limit);
}

/** The site's similar occupations of one, by slug (see RelatedIndex.similarSlugs): matched once per store, not on every render. */
export function similarSlugsOf(slug: string): readonly string[] {
  return getRelatedIndex().similarSlugs(slug);
}

/** For a comparison: each side's closest occupations, leaving out the ones already compared. */
export function relatedComparisons(profiles: readonly Profile[], limit = 5): { profile: Profile; related: RelatedOccupation[] }[] {
  const compared = new Set(profiles.map((p) => p.slug));
  return profiles.map((profile) => ({
    profile,
    related: relatedOccupations(profile.slug, limit + compared.size).filter((r) => !compared.has(r.slug)).slice(0, limit),
  }));
}
