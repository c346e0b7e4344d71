/** Small pieces of English the site's sentences share, so every list and every capital reads the same. */

/** "A", "A and B", "A, B and C". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 2) return words.join(' and ');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "Bachelor's degree" → "bachelor's degree"; a leading acronym stays as it is ("LGBT share", "SOC code"). */
export function lowerFirst(text: string): string {
  if (/^\p{Lu}{2}/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "median pay" → "Median pay". */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The sentences there are, one after another; undefined when there are none. */
export function joinSentences(sentences: readonly (string | undefined)[]): string | undefined {
  const said = sentences.filter((s) => s !== undefined);
  return said.length > 0 ? said.join(' ') : undefined;
}

/** "median, 2024", or the text alone when there is no year. */
export function withYear(text: string, year: number | undefined): string {
  return year === undefined ? text : `${text}, ${year}`;
}
