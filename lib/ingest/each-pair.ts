/** Calls `visit` for every two items of a list, each unordered pair once, in list order. */
export function forEachPair<T>(items: readonly T[], visit: (a: T, b: T) => void): void {
  items.forEach((a, i) => {
    for (const b of items.slice(i + 1)) visit(a, b);
  });
}
