/** The text a visitor sees in server-rendered markup, for tests of what the views show. */
import { expect } from 'vitest';

/** Visible text of rendered markup, one cell, item, heading or caption per line; the chart axis (which starts at $0 by design) left out. */
export function visibleText(html: string): string {
  return html
    .replace(/<svg class="axis"[\s\S]*?<\/svg>/g, '')
    .replace(/<(?:\/(?:td|th|li|p|h\d|dt|dd|div|summary|caption)|br)[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'");
}

/** No missing value printed as text: no undefined, null, NaN, Infinity, $0, empty brackets or "[object". */
export function expectNoJunk(visible: string): void {
  expect(visible).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\$0\b|\bInfinity\b|\(\s*\)|\[object/);
}
