// Saving and loading the fact-base file (its encoding is in file-format.ts and file-decode.ts). Saving is
// deterministic (key order from the schema, no timestamps) and atomic (temp file in the same
// folder, fsync, rename). Loading validates everything a reader relies on (the sentence texts by
// their lengths: they stay in the file until shown, open-file.ts) and turns every way a file can
// be wrong into one FactBaseError whose message names the file, the problem and the command that
// rebuilds it.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { decodeFactBase, type StoredFactBase } from './file-decode.js';
import { encodeFactBase, encodeFacts, type EncodedFacts, type FactBaseToWrite, type FactsToSave, type FileRecord } from './file-format.js';
import type { SentenceColumnsToSave, TextPiece } from './file-sentences.js';
import { FileFormatProblem } from './file-problem.js';
import { OpenFile } from './open-file.js';
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
  data: StoredFactBase;
  index: TfIdfIndex;
  /**
   * Format version + the first 12 hex digits of the sha256 of the file's bytes (as its end line
   * states it): the cache key for answers and pages. Saving is deterministic, so the same build
   * gives the same version in every process, and a rebuild by other code from the same articles
   * gives another one.
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
 * A fact base's JSON sections validated, checked against its `sentenceCount` sentences and encoded
 * ahead of saving: most of what saving spends, which a build does while its last steps run in
 * workers. `saveFactBase` uses it for a fact base that holds these very arrays (unchanged since).
 */
export interface PreparedFacts {
  source: FactsToSave;
  encoded: EncodedFacts;
  /** The build's sentences as it keeps them (stitch-coverage.ts). */
  sentences?: KeptSentences;
}

/** Sentences a build keeps as columns, made into objects only when asked for (stitch-coverage.ts). */
export interface KeptSentences {
  /** Their columns, when `factBase`'s sentences are these and were never given out as objects (nothing can have changed them). */
  columnsOf(factBase: FactBase): SentenceColumnsToSave | null;
  /** Their texts, in order, when `sentences` are these as objects (some already encoded). */
  textsOf(sentences: readonly Sentence[]): readonly TextPiece[] | undefined;
}

const FactsSchema = FactBaseSchema.pick({ articles: true, people: true, quotes: true });
const NUMBERED_SCHEMAS = { aid: FactBaseSchema.shape.aid, events: FactBaseSchema.shape.events };
const FACT_SECTIONS = ['articles', 'people', 'aid', 'events', 'quotes'] as const;
/** The rest but the sentences: the header's fields and the index. */
const HeadSchema = FactBaseSchema.omit({ sentences: true, articles: true, people: true, aid: true, events: true, quotes: true });

/** Validates and encodes the JSON sections; throws when a fact cites a missing sentence or person. */
export function prepareFacts(facts: FactsToSave, sentenceCount: number): PreparedFacts {
  // Parsing returns a copy whose keys follow the schema's order, whatever order the extractors
  // built their objects in: that is what makes the bytes deterministic. Facts kept as their JSON
  // were validated and ordered so when encoded (numbered-facts.ts).
  const { aid, events } = facts;
  const ordered: FactsToSave = {
    ...FactsSchema.parse(facts),
    aid: 'json' in aid ? aid : NUMBERED_SCHEMAS.aid.parse(aid),
    events: 'json' in events ? events : NUMBERED_SCHEMAS.events.parse(events),
  };
  const problem = factReferenceProblem(ordered, sentenceCount);
  if (problem !== null) throw new Error(`Not saving a fact base that ${problem}`);
  return { source: facts, encoded: encodeFacts(ordered) };
}

/**
 * Writes the fact base to `file` atomically: readers see the old file or the new one, never a
 * half-written one. Validates first, so an invalid fact base is never written. `prepared` (from
 * `prepareFacts` on this fact base's own arrays) saves validating and encoding them again.
 */
