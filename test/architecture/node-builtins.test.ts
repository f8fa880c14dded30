// The architecture's import rules (ARCHITECTURE.md, "Rooms"), checked on every file under src/:
// - only src/cli/ touches Node: no Node built-in modules (`node:*`, `fs`, `path`, `stream`, ...),
//   no `require`, and no Node globals (`process`, `Buffer`, `__dirname`, `__filename`, `global`,
//   `setImmediate`, the `NodeJS` namespace) anywhere else, so the library runs unchanged in a
//   browser, a worker or React Native;
// - only src/schemas/ imports zod, and always as `import * as z from 'zod'` (a named `{ z }` import
//   pulls every locale into a bundle: TOOLCHAIN.md §8).
// Files are parsed with the TypeScript compiler, so prose in comments and strings ("the process of
// ...") never counts; only real imports, calls and identifiers do.
// A last block keeps the browser run's list of Node-only test files (vitest.browser.config.ts)
// honest: no stale entries, and every test that loads Node or reads a Node global (directly or
// through a helper) is on it.
// Node only (it reads src/ and test/ from disk); the browser run excludes test/architecture/.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { NODE_ONLY_TESTS } from '../../vitest.browser.config.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
const SOURCE_EXT = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;

/** Every source file under a folder (src/ by default), as a repository-relative path with forward slashes. */
function sourceFiles(dir: string = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : SOURCE_EXT.test(e.name) ? [join(dir, e.name)] : []))
    .map((f) => relative(ROOT, f).split(sep).join('/'))
    .sort();
}

const BUILTINS = new Set(builtinModules);
/** `node:fs`, `fs`, `fs/promises`, `path/posix`, ... (whatever this Node calls a built-in). */
const isNodeBuiltin = (spec: string): boolean => spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0] ?? '');
const isZod = (spec: string): boolean => spec === 'zod' || spec.startsWith('zod/');
const NODE_GLOBALS = new Set(['process', 'Buffer', '__dirname', '__filename', 'global', 'require', 'setImmediate', 'clearImmediate', 'NodeJS']);

