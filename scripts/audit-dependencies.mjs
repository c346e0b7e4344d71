/**
 * npm run audit:deps
 *
 * The production dependency check: `npm audit --omit=dev`, failing on any
 * high or critical advisory. Some registries (mirrors, private proxies) do
 * not serve npm's advisory endpoint; then this says so plainly and exits 2,
 * rather than passing silently, and lists each direct production
 * dependency's installed version against the newest the registry has instead,
 * so a pending security release is at least visible.
 *
 * Exit codes: 0 no high or critical advisory; 1 some; 2 advisories unavailable.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const FAILING = ['high', 'critical'];

function audit() {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return { available: false, reason: (run.stderr || run.stdout || `npm audit exited ${run.status}`).trim().split('\n').pop() };
  }
  // npm prints {"error": {...}} when the registry cannot answer the advisory request.
  if (report.error || !report.metadata?.vulnerabilities) {
    const reason = report.error?.summary || report.error?.detail || report.message || 'no advisory data in the answer';
    return { available: false, reason };
  }
  return { available: true, counts: report.metadata.vulnerabilities, advisories: Object.values(report.vulnerabilities ?? {}) };
}

function installedVersion(name) {
  const file = path.join(ROOT, 'node_modules', name, 'package.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).version : 'not installed';
}

function latestVersion(name) {
  try {
    return execFileSync('npm', ['view', name, 'version'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function listDirectDependencies() {
  const { dependencies = {} } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  console.log('direct production dependencies (installed → newest on the registry):');
  let behind = 0;
  for (const name of Object.keys(dependencies).sort()) {
    const installed = installedVersion(name);
    const latest = latestVersion(name);
    const mark = installed === latest ? 'newest' : 'BEHIND';
    if (installed !== latest) behind += 1;
    console.log(`  ${name.padEnd(16)} ${installed.padEnd(10)} → ${latest.padEnd(10)} ${mark}`);
  }
  return behind;
}

const result = audit();
if (result.available) {
  const { counts } = result;
  console.log(`npm audit --omit=dev: ${['critical', 'high', 'moderate', 'low', 'info'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ')}`);
  for (const a of result.advisories) {
    if (FAILING.includes(a.severity)) console.log(`  ${a.severity}: ${a.name} ${a.range}`);
  }
  process.exitCode = FAILING.some((s) => (counts[s] ?? 0) > 0) ? 1 : 0;
} else {
  console.log(`npm audit --omit=dev: advisories unavailable from this registry (${result.reason})`);
  const behind = listDirectDependencies();
  console.log(
    behind === 0
      ? 'every direct production dependency is at the newest version the registry has; run this where the advisory service answers'
      : `${behind} direct production dependencies are behind the newest release`,
  );
  process.exitCode = 2;
}
