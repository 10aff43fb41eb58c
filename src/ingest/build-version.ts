// The builder's version: a hash of the code that decides what a file gives (build-chunk.ts and
// everything it imports), the versions of the packages that code uses and Node's version, so the
// incremental build's cache (build-cache.ts) never hands an edited extractor results of the old one.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the cache's entry layout changes (the builder's version covers what is in it). */
export const ENTRY_FORMAT = 4 as const;

/** This folder's module `name`, as it runs here (.ts under tsx, .js once compiled). */
export const moduleFile = (name: string): string => fileURLToPath(new URL(`./${name}${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));
/** The module whose code (and what it imports) computes a file's work. */
const WORK_MODULE = moduleFile('build-chunk');
// Static imports and re-exports, `import('…')`, and `require('…')` through createRequire.
const IMPORTED = /^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'|^import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)|(?:\brequire|createRequire\(import\.meta\.url\))\(\s*'([^']+)'\s*\)/gm;

let versionMemo: Promise<string> | null = null;

/**
 * The builder's version: a hash of the source of build-chunk and every module it imports, of the
 * versions of the packages they use, and of Node's version. Code that does not decide what a
 * file gives (saving, loading, the whole-coverage steps, the bot) can change without emptying
 * the cache.
 */
export function builderVersion(): Promise<string> {
  versionMemo ??= codeVersion([WORK_MODULE], `entry ${ENTRY_FORMAT}`);
  return versionMemo;
}

/**
 * A hash of `salt`, of the source of the `modules` and every module they import, of the versions
 * of the packages those use, and of Node's version: what decides what that code computes.
 */
export function codeVersion(modules: readonly string[], salt: string): Promise<string> {
  return (async () => {
    const hash = createHash('sha256').update(`${salt}\0node ${process.versions.node}\0`);
    const seen = new Set<string>(modules);
    const packages = new Set<string>();
    const queue = [...modules];
    const root = path.dirname(path.dirname(WORK_MODULE));
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const source = await readFile(file, 'utf8');
      hash.update(`${path.relative(root, file).split(path.sep).join('/')}\0${source}\0`);
      for (const match of source.matchAll(IMPORTED)) {
        const specifier = match.slice(1).find((group) => group !== undefined) ?? '';
        if (specifier.startsWith('node:')) continue;
        if (!specifier.startsWith('.')) {
          const parts = specifier.split('/');
          packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
          continue;
        }
        // Sources import './x.js' whether they are .ts (run by tsx) or compiled .js.
        const target = path.resolve(path.dirname(file), specifier).replace(/\.js$/, path.extname(file));
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    const require = createRequire(import.meta.url);
    for (const name of [...packages].sort()) {
      let version = 'unknown';
      try {
        version = (JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8')) as { version?: string }).version ?? version;
      } catch {
        // A package that hides its package.json: its name alone.
      }
      hash.update(`${name}@${version}\0`);
    }
    return hash.digest('hex').slice(0, 16);
  })();
}
