/**
 * Who an occupation is: the identity key that decides which titles name the
 * same occupation, the URL slug derived from it, and which title a mention
 * in prose (stemmed words, compared in order) refers to.
 *
 * Two titles are the same occupation when they differ only in case, accents,
 * punctuation or spacing ("Résumé Writer" = "resume writer"). Symbols that
 * carry meaning are spelled out first, so "C++ Developer" and "C# Developer"
 * stay two occupations with two slugs.
 */
import { foldAccentsAndCase } from '../text/fold';
import { slugForKey } from '../text/slug';

const SPELLED_SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/\+/g, ' plus '],
  [/#/g, ' sharp '],
  [/&/g, ' and '],
  [/@/g, ' at '],
  [/%/g, ' percent '],
];

/** The identity key of a title: lower case, accent-free, words joined by single spaces. */
export function identityKey(title: string): string {
  let text = foldAccentsAndCase(title);
  for (const [symbol, word] of SPELLED_SYMBOLS) text = text.replace(symbol, word);
  // Apostrophes join, they don't separate: "Children's" → "childrens".
  text = text.replace(/['’]/g, '');
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .join(' ');
}

/** The URL slug of a title: the slug (lib/text/slug.ts) of its identity key. */
export function slugForTitle(title: string): string {
  return slugForKey(identityKey(title));
}

/** A word reduced so that plural and possessive forms compare equal. */
function stemWord(word: string): string {
  return word
    .replace(/(ss|x|z|ch|sh)es$/, '$1')
    .replace(/([^aeiou])ies$/, '$1y')
    .replace(/s+$/, '');
}

/**
 * Titles and prose mentions repeat on page after page, so the words of each
 * distinct text are worked out once. The cache is emptied whenever it
 * reaches its bound, so a corpus of distinct sentences cannot grow it
 * without limit; results never depend on what it holds.
 */
const STEM_CACHE_LIMIT = 20_000;
const stemCache = new Map<string, readonly string[]>();

/** Stemmed words of a title or sentence: "collectionss, customer service" → [collection, customer, service]. */
export function stemmedWords(text: string): readonly string[] {
  const cached = stemCache.get(text);
  if (cached !== undefined) return cached;
  // Frozen: the same array is handed to every caller.
  const words = Object.freeze(
    identityKey(text)
      .split(' ')
      .filter((w) => w !== '')
      .map(stemWord),
  );
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(text, words);
  return words;
}

/**
 * How well a title written in prose matches a table-header title, 0–1.
 * Prose forms are lower-cased and often mis-pluralised ("collectionss,
 * customer service"), so words are compared stemmed, in order.
 */
export function titleSimilarity(prose: string, header: string): number {
  return wordsSimilarity(stemmedWords(prose), stemmedWords(header));
}

/** titleSimilarity of two texts' stemmed words. */
function wordsSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Same words in the same order (stems hold no spaces, so this is equality of the joined forms).
  if (a.length === b.length && a.every((w, i) => w === b[i])) return 1;
  // Dice coefficient over the word multisets; near-misses score below 1.
  const pool = new Map<string, number>();
  for (const w of b) pool.set(w, (pool.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of a) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      shared += 1;
      pool.set(w, n - 1);
    }
  }
  return (0.99 * (2 * shared)) / (a.length + b.length);
}

/**
 * The index of the header title a prose title refers to, or undefined when
 * none matches clearly (best score too low, or a tie between two titles).
 */
export function headerIndexForProse(prose: string, headers: readonly string[]): number | undefined {
  let best = -1;
  let bestScore = 0;
  let tie = false;
  // The prose's words once, not once per header.
  const words = stemmedWords(prose);
  for (let i = 0; i < headers.length; i += 1) {
    const score = wordsSimilarity(words, stemmedWords(headers[i] ?? ''));
    if (score > bestScore) {
      best = i;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) {
      tie = true;
    }
  }
  return best >= 0 && bestScore >= 0.6 && !tie ? best : undefined;
}

/** Punctuation, white space, a capital: the white space (from index + 1) ends the first sentence. */
const FIRST_SENTENCE_END = /[.!?]\s+[A-Z]/;

/** The stemmed words of a paragraph's first sentence, where a description names its subject. */
export function paragraphSubject(paragraph: string): ReadonlySet<string> {
  // Only the first sentence counts, so find its end rather than splitting the whole paragraph.
  const end = FIRST_SENTENCE_END.exec(paragraph);
  // Same cut as /(?<=[.!?])\s+(?=[A-Z])/ would give, without a look-behind tried at every character.
  return new Set(stemmedWords(end ? paragraph.slice(0, end.index + 1) : paragraph));
}

/**
 * How strongly a paragraph is about a title, about 0–1, given its subject
 * (paragraphSubject): the share of the title's words found in the
 * paragraph's first sentence, where a description names its subject. Among titles the sentence covers equally, the longer wins
 * ("customer service specialist lead" over "customer service specialist").
 */
export function subjectScore(subject: ReadonlySet<string>, title: string): number {
  const words = stemmedWords(title);
  if (words.length === 0) return 0;
  const covered = words.filter((w) => subject.has(w)).length;
  return covered / words.length + covered / 1000;
}
