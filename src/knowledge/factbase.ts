// Saving and loading the fact-base file. Saving is deterministic (key order from the schema, no
// timestamps) and atomic (temp file in the same folder, fsync, rename). Loading validates
// everything a reader relies on and turns every way a file can be wrong into one FactBaseError
// whose message names the file, the problem and the command that rebuilds it.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { FACTBASE_FORMAT, FACTBASE_VERSION, FactBaseSchema } from './schema.js';
import type { Article, FactBase, Sentence } from './schema.js';
import { TfIdfIndex } from './tfidf.js';

export const REBUILD_COMMAND = 'npm run build:facts';

export class FactBaseError extends Error {
  override name = 'FactBaseError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`Fact base ${file} ${problem}. Rebuild it with: ${REBUILD_COMMAND}`);
  }
}

export interface LoadedFactBase {
  data: FactBase;
  index: TfIdfIndex;
  /** Format version + first 12 hex digits of the coverage hash: a cache key for answers. */
  version: string;
  /** Throws RangeError for an id that is not a sentence of this fact base. */
  sentence(id: number): Sentence;
  /** Throws RangeError for an unknown article id. */
  article(id: string): Article;
  /** Every sentence of the sentence's near-duplicate group (itself included), ascending by id. */
  groupOf(sentenceId: number): Sentence[];
}

/** Chunks of the JSON text of `value`, equal once joined to JSON.stringify(value). */
function* jsonChunks(value: FactBase): Generator<string> {
  // Streaming the top-level arrays element by element keeps a large corpus below V8's string
  // size limit, which one JSON.stringify of the whole base could exceed.
  const entries = Object.entries(value);
  yield '{';
  for (const [k, [key, field]] of entries.entries()) {
    yield `${k === 0 ? '' : ','}${JSON.stringify(key)}:`;
    if (Array.isArray(field)) {
      yield '[';
      for (let i = 0; i < field.length; i++) yield (i === 0 ? '' : ',') + JSON.stringify(field[i]);
      yield ']';
    } else {
      yield JSON.stringify(field);
    }
  }
  yield '}\n';
}

const WRITE_CHUNK_CHARS = 1 << 20;

/**
 * Writes the fact base to `file` atomically: readers see the old file or the new one, never a
 * half-written one. Validates first, so an invalid fact base is never written.
 */
export async function saveFactBase(factBase: FactBase, file: string): Promise<void> {
  // Parsing returns a copy whose keys follow the schema's order, whatever order the extractors
  // built their objects in: that is what makes the bytes deterministic.
  const ordered = FactBaseSchema.parse(factBase);
  const directory = path.dirname(path.resolve(file));
  await mkdir(directory, { recursive: true });
  const temp = path.join(directory, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    let buffer = '';
    for (const chunk of jsonChunks(ordered)) {
      buffer += chunk;
      if (buffer.length >= WRITE_CHUNK_CHARS) {
        await handle.write(buffer);
        buffer = '';
      }
    }
    await handle.write(buffer);
    await handle.sync();
    await handle.close();
    await rename(temp, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FactBaseError(file, 'does not exist');
    throw new FactBaseError(file, `cannot be read (${code ?? String(error)})`);
  }
  try {
    return bytes.toString('utf8');
  } catch {
    throw new FactBaseError(file, `is too large to load (${bytes.length} bytes)`);
  }
}

/** Cross-references zod cannot check: every id points inside the fact base. O(size). */
function checkReferences(data: FactBase): string | null {
  const count = data.sentences.length;
  const articleIds = new Set(data.articles.map((a) => a.id));
  for (let i = 0; i < count; i++) {
    const s = data.sentences[i]!;
    if (s.id !== i) return `has sentence ${s.id} at position ${i}`;
    if (s.group > i || data.sentences[s.group]!.group !== s.group) return `has sentence ${i} in an invalid group ${s.group}`;
    if (!articleIds.has(s.articleId)) return `has sentence ${i} of unknown article "${s.articleId}"`;
  }
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
  const text = await readText(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new FactBaseError(file, 'is not valid JSON (corrupt or truncated)');
  }
  const header = (typeof json === 'object' && json !== null ? json : {}) as { format?: unknown; version?: unknown };
  if (header.format !== FACTBASE_FORMAT) throw new FactBaseError(file, 'is not a coverage fact base');
  if (header.version !== FACTBASE_VERSION) {
    throw new FactBaseError(file, `has format version ${String(header.version)}, but this program reads version ${FACTBASE_VERSION}`);
  }
  const parsed = FactBaseSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
    throw new FactBaseError(file, `does not match the fact-base format${where}: ${issue?.message ?? 'invalid'}`);
  }
  const data = parsed.data;
  const problem = checkReferences(data);
  if (problem !== null) throw new FactBaseError(file, problem);
  let index: TfIdfIndex;
  try {
    index = TfIdfIndex.fromSerialized(data.index);
  } catch (error) {
    throw new FactBaseError(file, `has a damaged search index (${error instanceof Error ? error.message : String(error)})`);
  }
  return loaded(data, index);
}

function loaded(data: FactBase, index: TfIdfIndex): LoadedFactBase {
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
    version: `${FACTBASE_VERSION}-${data.coverageHash.slice(0, 12)}`,
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
