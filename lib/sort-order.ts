/**
 * The one string order the data and the site sort by: UTF-16 code units, as
 * `<` compares. Unlike localeCompare it is the same on every machine and in
 * every runtime, so generated files and page order never depend on locale.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders anything with a slug by its slug (slugs are unique, so this is a total order). */
export function bySlug(a: { readonly slug: string }, b: { readonly slug: string }): number {
  return compareCodeUnits(a.slug, b.slug);
}
