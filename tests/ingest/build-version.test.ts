// The code's version is the same under tsx (the .ts sources) and once compiled by `npm run build`
// (dist/, plain node): a fact base built by either is current for the other. Compiled here with
// tsconfig.build.json's own options, on a small invented module tree.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codeVersion } from '../../src/ingest/build-version.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('build-version-');

const SOURCES = {
  'ingest/steps.ts': "import type { Ledger } from '../ledger.js';\nimport { count } from './count.js';\nexport const total = (ledger: Ledger): number => count(ledger.lines);\n",
  'ingest/count.ts': "import { z } from 'zod';\nexport const count = (lines: readonly string[]): number => z.array(z.string()).parse(lines).length;\n",
  'ledger.ts': 'export interface Ledger {\n  lines: string[];\n}\n',
};

/** `sources` written under `<dir>/src` and compiled as `npm run build` compiles them, into `<dir>/dist`. */
async function compiledTree(dir: string, sources: Record<string, string>): Promise<{ src: string; dist: string }> {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(REPO_ROOT, 'tsconfig.build.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (config === undefined) throw new Error('tsconfig.build.json could not be read');
  const [src, dist] = [path.join(dir, 'src'), path.join(dir, 'dist')];
  for (const [name, source] of Object.entries(sources)) {
    const [from, to] = [path.join(src, name), path.join(dist, name.replace(/\.ts$/, '.js'))];
    await mkdir(path.dirname(from), { recursive: true });
    await mkdir(path.dirname(to), { recursive: true });
    await writeFile(from, source);
    const out = ts.transpileModule(source, { compilerOptions: config.options, fileName: from });
    await writeFile(to, out.outputText);
    if (out.sourceMapText !== undefined) await writeFile(`${to}.map`, out.sourceMapText);
  }
  return { src, dist };
}

describe('codeVersion', () => {
  it('GIVEN the same modules as .ts sources and compiled by tsconfig.build.json THEN both have the same version, and an edit changes it', async () => {
    const { src, dist } = await compiledTree(await tempDir(), SOURCES);
    const underTsx = await codeVersion([path.join(src, 'ingest', 'steps.ts')], 'test', { root: src });
    const compiled = await codeVersion([path.join(dist, 'ingest', 'steps.js')], 'test', { root: dist });
    expect(compiled).toBe(underTsx);

    // An imported module's edit, seen through the compiled build too.
    const edited = await compiledTree(await tempDir(), { ...SOURCES, 'ingest/count.ts': SOURCES['ingest/count.ts'].replace('.length', '.length + 1') });
    expect(await codeVersion([path.join(edited.dist, 'ingest', 'steps.js')], 'test', { root: edited.dist })).not.toBe(compiled);
  });
});
