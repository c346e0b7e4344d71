/** How the measurement tools print figures: durations, and rows as an aligned table. */

/** A duration for the tables: "0.53 ms", "86.4 ms", "1.56 s". */
export function formatMs(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

/** Prints rows as a table: the first column left-aligned, the rest right-aligned. */
export function printTable(head: string[], body: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  for (const row of [head, ...body]) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '));
}
