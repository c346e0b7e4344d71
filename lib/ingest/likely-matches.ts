/**
 * Occupations from different sources that may be one occupation, for an
 * editor to decide. The Handbook names plural families ("Customer Service
 * Representatives"), comparison sites singular specialities ("Lead Customer
 * Service Representative"): the ingest never merges them by guessing, it
 * lists them here, and an editorial file merges them when an editor says so
 * (content/occupations/<slug>.md, aliases.titles).
 *
 * A likely match is a Handbook occupation and an occupation from other pages
 * whose names share their words (all of the shorter name's words, or at
 * least two words and two thirds of the shorter name's), also counting the
 * Handbook page's specialties, or two occupations with the same SOC code.
 */
import type { Profile } from '../profile-schema';
import { compareCodeUnits } from '../sort-order';
import { forEachPair } from './each-pair';
import { stemmedWords } from './occupation-identity';
import type { LikelyMatch } from './report-schema';

/** Words that say nothing about which occupation a title names. */
const FUNCTION_WORDS = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'all', 'other', 'except', 'in', 'for', 'to', 'with', 'including']);

function contentWords(title: string): Set<string> {
  return new Set(stemmedWords(title).filter((w) => !FUNCTION_WORDS.has(w)));
}

function isHandbook(profile: Profile): boolean {
  return profile.sources.some((s) => s.format === 'handbook-profile');
}

function socCodes(profile: Profile): string[] {
  const own = profile.facts.socCode?.value;
  const specialties = (profile.facts.specialties?.value ?? []).flatMap((s) => (s.socCode ? [s.socCode] : []));
  return own ? [own, ...specialties] : specialties;
}

/** The words two names share, when they share enough to be worth an editor's look. */
function sharedWords(a: Set<string>, b: Set<string>): string[] | undefined {
  const shared = [...a].filter((w) => b.has(w));
  const shorter = Math.min(a.size, b.size);
  if (shorter === 0 || shared.length === 0) return undefined;
  if (shared.length === shorter || (shared.length >= 2 && shared.length / shorter >= 2 / 3)) return shared;
  return undefined;
}

export function likelyMatches(profiles: readonly Profile[]): LikelyMatch[] {
  const found = new Map<string, { match: LikelyMatch; strength: number }>();
  const note = (x: Profile, y: Profile, reason: string, strength: number) => {
    const [a, b] = x.slug < y.slug ? [x, y] : [y, x];
    const key = `${a.slug} ${b.slug}`;
    const entry = found.get(key) ?? { match: { occupations: [a.slug, b.slug], titles: [a.title, b.title], reasons: [] }, strength: 0 };
    if (!entry.match.reasons.includes(reason)) entry.match.reasons.push(reason);
    entry.strength = Math.max(entry.strength, strength);
    found.set(key, entry);
  };

  // The same SOC code: one classification, whatever the titles say.
  const bySoc = new Map<string, Profile[]>();
  for (const p of profiles) for (const code of socCodes(p)) bySoc.set(code, [...(bySoc.get(code) ?? []), p]);
  for (const [code, holders] of bySoc) {
    forEachPair(holders, (x, y) => {
      if (x !== y) note(x, y, `same SOC code ${code}`, 2);
    });
  }

  // Shared words, between a Handbook name (title or specialty) and another source's title.
  const handbookNames: { profile: Profile; name: string; words: Set<string>; specialty: boolean }[] = [];
  const byWord = new Map<string, number[]>();
  for (const p of profiles) {
    if (!isHandbook(p)) continue;
    const names = [{ name: p.title, specialty: false }, ...(p.facts.specialties?.value ?? []).map((s) => ({ name: s.title, specialty: true }))];
    for (const { name, specialty } of names) {
      const id = handbookNames.length;
      const words = contentWords(name);
      handbookNames.push({ profile: p, name, words, specialty });
      for (const w of words) byWord.set(w, [...(byWord.get(w) ?? []), id]);
    }
  }
  for (const other of profiles) {
    if (isHandbook(other)) continue;
    for (const title of other.titles) {
      const words = contentWords(title);
      const candidates = new Set<number>();
      for (const w of words) for (const id of byWord.get(w) ?? []) candidates.add(id);
      for (const id of candidates) {
        const named = handbookNames[id];
        if (!named) continue;
        const shared = sharedWords(words, named.words);
        if (!shared) continue;
        const share = shared.length / Math.max(words.size, named.words.size);
        note(
          named.profile,
          other,
          named.specialty ? `"${title}" shares the words ${shared.join(', ')} with the specialty "${named.name}"` : `shared words: ${shared.join(', ')}`,
          share,
        );
      }
    }
  }
  return [...found.values()]
    .sort((x, y) => y.strength - x.strength || compareCodeUnits(x.match.occupations.join(' '), y.match.occupations.join(' ')))
    .map((f) => f.match);
}
