/**
 * Number formatting as the scraped site writes it ("$37,540", "$18.05",
 * "29.7%"). Written by hand rather than with toLocaleString so the output
 * never depends on the machine's locale or ICU data.
 */

/** 46043 → "46,043". */
export function withThousands(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}

/** Whole dollars: 37540 → "$37,540". */
export function money(dollars: number): string {
  return `$${withThousands(dollars)}`;
}

/** Cents as dollars with two decimals: 1805 → "$18.05". */
export function moneyCents(cents: number): string {
  return `$${withThousands(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;
}

/** Tenths of a percent with one decimal, as the demographics rows give them: 297 → "29.7". */
export function tenths(value: number): string {
  return `${Math.floor(value / 10)}.${value % 10}`;
}

/** The number a tenths value stands for: 297 → 29.7 (what the parser reads from "29.7"). */
export function fromTenths(value: number): number {
  return Number(tenths(value));
}

/** The number a cents value stands for: 1805 → 18.05. */
export function fromCents(cents: number): number {
  return Number(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
}

/** "a" or "an" before a word, by its first letter (the site's rule: "an order processor"). */
export function indefiniteArticle(word: string): 'a' | 'an' {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
