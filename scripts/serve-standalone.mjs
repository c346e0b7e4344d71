#!/usr/bin/env node
/**
 * `npm run serve`: the production server from the standalone build
 * (`output: 'standalone'`; `next start` only warns that it is not meant for
 * it). Listens on 127.0.0.1:$PORT (default 3000), like `next start -H 127.0.0.1`
 * did. REDIS_URL, GENERATED_DIR and the rest pass through from the environment.
 * Server.js changes into its own folder, so the data it reads is the copy of
 * content/generated that the build put there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = path.join(root, '.next', 'standalone', 'server.js');
if (!fs.existsSync(server) || !fs.existsSync(path.join(root, '.next', 'standalone', '.next', 'static'))) {
  console.error('serve: no complete standalone build in .next/standalone; run "npm run build" first');
  process.exit(1);
}
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
// server.js reads HOSTNAME, which shells and containers often set to the machine's name.
process.env.HOSTNAME = '127.0.0.1';
process.env.PORT ||= '3000';
await import(pathToFileURL(server).href);