export async function saveFactBase(factBase: FactBase, file: string, prepared?: PreparedFacts): Promise<void> {
  // Sentences are written as columns (key order does not matter), so a million of them are
  // checked in place instead of parsed; a build's own (its columns) are not made into objects.
  const columns = prepared?.sentences?.columnsOf(factBase) ?? null;
  const { articles, people, quotes } = factBase;
  // Facts a build kept as their JSON, unless they were given out as objects (then read as such).
  const numbered = <K extends 'aid' | 'events'>(key: K): FactsToSave[K] => {
    const source = prepared?.source[key];
    return source !== undefined && 'keptIn' in source && source.keptIn(factBase, key) ? source : factBase[key];
  };
  const facts: FactsToSave = { articles, people, aid: numbered('aid'), events: numbered('events'), quotes };
  const sentences = columns ?? factBase.sentences;
  const count = columns?.count ?? factBase.sentences.length;
  const fits = prepared !== undefined && FACT_SECTIONS.every((section) => prepared.source[section] === facts[section]);
  const { encoded } = fits ? prepared : prepareFacts(facts, count);
  // Texts given apart are checked as they are encoded (file-sentences.ts), not read from the sentences.
  const texts = columns === null ? prepared?.sentences?.textsOf(factBase.sentences) : undefined;
  // The header's fields and the index, not the sentences (read only when they are objects).
  const head = HeadSchema.parse(Object.fromEntries(Object.keys(HeadSchema.shape).filter((key) => key in factBase).map((key) => [key, factBase[key as keyof FactBase]])));
  const ordered: FactBaseToWrite = { ...head, ...facts, sentences: columns ?? checkedSentences(sentences as Sentence[], texts === undefined) };
  const problem = indexProblem(ordered.index.docCount, count);
  if (problem !== null) throw new Error(`Not saving a fact base that ${problem}`);
  const directory = path.dirname(path.resolve(file));
  await mkdir(directory, { recursive: true });
  const temp = path.join(directory, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await writeAll(handle, fileBytes(encodeFactBase(ordered, encoded, texts)));
    await handle.sync();
    await handle.close();
    await rename(temp, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** The bytes of the records, in pieces: each payload's pieces are made as they are written. */
function* fileBytes(records: Iterable<FileRecord>): Generator<Buffer> {
  for (const { line, payload } of records) {
    yield Buffer.from(`${line}\n`, 'latin1');
    if (payload === null) continue;
    yield* payload;
    yield NEWLINE;
  }
}

/** Pieces are written this many bytes at a time or more: a run of texts can be a single short sentence. */
const WRITE_BYTES = 1 << 20;

/** Writes `pieces` in order, holding no more than about WRITE_BYTES of them (or one piece) at a time. */
async function writeAll(handle: FileHandle, pieces: Iterable<Buffer>): Promise<void> {
  let batch: Buffer[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    const bytes = batch.length === 1 ? batch[0]! : Buffer.concat(batch, size);
    for (let written = 0; written < bytes.length; ) written += (await handle.write(bytes, written)).bytesWritten;
    batch = [];
    size = 0;
  };
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= WRITE_BYTES) await flush();
  }
  if (size > 0) await flush();
}

/** `sentences` itself when every sentence is what SentenceSchema accepts (its text not read unless `withTexts`); throws otherwise. */
function checkedSentences(sentences: readonly Sentence[], withTexts: boolean): Sentence[] {
  const natural = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;
  sentences.forEach((s, i) => {
    const entitiesOk = s.entities === undefined || (natural(s.entities) && s.entities <= ALL_ENTITIES);
    const textOk = !withTexts || (typeof s.text === 'string' && s.text !== '');
    if (!natural(s.id) || typeof s.articleId !== 'string' || !textOk || !natural(s.paragraph) || !natural(s.group) || !entitiesOk) {
      // zod names what is wrong.
      SentenceSchema.parse(s);
      throw new Error(`sentences.${i} is not a valid sentence`);
    }
  });
  return sentences as Sentence[];
}

/** Cross-references of the facts that zod cannot check: every id points inside the fact base. */
function factReferenceProblem(data: Omit<FactsToSave, 'articles'>, count: number): string | null {
  const outOfRange = (ids: readonly number[]): number | undefined => ids.find((id) => id >= count);
  const personIds = new Set(data.people.map((p) => p.id));
  for (const person of data.people) {
    const bad = outOfRange(person.sentenceIds) ?? outOfRange(person.roles.map((r) => r.sentenceId));
    if (bad !== undefined) return `has person "${person.id}" citing missing sentence ${bad}`;
  }
  for (const facts of [data.aid, data.events]) {
    const bad = 'citingFrom' in facts ? facts.citingFrom(count) : facts.find((fact) => fact.sentenceId >= count)?.sentenceId;
    if (bad !== undefined) return `has a fact citing missing sentence ${bad}`;
  }
  for (const quote of data.quotes) {
    const bad = outOfRange(quote.sentenceIds);
    if (bad !== undefined) return `has quote ${quote.id} citing missing sentence ${bad}`;
    if (quote.speakerId !== null && !personIds.has(quote.speakerId)) return `has quote ${quote.id} by unknown person "${quote.speakerId}"`;
  }
  return null;
}

function indexProblem(docCount: number, count: number): string | null {
  return docCount === count ? null : `has an index of ${docCount} sentences for ${count} sentences`;
}

/** Reads, validates and indexes a fact-base file. Throws FactBaseError on any problem. */
export async function loadFactBase(file: string): Promise<LoadedFactBase> {
  let source: OpenFile;
  try {
    source = await OpenFile.open(file);
  } catch (error) {
    throw unreadable(file, error);
  }
  try {
    const { data, index, sha256 } = await decodeFactBase(source);
    // Sentences and the index were checked as they were decoded; the facts citing them are checked here.
    const problem = factReferenceProblem(data, data.sentences.length);
    if (problem !== null) throw new FactBaseError(file, problem);
    // The file stays open: the sentence texts are read from it when shown.
    return loaded(data, TfIdfIndex.fromParts(index), `${FACTBASE_VERSION}-${sha256.slice(0, 12)}`);
  } catch (error) {
    source.close();
    if (error instanceof FileFormatProblem) throw new FactBaseError(file, error.message);
    throw unreadable(file, error);
  }
}

function unreadable(file: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new FactBaseError(file, 'does not exist');
  if (typeof code === 'string') return new FactBaseError(file, `cannot be read (${code})`);
  return error;
}

function loaded(data: StoredFactBase, index: TfIdfIndex, version: string): LoadedFactBase {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const { sentences } = data;
  let members: Map<number, number[]> | null = null;
  const sentence = (id: number): Sentence => {
    const found = sentences.at(id);
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
        // Built on first use (most sessions never ask), from the group column alone.
        members = new Map();
        for (let id = 0; id < sentences.length; id++) {
          const of = sentences.group(id);
          if (of === id) continue;
          const list = members.get(of);
          if (list === undefined) members.set(of, [id]);
          else list.push(id);
        }
      }
      return [group, ...(members.get(group) ?? [])].map(sentence);
    },
  };
}
