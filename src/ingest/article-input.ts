// An article file's bytes and content hash, read as the build reads it: apart from the per-article
// work (build-chunk.ts) so that hashing a changed file (file-stats.ts) does not load the extractors.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
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
  const bytes = await readFile(fullPath);
  return { file, contentHash: sha256(bytes), bytes, size: bytes.length };
}
