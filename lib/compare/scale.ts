/** A shared linear scale for bar charts: 0 to a round number at or above the largest value. */
export function niceMax(values: readonly number[]): number {
  const max = Math.max(0, ...values);
  if (max === 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= max) return step * magnitude;
  }
  return 10 * magnitude;
}

/** Evenly spaced tick values from 0 to max inclusive. */
export function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (max * i) / count);
}

/** A value's position on the scale as an SVG percentage string, clamped to 0–100. */
export function percentOf(value: number, max: number): string {
  const p = max > 0 ? (value / max) * 100 : 0;
  return `${Math.min(100, Math.max(0, Math.round(p * 100) / 100))}%`;
}