/** Identifiers that name a property or member rather than read a global. */
function isMemberName(id: ts.Identifier): boolean {
  const p = id.parent;
  return (
    (ts.isPropertyAccessExpression(p) && p.name === id) ||
    (ts.isQualifiedName(p) && p.right === id) ||
    ((ts.isPropertyAssignment(p) ||
      ts.isPropertySignature(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isMethodSignature(p) ||
      ts.isGetAccessorDeclaration(p) ||
      ts.isSetAccessorDeclaration(p) ||
      ts.isEnumMember(p)) &&
      p.name === id) ||
    (ts.isBindingElement(p) && p.propertyName === id) ||
    ((ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) && p.propertyName === id)
  );
}

/**
 * The rule breaks in one file's text, each as `path:line what`. `path` decides which rules apply
 * (src/cli/ may use Node; src/schemas/ may use zod).
 */
function violations(path: string, text: string): string[] {
  const inCli = path.startsWith('src/cli/');
  const inSchemas = path.startsWith('src/schemas/');
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const at = (node: ts.Node, what: string) => out.push(`${path}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1} ${what}`);

  const checkSpecifier = (node: ts.Node, spec: string, named: ts.NamedImportBindings | undefined) => {
    if (!inCli && isNodeBuiltin(spec)) at(node, `imports the Node built-in '${spec}' (only src/cli/ may)`);
    if (isZod(spec)) {
      if (!inSchemas) at(node, `imports '${spec}' (only src/schemas/ may import zod)`);
      else if (named && ts.isNamedImports(named) && named.elements.some((e) => (e.propertyName ?? e.name).text === 'z')) {
        at(node, `imports { z } from '${spec}' (write import * as z from 'zod')`);
      }
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      checkSpecifier(node, node.moduleSpecifier.text, node.importClause?.namedBindings);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      checkSpecifier(node, node.moduleSpecifier.text, undefined);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const e = node.moduleReference.expression;
      if (!inCli) at(node, 'uses import = require(...) (only src/cli/ may)');
      if (ts.isStringLiteral(e)) checkSpecifier(node, e.text, undefined);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) checkSpecifier(node, arg.text, undefined);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      checkSpecifier(node, node.argument.literal.text, undefined);
    } else if (!inCli && ts.isIdentifier(node) && NODE_GLOBALS.has(node.text) && !isMemberName(node)) {
      at(node, `uses the Node global '${node.text}' (only src/cli/ may)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('the checker itself (so a clean result means something)', () => {
  const CLI_ONLY = '(only src/cli/ may)';
  it.each([
    ['src/scoring/a.ts', "import { readFileSync } from 'node:fs';", `imports the Node built-in 'node:fs' ${CLI_ONLY}`],
    ['src/scoring/a.ts', "import * as path from 'path';", `imports the Node built-in 'path' ${CLI_ONLY}`],
    ['src/scoring/a.ts', "import { pipeline } from 'stream/promises';", `imports the Node built-in 'stream/promises' ${CLI_ONLY}`],
    ['src/scoring/a.ts', "export { Readable } from 'node:stream';", `imports the Node built-in 'node:stream' ${CLI_ONLY}`],
    ['src/scoring/a.ts', "const fs = await import('fs');", `imports the Node built-in 'fs' ${CLI_ONLY}`],
    ['src/scoring/a.ts', "const fs = require('x');", `uses the Node global 'require' ${CLI_ONLY}`],
    ['src/scoring/a.ts', "import fs = require('x');", `uses import = require(...) ${CLI_ONLY}`],
    ['src/scoring/a.ts', 'export const debug = process.env.DEBUG;', `uses the Node global 'process' ${CLI_ONLY}`],
    ['src/scoring/a.ts', "export const b = Buffer.from('x');", `uses the Node global 'Buffer' ${CLI_ONLY}`],
    ['src/scoring/a.ts', 'export const here = __dirname;', `uses the Node global '__dirname' ${CLI_ONLY}`],
    ['src/scoring/a.ts', 'export type T = NodeJS.ReadableStream;', `uses the Node global 'NodeJS' ${CLI_ONLY}`],
    ['src/scoring/a.ts', "export type T = import('node:fs').Stats;", `imports the Node built-in 'node:fs' ${CLI_ONLY}`],
    ['src/outcomes/a.ts', "import * as z from 'zod';", "imports 'zod' (only src/schemas/ may import zod)"],
    ['src/outcomes/a.ts', "import type { ZodType } from 'zod/v4';", "imports 'zod/v4' (only src/schemas/ may import zod)"],
    ['src/schemas/a.ts', "import { z } from 'zod';", "imports { z } from 'zod' (write import * as z from 'zod')"],
  ])('flags %s: %s', (path, text, what) => {
    expect(violations(path, text)).toEqual([`${path}:1 ${what}`]);
  });

  it('allows Node in src/cli/ and zod (as a namespace) in src/schemas/', () => {
    const node = "import { readFileSync } from 'node:fs';\nexport const v = process.argv;\nconst x = require('x');";
    expect(violations('src/cli/main.ts', node)).toEqual([]);
    expect(violations('src/schemas/a.ts', "import * as z from 'zod';\nimport type { core } from 'zod/v4';")).toEqual([]);
  });

  it('ignores comments, strings and property names that merely say "process" or "Buffer"', () => {
    const text = [
      '/** The process of scoring; see Buffer in the glossary. require() nothing. */',
      'export const note = \'process the answers, fill the Buffer, require("fs")\';',
      'export const o = { process: 1, Buffer: 2, global: 3 };',
      'export const p = o.process + o.Buffer;',
      'export interface I { readonly process: number; require(): void }',
      'export const { process: renamed } = o;',
      '// import { readFileSync } from "node:fs";',
      'export const t = `node:fs and zod are words here`;',
    ].join('\n');
    expect(violations('src/planning/a.ts', text)).toEqual([]);
  });

  it('names the file and line of each break', () => {
    expect(violations('src/model/x.ts', "\n\nimport 'node:path';\nexport const e = process.env;")).toEqual([
      "src/model/x.ts:3 imports the Node built-in 'node:path' (only src/cli/ may)",
      "src/model/x.ts:4 uses the Node global 'process' (only src/cli/ may)",
    ]);
  });
});

describe('src/ follows the import rules', () => {
  const files = sourceFiles();

  it('finds the source files (src/cli/ and src/schemas/ among them)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.startsWith('src/cli/'))).toBe(true);
    expect(files.some((f) => f.startsWith('src/schemas/'))).toBe(true);
  });

  it('no file outside src/cli/ uses a Node built-in module or global, and no file outside src/schemas/ imports zod', () => {
    const found = files.flatMap((f) => violations(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('src/cli/ does use Node (the rule has something to exempt)', () => {
    const text = files
      .filter((f) => f.startsWith('src/cli/'))
      .map((f) => readFileSync(join(ROOT, f), 'utf8'))
      .join('\n');
    expect(text).toMatch(/from 'node:/);
  });
});

describe("the browser run's list of Node-only test files", () => {
  const testFiles = sourceFiles(join(ROOT, 'test'));
  /** Entries are a folder (`test/cli/**`) or one file; nothing fancier, so this check stays exact. */
  const listed = (file: string) => NODE_ONLY_TESTS.some((e) => (e.endsWith('/**') ? file.startsWith(e.slice(0, -2)) : file === e));
  const NODE_ONLY_PACKAGES = new Set(['esbuild', 'typescript', 'playwright', 'playwright-core', '@duckdb/node-api', '@electric-sql/pglite', 'vite']);
  /** The module specifiers a file imports (static, re-exported or dynamic with a literal). */
  const importsOf = (file: string): string[] => {
    const sf = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const out: string[] = [];
    const visit = (n: ts.Node): void => {
      if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
        if (!(ts.isImportDeclaration(n) && n.importClause?.isTypeOnly)) out.push(n.moduleSpecifier.text);
      } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteralLike(n.arguments[0])) {
        out.push(n.arguments[0].text);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
    return out;
  };
  /** Imports a Node built-in or a Node-only package, or reads a Node global (`process.env`, `Buffer`, ...; `globalThis.process?.env` is fine). */
  const loadsNode = (file: string) =>
    importsOf(file).some((s) => isNodeBuiltin(s) || NODE_ONLY_PACKAGES.has(s)) ||
    violations(file, readFileSync(join(ROOT, file), 'utf8')).some((v) => v.includes('uses the Node global'));
  /** Repository path of a relative import (`./_helpers.js` → test/x/_helpers.ts), if it is a test file. */
  const resolveLocal = (from: string, spec: string): string | undefined => {
    if (!spec.startsWith('.')) return undefined;
    const base = relative(ROOT, resolve(ROOT, from, '..', spec))
      .split(sep)
      .join('/')
      .replace(/\.[cm]?js$/, '');
    return testFiles.find((f) => f.replace(/\.[cm]?ts$/, '') === base);
  };

  it('has only entries that are a folder or a file that exists', () => {
    for (const e of NODE_ONLY_TESTS)
      expect(
        testFiles.some((f) => (e.endsWith('/**') ? f.startsWith(e.slice(0, -2)) : f === e)),
        e,
      ).toBe(true);
  });

  it('lists every test file that loads Node, directly or through a local helper', () => {
    const nodeHelpers = new Set(testFiles.filter((f) => !f.endsWith('.test.ts') && loadsNode(f)));
    const unlisted = testFiles
      .filter((f) => f.endsWith('.test.ts') && !listed(f))
      .filter((f) => loadsNode(f) || importsOf(f).some((s) => nodeHelpers.has(resolveLocal(f, s) ?? '')));
    expect(unlisted).toEqual([]);
  });
});
