import { compareCodeUnits } from '../sort-order';

/** Orders places in the input by file name, then line. */
export function byFileThenLine(a: { file: string; line: number }, b: { file: string; line: number }): number {
  return compareCodeUnits(a.file, b.file) || a.line - b.line;
}
