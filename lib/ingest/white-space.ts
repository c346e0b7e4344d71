/**
 * Runs of white space other than a lone " " (two or more characters, or one
 * tab, newline or the like). Replacing these with " " gives the same text as
 * replacing every /\s+/ run, without rewriting the single spaces between
 * words; a text with none comes back as it is, not copied.
 */
const IRREGULAR_WHITE_SPACE = /\s{2,}|[^\S ]/g;

/** The text with every run of white space as one space. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(IRREGULAR_WHITE_SPACE, ' ');
}

/** How many line feeds a text has. */
export function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}
