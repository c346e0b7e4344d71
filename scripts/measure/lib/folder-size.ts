/** Files and bytes in a folder and everything under it: how much a cache wrote. */
import fs from 'node:fs';
import path from 'node:path';

export interface FolderSize {
  files: number;
  bytes: number;
}

/** None when the folder does not exist. */
export function folderSize(dir: string): FolderSize {
  const size = { files: 0, bytes: 0 };
  if (!fs.existsSync(dir)) return size;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(full);
      size.files += inner.files;
      size.bytes += inner.bytes;
    } else {
      size.files += 1;
      size.bytes += fs.statSync(full).size;
    }
  }
  return size;
}
