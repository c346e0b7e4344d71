#!/usr/bin/env node
/**
 * Completes .next/standalone after `next build`: its server.js serves
 * .next/static and public/ only from inside the standalone folder, and Next
 * leaves copying them to us (they could go to a CDN instead). Afterwards the
 * folder runs on its own: `node .next/standalone/server.js`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const standalone = path.join(root, '.next', 'standalone');
if (!fs.existsSync(path.join(standalone, 'server.js'))) {
  console.error('copy-standalone-assets: no .next/standalone/server.js; is `output: "standalone"` set in next.config.ts?');
  process.exit(1);
}
for (const [from, to] of [
  [path.join(root, '.next', 'static'), path.join(standalone, '.next', 'static')],
  [path.join(root, 'public'), path.join(standalone, 'public')],
]) {
  if (!fs.existsSync(from)) continue;
  // Replace, not merge: files of an earlier build must not linger.
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
}
