/**
 * Footnote numbers for the pages behind a view: each source page gets one
 * number, in the order the profiles list them, so "[2]" means the same page
 * wherever it appears on the page.
 */
import type { FactSource, Profile, SourcePage } from '../profile-schema';

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

  /** The numbered pages behind a fact's sources, in number order, with the lines cited. */
  marks(sources: readonly FactSource[]): { source: NumberedSource; lines: readonly number[] }[] {
    const out: { source: NumberedSource; lines: readonly number[] }[] = [];
    for (const { file, lines } of sources) {
      const source = this.byFile.get(file);
      if (source) out.push({ source, lines });
    }
    return out.sort((a, b) => a.source.number - b.source.number);
  }
}
