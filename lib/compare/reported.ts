/** Which of the compared occupations report something, and which do not: what every answer starts from. */
import type { FactKey, Profile } from '../profile-schema';
import { listWords } from '../text/prose';

/** True when a profile has a value for the fact (not absent, not "not reported"). */
export function hasValue(profile: Profile, key: FactKey): boolean {
  const fact = profile.facts[key];
  return fact !== undefined && fact.value !== null;
}

/** Two compared occupations, in the order asked for. */
export type Pair = readonly [Profile, Profile];

export interface Reported<T> {
  profile: Profile;
  value: T;
}

/** Each profile with its value, in the profiles' order, leaving out those that report none. */
export function known<T>(profiles: readonly Profile[], valueOf: (profile: Profile, index: number) => T | null | undefined): Reported<T>[] {
  return profiles.flatMap((profile, i) => {
    const value = valueOf(profile, i);
    return value === null || value === undefined ? [] : [{ profile, value }];
  });
}

/** The profiles not among `have`, in their order. */
export function others(profiles: readonly Profile[], have: readonly Profile[]): Profile[] {
  return profiles.filter((p) => !have.includes(p));
}

/** "Actuaries, Dentists and Announcers". */
export function listTitles(profiles: readonly Profile[]): string {
  return listWords(profiles.map((p) => p.title));
}
