// Versions of the build's code. Each is a hash of the source of some modules and of everything
// they import, and of the versions of the packages that code uses:
// - the builder's version (the whole build), recorded in the fact base so that a fact base built
//   by other code is known to be stale (factbase/lifecycle.ts);
// - the per-file work's version (build-chunk.ts and what it imports, and Node's version), so the
//   incremental build's cache (build-cache.ts) never hands an edited extractor results of the old one.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the cache's entry layout changes (the per-file work's version covers what is in it). */
export const ENTRY_FORMAT = 8 as const;

/** This folder's module `name`, as it runs here (.ts under tsx, .js once compiled). */
export const moduleFile = (name: string): string => fileURLToPath(new URL(`./${name}${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));
/** The folder the code runs from (src/ under tsx, dist/ once compiled): modules are named relative to it. */
const CODE_ROOT = path.dirname(path.dirname(moduleFile('build-version')));
// Static imports and re-exports, `import('…')`, and `require('…')` through createRequire.
const IMPORTED = /^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'|^import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)|(?:\brequire|createRequire\(import\.meta\.url\))\(\s*'([^']+)'\s*\)/gm;

let builderMemo: Promise<string> | null = null;
let fileWorkMemo: Promise<string> | null = null;

/**
 * The builder's version: the code of the whole build (build.ts, its worker and all they import,
 * saving the file included) and the packages it uses. Node's version is left out: with it every
 * Node update would make the fact base stale and the bot refuse to start on it.
 */
export function builderVersion(): Promise<string> {
  builderMemo ??= codeVersion([moduleFile('build'), moduleFile('build-worker')], 'builder', { withNode: false });
  return builderMemo;
}

/**
 * The per-file work's version: the code of build-chunk and every module it imports, the packages
 * they use and Node's version. Code that does not decide what a file gives (saving, loading, the
 * whole-coverage steps, the bot) can change without emptying the cache.
 */
export function fileWorkVersion(): Promise<string> {
  fileWorkMemo ??= codeVersion([moduleFile('build-chunk')], `entry ${ENTRY_FORMAT}`);
  return fileWorkMemo;
}

export interface CodeVersionOptions {
  /** Whether Node's version is part of it (default true). */
  readonly withNode?: boolean;
  /** The folder modules are named relative to (default: the one this code runs from). */
  readonly root?: string;
}

/**
 * A hash of `salt`, of the source of the `modules` and every module they import, of the versions
 * of the packages those use, and (unless told otherwise) of Node's version: what decides what that
 * code computes. The same under tsx and once compiled (see writtenSource).
 */
export async function codeVersion(modules: readonly string[], salt: string, { withNode = true, root = CODE_ROOT }: CodeVersionOptions = {}): Promise<string> {
  const hash = createHash('sha256').update(`${salt}\0`);
  if (withNode) hash.update(`node ${process.versions.node}\0`);
  const seen = new Set<string>(modules);
  const packages = new Set<string>();
  // Read a level of the import graph at a time, hashed in the order the modules were found.
  for (let level = [...modules]; level.length > 0; ) {
    const sources = await Promise.all(level.map((file) => writtenSource(file, root)));
    const next: string[] = [];
    for (const [i, { name, source }] of sources.entries()) {
      hash.update(`${name}\0${source}\0`);
      for (const match of source.matchAll(IMPORTED)) {
        const specifier = match.slice(1).find((group) => group !== undefined) ?? '';
        if (specifier.startsWith('node:')) continue;
        if (!specifier.startsWith('.')) {
          const parts = specifier.split('/');
          packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
          continue;
        }
        // Sources import './x.js' whether they are .ts (run by tsx) or compiled .js.
        const file = level[i]!;
        const target = path.resolve(path.dirname(file), specifier).replace(/\.js$/, path.extname(file));
        if (!seen.has(target)) {
          seen.add(target);
          next.push(target);
        }
      }
    }
    level = next;
  }
  const require = createRequire(import.meta.url);
  const names = [...packages].sort();
  const versions = await Promise.all(
    names.map(async (name) => {
      try {
        return (JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8')) as { version?: string }).version ?? 'unknown';
      } catch {
        return 'unknown'; // A package that hides its package.json: its name alone.
      }
    }),
  );
  for (const [i, name] of names.entries()) hash.update(`${name}@${versions[i]}\0`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * A module's name (relative to `root`) and source as written. Compiled, that is the TypeScript
 * its source map carries (tsconfig.build.json sets inlineSources), named as the .ts file: the
 * compiled build and tsx then give the same versions, so a fact base built by `npm run
 * build:facts` is current for `npm start` and the other way round. A .js without one is hashed as it is.
 */
async function writtenSource(file: string, root: string): Promise<{ name: string; source: string }> {
  const name = path.relative(root, file).split(path.sep).join('/');
  if (file.endsWith('.js')) {
    let written: unknown;
    try {
      written = (JSON.parse(await readFile(`${file}.map`, 'utf8')) as { sourcesContent?: unknown[] }).sourcesContent?.[0];
    } catch {
      // No readable source map: the compiled code itself.
    }
    if (typeof written === 'string') return { name: name.replace(/\.js$/, '.ts'), source: written };
  }
  return { name, source: await readFile(file, 'utf8') };
}
