#!/usr/bin/env node
/**
 * Compiles lib/cache/redis-cache-handler.ts to dist/redis-cache-handler.mjs.
 * Next loads its `cacheHandler` with a plain `import()` outside its bundler,
 * and Node 20 cannot import TypeScript, so the handler ships as JavaScript.
 * The handler is one self-contained file (it imports packages only), so a
 * per-file transpile is enough; `npm run typecheck` checks its types.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'lib/cache/redis-cache-handler.ts');
const target = path.join(root, 'dist/redis-cache-handler.mjs');

const { outputText, diagnostics } = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
  fileName: source,
  reportDiagnostics: true,
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, isolatedModules: true },
});
if (diagnostics?.length) {
  console.error(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
const banner = '// Generated from lib/cache/redis-cache-handler.ts by scripts/compile-cache-handler.mjs; do not edit.\n';
fs.writeFileSync(target, banner + outputText);
