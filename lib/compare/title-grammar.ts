/**
 * Occupation titles as sentence subjects. The Handbook names families in
 * the plural ("Dentists earn more"), comparison sites name one worker
 * ("Order Processor earns more"); a title is plural when its last word is
 * ("Announcers and DJs", "Police and Detectives"), not when a word before it
 * is ("Collections, Customer Service").
 */

/** True when a title names its workers in the plural. */
function isPluralTitle(title: string): boolean {
  const last = title.trim().split(/\s+/).pop() ?? '';
  return /[a-z0-9]s$/i.test(last) && !/(?:ss|us|is)$/i.test(last);
}

/** The verb form that agrees with a title: agree("Dentists", "earns", "earn") → "earn". */
export function agree(title: string, singular: string, plural: string): string {
  return isPluralTitle(title) ? plural : singular;
}

/** "Actuaries' pay", "Order Processor's pay". */
export function possessive(title: string): string {
  return /s$/i.test(title.trim()) && isPluralTitle(title) ? `${title}'` : `${title}'s`;
}
