/**
 * Skills side by side: the skills every compared occupation lists (shared),
 * then each occupation's own. Names match case-insensitively, so
 * "Customer Service" (article) and "customer service" (comparison page) are one skill.
 */
import type { Profile } from '../profile-schema';
import { foldForSearch } from '../search/normalise';

export interface NamedSkill {
  name: string;
  description?: string;
}

/** An occupation's skills: the top three from comparison pages, then the article's described skills. */
export function skillsOf(profile: Profile): NamedSkill[] {
  const out = new Map<string, NamedSkill>();
  for (const name of profile.facts.topSkills?.value ?? []) out.set(foldForSearch(name), { name: capitaliseFirst(name) });
  for (const s of profile.facts.skills?.value ?? []) {
    const key = foldForSearch(s.name);
    out.set(key, { name: out.get(key)?.name ?? s.name, description: s.description });
  }
  return [...out.values()];
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface SkillComparison {
  shared: NamedSkill[];
  /** Per profile, in the same order: the skills not shared by all. */
  own: NamedSkill[][];
}

export function compareSkills(profiles: readonly Profile[]): SkillComparison {
  const lists = profiles.map(skillsOf);
  const keysets = lists.map((l) => new Set(l.map((s) => foldForSearch(s.name))));
  const sharedKeys = new Set([...(keysets[0] ?? [])].filter((k) => keysets.every((set) => set.has(k))));
  const shared = (lists[0] ?? []).filter((s) => sharedKeys.has(foldForSearch(s.name)));
  const own = lists.map((l) => l.filter((s) => !sharedKeys.has(foldForSearch(s.name))));
  return { shared: profiles.length > 1 ? shared : [], own: profiles.length > 1 ? own : lists };
}
