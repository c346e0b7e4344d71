/**
 * Footnote numbers for the pages behind a view: each source page gets one
 * number, in the order the profiles list them, so "[2]" means the same page
 * wherever it appears on the page.
 */
import type { Profile, SourcePage, SourceRef } from '../profile-schema';

export interface NumberedSource extends SourcePage {
  number: number;
}

export class SourceNumbering {
  readonly sources: NumberedSource[] = [];
  private readonly byFile = new Map<string, NumberedSource>();

  constructor(profiles: readonly Profile[]) {
    for (const profile of profiles) {
      for (const page of profile.sources) {
        if (this.byFile.has(page.file)) continue;
        const numbered = { ...page, number: this.sources.length + 1 };
        this.sources.push(numbered);
        this.byFile.set(page.file, numbered);
      }
    }
  }

  /** The numbered pages behind some fact sources, each once, in number order, with the lines cited. */
  marks(refs: readonly SourceRef[]): { source: NumberedSource; lines: number[] }[] {
    const out = new Map<number, { source: NumberedSource; lines: number[] }>();
    for (const ref of refs) {
      const source = this.byFile.get(ref.file);
      if (!source) continue;
      const entry = out.get(source.number) ?? { source, lines: [] };
      entry.lines.push(ref.line);
      out.set(source.number, entry);
    }
    return [...out.values()].sort((a, b) => a.source.number - b.source.number);
  }
}
