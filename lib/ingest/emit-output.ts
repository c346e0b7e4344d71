/**
 * Emit: writes the generated folder. Everything goes to a temporary sibling
 * folder first and is swapped in only once complete, so a run that fails or
 * is killed never leaves half-written or erased profiles behind.
 *
 * Layout:
 *   occupations/<slug>.json   one profile each
 *   index.json                every occupation, and the pairs pages compared
 *   ingest-report.json        pages, diagnostics, conflicts, unrecognised text
 *   profile.schema.json       JSON Schema of a profile
 *
 * Profiles and the report arrive parsed by their branded schemas
 * (validated-output.ts) and are written as they are; the index is parsed here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { OccupationIndex, ProfileSchema } from '../profile-schema';
import type { Corpus } from './build-corpus';

const TEMP_MARK = '.tmp-';
const OLD_MARK = '.old-';

/**
 * Values arrive zod-parsed, so their keys follow the schema's order: stable output. Profiles and
 * the index are read by the site, so they are written compact; the report and the JSON Schema are
 * read by people, so indented.
 */
function writeJson(file: string, value: unknown, indent: 0 | 2 = 0): void {
  fs.writeFileSync(file, `${JSON.stringify(value, null, indent)}\n`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Cleans up after runs that were killed: removes their temporary folders and,
 * if one died between the two renames of a swap, puts the previous output back.
 * Only folders this module names (`<output>.tmp-<pid>`, `<output>.old-<pid>`,
 * a decimal process id) whose process is gone are touched: a folder someone
 * called "generated.tmp-backup" is theirs, and a live run's folders are its own.
 */
function recoverOutput(output: string): void {
  const dir = path.dirname(output);
  const base = path.basename(output);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    for (const mark of [TEMP_MARK, OLD_MARK]) {
      if (!name.startsWith(base + mark)) continue;
      const suffix = name.slice(base.length + mark.length);
      if (!/^\d+$/.test(suffix)) continue;
      const pid = Number(suffix);
      if (pid !== process.pid && processAlive(pid)) continue;
      const full = path.join(dir, name);
      if (mark === OLD_MARK && !fs.existsSync(output)) fs.renameSync(full, output);
      else fs.rmSync(full, { recursive: true, force: true });
    }
  }
}

export function emitOutput(output: string, corpus: Corpus): void {
  recoverOutput(output);
  const temp = `${output}${TEMP_MARK}${process.pid}`;
  const old = `${output}${OLD_MARK}${process.pid}`;
  fs.rmSync(temp, { recursive: true, force: true });
  fs.mkdirSync(path.join(temp, 'occupations'), { recursive: true });
  try {
    for (const profile of corpus.profiles) writeJson(path.join(temp, 'occupations', `${profile.slug}.json`), profile);
    writeJson(path.join(temp, 'index.json'), OccupationIndex.parse({ occupations: corpus.index, pairs: corpus.pairs, landingPairs: corpus.landingPairs }));
    writeJson(path.join(temp, 'ingest-report.json'), corpus.report, 2);
    writeJson(path.join(temp, 'profile.schema.json'), z.toJSONSchema(ProfileSchema, { io: 'output' }), 2);
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  // rename() cannot replace a non-empty folder, so the swap takes two renames;
  // recoverOutput() repairs the moment between them if the process dies there.
  if (fs.existsSync(output)) fs.renameSync(output, old);
  fs.renameSync(temp, output);
  fs.rmSync(old, { recursive: true, force: true });
}
