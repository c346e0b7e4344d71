/**
 * Discover: every file under the input folder, in a stable order. Any file
 * can be a page — the format is recognised from its content, never from its
 * name or extension. Hidden files (".DS_Store", editor swap files) are skipped.
 * And the editorial files (*.md) of the editorial folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PageInput } from './build-corpus';
import type { EditorialInput } from './load-editorial';

export function discoverPages(inputDir: string): PageInput[] {
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), rel);
      else if (entry.isFile()) files.push(rel);
    }
  };
  walk(inputDir, '');
  files.sort();
  return files.map((file) => ({ file, read: () => fs.readFileSync(path.join(inputDir, file)) }));
}

/** The editorial files, if the folder exists: it is optional. */
export function discoverEditorial(dir: string): EditorialInput[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ file: path.join(path.basename(dir), name), read: () => fs.readFileSync(path.join(dir, name), 'utf8') }));
}
