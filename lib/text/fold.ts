/**
 * Folding text so that spellings differing only in accents or case compare
 * equal. The one home for that rule: the occupation identity key
 * (lib/ingest/occupation-identity.ts) and search both build on it. Free of
 * node built-ins, as search folding may run in the browser.
 */

/** Removes accents: "Résumé" → "Resume". */
export function stripAccents(text: string): string {
  // ASCII is its own NFKD form and has no marks, so it is returned as it is.
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Lower case without accents: "Résumé" → "resume". */
export function foldAccentsAndCase(text: string): string {
  return stripAccents(text).toLowerCase();
}

/**
 * Text folded for search: accent- and case-free, punctuation as single
 * spaces, except "+" and "#" which tell "C++" and "C#" from "C".
 */
export function foldForSearch(text: string): string {
  return foldAccentsAndCase(text)
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}
