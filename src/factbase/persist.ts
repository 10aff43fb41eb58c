// Saving and loading the fact-base file (its encoding is in file-format.ts and file-decode.ts). Saving is
// deterministic (key order from the schema, no timestamps) and atomic (temp file in the same
// folder, fsync, rename). Loading validates everything a reader relies on and turns every way a
// file can be wrong into one FactBaseError whose message names the file, the problem and the
// command that rebuilds it.
import { createHash, randomBytes } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { decodeFactBase, LineTooLong, UnexpectedEnd, type RecordSource } from './file-decode.js';
import { encodeFactBase } from './file-format.js';
import { FileFormatProblem } from './file-problem.js';
import { FACTBASE_VERSION, FactBaseSchema, SentenceSchema } from './schema.js';
import { ALL_ENTITIES } from './entity-kinds.js';
import type { Article, FactBase, Sentence } from './schema.js';
import { TfIdfIndex } from './index-search.js';
import { rebuildCommand, shownPath } from './location.js';

/** What is wrong with a fact-base file, in the words every surface shows: the file, the problem, the command that rebuilds that file. */
export class FactBaseError extends Error {
  override name = 'FactBaseError';
  constructor(
    readonly file: string,
    readonly problem: string,
    articlesDir?: string,
  ) {
    super(`Fact base ${shownPath(file)} ${problem}. Rebuild it with: ${rebuildCommand(file, articlesDir)}`);
  }
}

export interface LoadedFactBase {
  data: FactBase;
  index: TfIdfIndex;
  /**
   * Format version + the first 12 hex digits of the sha256 of the file's bytes: the cache key
   * for answers and pages. Saving is deterministic, so the same build gives the same version in
   * every process, and a rebuild by other code from the same articles gives another one.
   */
  version: string;
  /** Throws RangeError for an id that is not a sentence of this fact base. */
  sentence(id: number): Sentence;
  /** Throws RangeError for an unknown article id. */
  article(id: string): Article;
  /** Every sentence of the sentence's near-duplicate group (itself included), ascending by id. */
  groupOf(sentenceId: number): Sentence[];
}

const NEWLINE = Buffer.from('\n');

/**
 * Writes the fact base to `file` atomically: readers see the old file or the new one, never a
 * half-written one. Validates first, so an invalid fact base is never written.
 */
