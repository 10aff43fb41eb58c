// Turns the --corpus argument into a flat folder of article files, the input build:facts reads
// (it does not recurse). A .tar.gz is unpacked once with the system tar under bench/.work/;
// nested folders are flattened with hard links.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { link, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_EXTENSIONS } from '../src/ingest/build.js';

export interface Corpus {
  /** Folder of article files to build from. */
  dir: string;
  files: number;
  bytes: number;
}

const DONE_MARKER = '.bench-complete';

export async function prepareCorpus(corpus: string, workDir: string): Promise<Corpus> {
  const source = path.resolve(corpus);
  const info = await stat(source);
  let root = source;
  if (info.isFile()) {
    if (!/\.(tar\.gz|tgz)$/i.test(source)) throw new Error(`--corpus must be a folder or a .tar.gz: ${corpus}`);
    root = path.join(workDir, `${path.basename(source).replace(/\.(tar\.gz|tgz)$/i, '')}-unpacked`);
    if (!existsSync(path.join(root, DONE_MARKER))) {
      await rm(root, { recursive: true, force: true });
      await mkdir(root, { recursive: true });
      execFileSync('tar', ['-xzf', source, '-C', root]);
      await writeFile(path.join(root, DONE_MARKER), '');
    }
  }
  const files = await articleFiles(root);
  if (files.every((file) => !file.includes('/'))) return { dir: root, files: files.length, bytes: await totalBytes(root, files) };

  const flat = `${root}-flat`;
  if (!existsSync(path.join(flat, DONE_MARKER))) {
    await rm(flat, { recursive: true, force: true });
    await mkdir(flat, { recursive: true });
    const taken = new Set<string>();
    for (const file of files) await link(path.join(root, file), path.join(flat, flatName(file, taken)));
    await writeFile(path.join(flat, DONE_MARKER), '');
  }
  return { dir: flat, files: files.length, bytes: await totalBytes(root, files) };
}

// File systems cap a name at 255 bytes; some corpora's slugs come close on their own.
const MAX_STEM_CHARS = 180;

/** A unique name in the flat folder: the file's own name, shortened, numbered on a clash. */
function flatName(file: string, taken: Set<string>): string {
  const extension = path.extname(file);
  const stem = path.basename(file, extension).slice(0, MAX_STEM_CHARS);
  let name = `${stem}${extension}`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}${extension}`;
  taken.add(name);
  return name;
}

/** Article files under `root`, as paths relative to it with "/" separators, sorted. */
async function articleFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

async function totalBytes(root: string, files: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const file of files) bytes += (await stat(path.join(root, file))).size;
  return bytes;
}
