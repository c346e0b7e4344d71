#!/usr/bin/env node
/**
 * Compiles lib/cache/redis-cache-handler.ts, and the modules of lib/cache it
 * imports, to dist/: lib/cache/NAME.ts becomes dist/NAME.mjs, so Next loads
 * dist/redis-cache-handler.mjs. Next loads its `cacheHandler` with a plain
 * `import()` outside its bundler, and Node 20 cannot import TypeScript, so the
 * handler ships as JavaScript. Its modules import packages and each other
 * (`./name`, rewritten to `./name.mjs`) only, so a per-file transpile is
 * enough; `npm run typecheck` checks their types, and `next build` traces the
 * imports into the standalone output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'lib/cache');
const targetDir = path.join(root, 'dist');
const ENTRY = 'redis-cache-handler';
const SIBLING = /^\.\/([\w-]+)$/;
const bannerFor = (name) => `// Generated from lib/cache/${name}.ts by scripts/compile-cache-handler.mjs; do not edit.\n`;

/**
 * Rewrites `./name` to `./name.mjs` in the imports and re-exports that survive
 * transpiling (type-only ones are gone by then) and collects the names.
 */
function siblingImports(found) {
  return (context) => (file) => {
    const rewrite = (specifier) => {
      const match = SIBLING.exec(specifier.text);
      if (!match) {
        if (specifier.text.startsWith('.') || specifier.text.startsWith('@/')) throw new Error(`${file.fileName}: '${specifier.text}' is outside lib/cache; the handler may import packages and modules of lib/cache only`);
        return specifier;
      }
      found.push(match[1]);
      return context.factory.createStringLiteral(`./${match[1]}.mjs`, true);
    };
    const statements = file.statements.map((node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        return context.factory.updateImportDeclaration(node, node.modifiers, node.importClause, rewrite(node.moduleSpecifier), node.attributes);
      }
      if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        return context.factory.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, rewrite(node.moduleSpecifier), node.attributes);
      }
      return node;
    });
    return context.factory.updateSourceFile(file, statements);
  };
}

const written = new Set();
const pending = [ENTRY];
while (pending.length > 0) {
  const name = pending.pop();
  if (written.has(name)) continue;
  const source = path.join(sourceDir, `${name}.ts`);
  const found = [];
  const { outputText, diagnostics } = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
    fileName: source,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, isolatedModules: true },
    transformers: { after: [siblingImports(found)] },
  });
  if (diagnostics?.length) {
    console.error(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
    process.exit(1);
  }
  fs.mkdirSync(targetDir, { recursive: true });
  fs.writeFileSync(path.join(targetDir, `${name}.mjs`), bannerFor(name) + outputText);
  written.add(name);
  pending.push(...found);
}

// A module the handler no longer imports must not linger beside it.
for (const file of fs.readdirSync(targetDir)) {
  const name = file.replace(/\.mjs$/, '');
  if (file === name || written.has(name)) continue;
  if (fs.readFileSync(path.join(targetDir, file), 'utf8').startsWith(bannerFor(name))) fs.rmSync(path.join(targetDir, file));
}