export async function saveFactBase(factBase: FactBase, file: string): Promise<void> {
  // Parsing returns a copy whose keys follow the schema's order, whatever order the extractors
  // built their objects in: that is what makes the bytes deterministic. Sentences are written as
  // columns (key order does not matter), so a million of them are checked in place instead.
  const { sentences, ...rest } = factBase;
  const ordered: FactBase = { ...FactBaseSchema.omit({ sentences: true }).parse(rest), sentences: checkedSentences(sentences) };
  const problem = factReferenceProblem(ordered);
  if (problem !== null) throw new Error(`Not saving a fact base that ${problem}`);
  const directory = path.dirname(path.resolve(file));
  await mkdir(directory, { recursive: true });
  const temp = path.join(directory, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    for (const { line, payload } of encodeFactBase(ordered)) {
      await handle.write(`${line}\n`);
      if (payload.length > 0) await handle.writev([payload, NEWLINE]);
    }
    await handle.sync();
    await handle.close();
    await rename(temp, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** `sentences` itself when every sentence is what SentenceSchema accepts; throws otherwise. */
function checkedSentences(sentences: readonly Sentence[]): Sentence[] {
  const natural = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;
  sentences.forEach((s, i) => {
    const entitiesOk = s.entities === undefined || (natural(s.entities) && s.entities <= ALL_ENTITIES);
    if (!natural(s.id) || typeof s.articleId !== 'string' || typeof s.text !== 'string' || s.text === '' || !natural(s.paragraph) || !natural(s.group) || !entitiesOk) {
      // zod names what is wrong.
      SentenceSchema.parse(s);
      throw new Error(`sentences.${i} is not a valid sentence`);
    }
  });
  return sentences as Sentence[];
}

/** Cross-references of the facts that zod cannot check: every id points inside the fact base. */
function factReferenceProblem(data: FactBase): string | null {
  const count = data.sentences.length;
  const outOfRange = (ids: readonly number[]): number | undefined => ids.find((id) => id >= count);
  const personIds = new Set(data.people.map((p) => p.id));
  for (const person of data.people) {
    const bad = outOfRange(person.sentenceIds) ?? outOfRange(person.roles.map((r) => r.sentenceId));
    if (bad !== undefined) return `has person "${person.id}" citing missing sentence ${bad}`;
  }
  for (const fact of [...data.aid, ...data.events]) {
    if (fact.sentenceId >= count) return `has a fact citing missing sentence ${fact.sentenceId}`;
  }
  for (const quote of data.quotes) {
    const bad = outOfRange(quote.sentenceIds);
    if (bad !== undefined) return `has quote ${quote.id} citing missing sentence ${bad}`;
    if (quote.speakerId !== null && !personIds.has(quote.speakerId)) return `has quote ${quote.id} by unknown person "${quote.speakerId}"`;
  }
  if (data.index.docCount !== count) return `has an index of ${data.index.docCount} sentences for ${count} sentences`;
  return null;
}

/** Reads, validates and indexes a fact-base file. Throws FactBaseError on any problem. */
export async function loadFactBase(file: string): Promise<LoadedFactBase> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw unreadable(file, error);
  }
  let data: FactBase;
  // Hashed as it is read: the version names exactly the bytes decoded, even if the file is
  // replaced meanwhile, and costs no second read.
  const hash = createHash('sha256');
  try {
    data = await decodeFactBase(new FileRecordSource(handle, hash));
  } catch (error) {
    if (error instanceof FileFormatProblem) throw new FactBaseError(file, error.message);
    throw unreadable(file, error);
  } finally {
    await handle.close();
  }
  // Sentences were checked as they were decoded; the facts citing them are checked here.
  const problem = factReferenceProblem(data);
  if (problem !== null) throw new FactBaseError(file, problem);
  let index: TfIdfIndex;
  try {
    index = TfIdfIndex.fromSerialized(data.index);
  } catch (error) {
    throw new FactBaseError(file, `has a damaged search index (${error instanceof Error ? error.message : String(error)})`);
  }
  return loaded(data, index, `${FACTBASE_VERSION}-${hash.digest('hex').slice(0, 12)}`);
}

function unreadable(file: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new FactBaseError(file, 'does not exist');
  if (typeof code === 'string') return new FactBaseError(file, `cannot be read (${code})`);
  return error;
}

const READ_BLOCK_BYTES = 4 << 20;

/** Reads a file front to back through one buffer that grows to the largest record. */
class FileRecordSource implements RecordSource {
  readonly #handle: FileHandle;
  readonly #hash: Hash;
  #buffer = Buffer.allocUnsafe(READ_BLOCK_BYTES);
  /** Unconsumed bytes are #buffer[#start, #end). */
  #start = 0;
  #end = 0;
  #atEnd = false;

  constructor(handle: FileHandle, hash: Hash) {
    this.#handle = handle;
    this.#hash = hash;
  }

  async line(maxBytes = Infinity): Promise<Buffer | null> {
    let searchFrom = this.#start;
    for (;;) {
      const newline = this.#buffer.indexOf(0x0a, searchFrom);
      if (newline !== -1 && newline < this.#end) {
        const line = this.#buffer.subarray(this.#start, newline);
        this.#start = newline + 1;
        return line;
      }
      if (this.#end - this.#start > maxBytes) throw new LineTooLong(Buffer.from(this.#buffer.subarray(this.#start, this.#start + maxBytes)));
      if (this.#atEnd) {
        if (this.#start === this.#end) return null;
        throw new UnexpectedEnd('the file ends inside a line', Buffer.from(this.#buffer.subarray(this.#start, this.#end)));
      }
      searchFrom = this.#end - this.#start;
      await this.#fill(0);
      searchFrom += this.#start;
    }
  }

  async bytes(size: number): Promise<Buffer> {
    while (this.#end - this.#start < size) {
      if (this.#atEnd) throw new UnexpectedEnd('the file ends inside a record');
      await this.#fill(size);
    }
    const bytes = this.#buffer.subarray(this.#start, this.#start + size);
    this.#start += size;
    return bytes;
  }

  /** Moves the unconsumed bytes to the front, grows the buffer when it is full, reads more. */
  async #fill(wanted: number): Promise<void> {
    const pending = this.#end - this.#start;
    const capacity = Math.max(this.#buffer.length, wanted, pending < this.#buffer.length ? 0 : this.#buffer.length * 2);
    const target = capacity > this.#buffer.length ? Buffer.allocUnsafe(capacity) : this.#buffer;
    this.#buffer.copy(target, 0, this.#start, this.#end);
    this.#buffer = target;
    this.#start = 0;
    this.#end = pending;
    const { bytesRead } = await this.#handle.read(this.#buffer, this.#end, this.#buffer.length - this.#end, null);
    if (bytesRead === 0) this.#atEnd = true;
    this.#hash.update(this.#buffer.subarray(this.#end, this.#end + bytesRead));
    this.#end += bytesRead;
  }
}

function loaded(data: FactBase, index: TfIdfIndex, version: string): LoadedFactBase {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  let members: Map<number, Sentence[]> | null = null;
  const sentence = (id: number): Sentence => {
    const found = Number.isInteger(id) ? data.sentences[id] : undefined;
    if (found === undefined) throw new RangeError(`no sentence ${id} in the fact base`);
    return found;
  };
  return {
    data,
    index,
    version,
    sentence,
    article(id) {
      const found = articles.get(id);
      if (found === undefined) throw new RangeError(`no article "${id}" in the fact base`);
      return found;
    },
    groupOf(sentenceId) {
      const group = sentence(sentenceId).group;
      if (members === null) {
        // Built on first use: most sessions never ask.
        members = new Map();
        for (const s of data.sentences) {
          if (s.group === s.id) continue;
          const list = members.get(s.group);
          if (list === undefined) members.set(s.group, [s]);
          else list.push(s);
        }
      }
      return [sentence(group), ...(members.get(group) ?? [])];
    },
  };
}
