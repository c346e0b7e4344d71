/**
 * Skills side by side: the skills every compared occupation lists (shared),
 * then each occupation's own. Names match whatever their case, punctuation
 * or a trailing "skills", so "Customer Service" (article), "customer
 * service" (comparison page) and "Customer-service skills" (the Handbook's
 * Important Qualities) are one skill.
 */
import type { Profile } from '../profile-schema';
import { listWords, upperFirst } from '../text/prose';
import { foldForSearch } from '../text/fold';

export interface NamedSkill {
  name: string;
  description?: string;
}

/** The key two skill names match on: folded, without a trailing "skills" ("Math skills" = "math"). */
export function skillKey(name: string): string {
  const folded = foldForSearch(name);
  const bare = folded.replace(/\s+(?:skills?|abilit(?:y|ies))$/, '');
  return bare === '' ? folded : bare;
}

/** An occupation's skills: the top three from comparison pages, then the described skills (articles, the Handbook). */
export function skillsOf(profile: Profile): NamedSkill[] {
  const out = new Map<string, NamedSkill>();
  for (const name of profile.facts.topSkills?.value ?? []) out.set(skillKey(name), { name: upperFirst(name) });
  for (const s of profile.facts.skills?.value ?? []) {
    const key = skillKey(s.name);
    out.set(key, { name: out.get(key)?.name ?? s.name, description: s.description });
  }
  return [...out.values()];
}

export interface SkillComparison {
  shared: NamedSkill[];
  /** Per profile, in the same order: the skills not shared by all. */
  own: NamedSkill[][];
}

export function compareSkills(profiles: readonly Profile[]): SkillComparison {
  const lists = profiles.map(skillsOf);
  const keysets = lists.map((l) => new Set(l.map((s) => skillKey(s.name))));
  const sharedKeys = new Set([...(keysets[0] ?? [])].filter((k) => keysets.every((set) => set.has(k))));
  const shared = (lists[0] ?? []).filter((s) => sharedKeys.has(skillKey(s.name)));
  const own = lists.map((l) => l.filter((s) => !sharedKeys.has(skillKey(s.name))));
  return { shared: profiles.length > 1 ? shared : [], own: profiles.length > 1 ? own : lists };
}

/** Skills named inside a sentence: "communication, math and ERP skills" (lower case, but for acronyms). */
export function skillPhrase(skills: readonly NamedSkill[]): string {
  const names = skills.map((s) =>
    s.name
      .split(' ')
      .map((w) => (/^[A-Z0-9]{2,}s?$/.test(w) ? w : w.toLowerCase()))
      .join(' '),
  );
  return listWords(names);
}
