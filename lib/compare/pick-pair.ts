/**
 * The home page's "compare two occupations" form, resolved on the server so
 * it works without JavaScript: GET /compare/pick?a=<title or slug>&b=…
 * either names two different occupations (→ redirect to their comparison)
 * or gets an error per field with the nearest titles to choose from.
 */
import type { IndexEntry } from '../profile-schema';
import { pairPath } from './pair-path';

/** Longest text we try to match: titles are short, and matching is linear in the input. */
export const MAX_PICK_LENGTH = 120;

export interface PickLookup {
  /** The occupation a typed title or slug means, if exactly one. */
  find: (query: string) => IndexEntry | undefined;
  /** Titles that contain or resemble what was typed, best first. */
  search: (query: string, limit: number) => IndexEntry[];
}

export interface PickField {
  /** What the visitor typed, trimmed (and shortened when absurdly long). */
  value: string;
  match?: IndexEntry;
  error?: string;
  /** Titles to offer when the field did not resolve. */
  suggestions: IndexEntry[];
}

export type PickResult =
  | { kind: 'redirect'; path: string }
  | { kind: 'form'; a: PickField; b: PickField; submitted: boolean };

function firstValue(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  return (v ?? '').trim().slice(0, MAX_PICK_LENGTH);
}

function resolveField(value: string, lookup: PickLookup): PickField {
  if (value === '') return { value, error: 'Choose an occupation.', suggestions: [] };
  const match = lookup.find(value);
  if (match) return { value, match, suggestions: [] };
  const suggestions = lookup.search(value, 5);
  return {
    value,
    error: suggestions.length > 0 ? `More than one occupation matches “${value}”: choose one.` : `No occupation matches “${value}”.`,
    suggestions,
  };
}

/**
 * Resolves the form's query. `swap` (the swap button, without JavaScript)
 * only swaps the two fields and shows the form again.
 */
export function resolvePick(query: Record<string, string | string[] | undefined>, lookup: PickLookup): PickResult {
  let rawA = firstValue(query.a);
  let rawB = firstValue(query.b);
  const swap = query.swap !== undefined;
  if (swap) [rawA, rawB] = [rawB, rawA];
  const submitted = query.a !== undefined || query.b !== undefined;
  if (!submitted) {
    return { kind: 'form', a: { value: '', suggestions: [] }, b: { value: '', suggestions: [] }, submitted };
  }
  if (swap) {
    // Swapping is not submitting: show the form swapped, without errors.
    return { kind: 'form', a: { value: rawA, suggestions: [] }, b: { value: rawB, suggestions: [] }, submitted: false };
  }
  const a = resolveField(rawA, lookup);
  const b = resolveField(rawB, lookup);
  if (a.match && b.match) {
    if (a.match.slug === b.match.slug) {
      return { kind: 'form', a, b: { ...b, error: `Choose a different occupation to compare ${a.match.title} with.` }, submitted };
    }
    return { kind: 'redirect', path: pairPath(a.match.slug, b.match.slug) };
  }
  return { kind: 'form', a, b, submitted };
}
