// An article file's bytes and content hash, read as the build reads it: apart from the per-article
// work (build-chunk.ts) so that hashing a changed file (file-stats.ts) does not load the extractors.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_ARTICLE_BYTES, sha256 } from './read-article.js';

export interface Input {
  file: string;
  contentHash: string;
  /** Null when the file is too big to read. */
  bytes: Buffer | null;
  size: number;
}

export async function readInput(articlesDir: string, file: string): Promise<Input> {
  const fullPath = path.join(articlesDir, file);
  const info = await stat(fullPath);
  if (info.size > MAX_ARTICLE_BYTES) {
    // Skipped anyway, so only hashed (streamed, never held in memory) to notice when it changes.
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(fullPath)) hash.update(chunk as Buffer);
    return { file, contentHash: hash.digest('hex'), bytes: null, size: info.size };
  }
  return inputOf(file, await readFile(fullPath));
}

const inputOf = (file: string, bytes: Buffer): Input => ({ file, contentHash: sha256(bytes), bytes, size: bytes.length });

/** The bytes of some files, read at once: one buffer, and each file's length in it (-1: not read). */
export interface ReadFiles {
  bytes: Uint8Array;
  lengths: Int32Array;
}

/**
 * The bytes of `files`, read synchronously (by the build's main thread, idle while the workers
 * process chunks: a synchronous read costs about a third of a worker's asynchronous one). A file
 * that is too big, unreadable, or not the size its stat said is not read: readInput meets it as
 * before.
 */
export function readFiles(articlesDir: string, files: readonly string[]): ReadFiles {
  const sizes = files.map((file) => {
    try {
      const { size } = statSync(path.join(articlesDir, file));
      return size <= MAX_ARTICLE_BYTES ? size : -1;
    } catch {
      return -1;
    }
  });
  const bytes = new Uint8Array(sizes.reduce((sum, size) => sum + Math.max(size, 0), 0));
  const lengths = new Int32Array(files.length);
  let at = 0;
  files.forEach((file, i) => {
    const size = sizes[i]!;
    lengths[i] = size < 0 ? -1 : readInto(path.join(articlesDir, file), bytes, at, size);
    at += Math.max(lengths[i]!, 0);
  });
  return { bytes, lengths };
}

const PROBE = new Uint8Array(1);

/** Reads `size` bytes of the file into `bytes` at `at`: `size`, or -1 when the file is not that size now. */
function readInto(fullPath: string, bytes: Uint8Array, at: number, size: number): number {
  let fd: number;
  try {
    fd = openSync(fullPath, 'r');
  } catch {
    return -1;
  }
  try {
    for (let read = 0; read < size; ) {
      const got = readSync(fd, bytes, at + read, size - read, read);
      if (got === 0) return -1;
      read += got;
    }
    return readSync(fd, PROBE, 0, 1, size) === 0 ? size : -1;
  } catch {
    return -1;
  } finally {
    closeSync(fd);
  }
}

/** The inputs of `files` that `readFiles` read (null for the others). */
export function inputsOf(files: readonly string[], { bytes, lengths }: ReadFiles): (Input | null)[] {
  let at = 0;
  return files.map((file, i) => {
    const length = lengths[i]!;
    if (length < 0) return null;
    const input = inputOf(file, Buffer.from(bytes.buffer, bytes.byteOffset + at, length));
    at += length;
    return input;
  });
}
