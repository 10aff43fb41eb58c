// A fact-base file held open while it is loaded and in use. Loading reads the records it checks
// with positional reads; the sentence texts (two thirds of the file) stay on disk and are read a
// block at a time when a sentence is first shown (FileRegion). On the virtual machines bots run
// on, every fresh megabyte a process touches costs milliseconds: reading the whole file was most
// of the load time.
//
// The builder replaces the file by renaming a new one over it, so the open descriptor keeps
// reading the file that was loaded. A file overwritten in place (a copy onto it) is noticed by
// its size or modification time and refused, never read as the texts of the loaded sentences.
import { fstat, fstatSync, open, read, readSync, close, closeSync, type BigIntStats } from 'node:fs';
import { promisify } from 'node:util';
import { FileFormatProblem } from './file-problem.js';

const openAsync = promisify(open);
const readAsync = promisify(read);
const fstatAsync = promisify(fstat) as (fd: number, options: { bigint: true }) => Promise<BigIntStats>;
const closeAsync = promisify(close);

/** Closes the descriptor of a file no longer reachable (a fact base swapped out by a reload). */
const closeWhenCollected = new FinalizationRegistry<number>((fd) => close(fd, () => undefined));

export class OpenFile {
  readonly size: number;
  #fd: number | null;
  readonly #modified: bigint;

  private constructor(
    readonly path: string,
    fd: number,
    stats: BigIntStats,
  ) {
    this.#fd = fd;
    this.size = Number(stats.size);
    this.#modified = stats.mtimeNs;
    closeWhenCollected.register(this, fd, this);
  }

  /** Opens `file` for reading; rejects with the system's error (ENOENT…). */
  static async open(file: string): Promise<OpenFile> {
    const fd = await openAsync(file, 'r');
    try {
      return new OpenFile(file, fd, await fstatAsync(fd, { bigint: true }));
    } catch (error) {
      await closeAsync(fd);
      throw error;
    }
  }

  /** Fills `target` from `position` on. Throws FileFormatProblem when the file ends first (it shrank since it was opened). */
  async read(position: number, target: Uint8Array): Promise<void> {
    for (let filled = 0; filled < target.length; ) {
      const { bytesRead } = await readAsync(this.#open(), target, filled, target.length - filled, position + filled);
      if (bytesRead === 0) throw new FileFormatProblem('is truncated (it shrank while it was read)');
      filled += bytesRead;
    }
  }

  /** `read`, synchronously; throws Error when the file changed since it was opened. */
  readSync(position: number, target: Uint8Array): void {
    const fd = this.#open();
    for (let filled = 0; filled < target.length; ) {
      const bytesRead = readSync(fd, target, filled, target.length - filled, position + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // Checked after the read: a write moves the modification time before its bytes land.
    const now = fstatSync(fd, { bigint: true });
    if (Number(now.size) !== this.size || now.mtimeNs !== this.#modified) {
      throw new Error(`Fact base ${this.path} was overwritten while in use (a new one must be renamed over it); reload it`);
    }
  }

  /** Closes the descriptor now (a load that failed); later reads throw. */
  close(): void {
    if (this.#fd === null) return;
    closeWhenCollected.unregister(this);
    closeSync(this.#fd);
    this.#fd = null;
  }

  #open(): number {
    if (this.#fd === null) throw new Error(`Fact base ${this.path} is closed`);
    return this.#fd;
  }
}

/** Read from disk this many bytes at a time: a shown sentence's neighbours come with it. */
const BLOCK_BYTES = 16 * 1024;

/**
 * Bytes `offset` … `offset + length − 1` of an open file, as a Buffer-like view whose blocks are
 * read on first use and kept. Each block is its own small buffer: one reserved for the whole
 * region would count as memory in use to V8, and move its garbage collections earlier.
 */
export class FileRegion {
  readonly #file: OpenFile;
  readonly #offset: number;
  readonly #blocks: (Buffer | undefined)[];

  constructor(file: OpenFile, offset: number, readonly length: number) {
    this.#file = file;
    this.#offset = offset;
    this.#blocks = new Array<Buffer | undefined>(Math.ceil(length / BLOCK_BYTES));
  }

  toString(encoding: BufferEncoding | undefined, start: number, end: number): string {
    if (end <= start) return '';
    const first = Math.floor(start / BLOCK_BYTES);
    const last = Math.floor((end - 1) / BLOCK_BYTES);
    const from = start - first * BLOCK_BYTES;
    if (first === last) return this.#block(first).toString(encoding, from, from + end - start);
    // A text across blocks (a few in a thousand): its bytes joined.
    const parts = [];
    for (let block = first; block <= last; block++) parts.push(this.#block(block));
    return Buffer.concat(parts).toString(encoding, from, from + end - start);
  }

  #block(block: number): Buffer {
    let bytes = this.#blocks[block];
    if (bytes === undefined) {
      const from = block * BLOCK_BYTES;
      bytes = Buffer.allocUnsafeSlow(Math.min(BLOCK_BYTES, this.length - from));
      this.#file.readSync(this.#offset + from, bytes);
      this.#blocks[block] = bytes;
    }
    return bytes;
  }
}
