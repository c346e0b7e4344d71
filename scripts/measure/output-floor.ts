/**
 * node --import tsx scripts/measure/output-floor.ts GENERATED_DIR
 *
 * The least time any ingest that writes this output must spend, whatever its
 * parser: the profiles an ingest wrote are read (not timed), then, timed, each
 * is parsed by ProfileSchema, as the ingest must before writing it, and
 * written, compact, one file each, into a fresh folder. No page is read or
 * parsed. Run in a fresh process, so the schema code starts as cold as it
 * does in an ingest. Prints one JSON line: { profiles, parseSeconds, writeSeconds }.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProfileSchema } from '../../lib/profile-schema';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: output-floor.ts GENERATED_DIR');
const folder = path.join(dir, 'occupations');
const inputs: unknown[] = fs.readdirSync(folder).map((name) => JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')));

const parseStarted = process.hrtime.bigint();
const profiles = inputs.map((input) => ProfileSchema.parse(input));
const parseSeconds = Number(process.hrtime.bigint() - parseStarted) / 1e9;

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'output-floor-'));
try {
  const writeStarted = process.hrtime.bigint();
  for (const profile of profiles) fs.writeFileSync(path.join(out, `${profile.slug}.json`), `${JSON.stringify(profile)}\n`);
  const writeSeconds = Number(process.hrtime.bigint() - writeStarted) / 1e9;
  console.log(JSON.stringify({ profiles: profiles.length, parseSeconds, writeSeconds }));
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
