// Worker-thread entry of the build's pool (see build-pool.ts): runs the tasks it is sent, one at a time.
import { parentPort, threadId } from 'node:worker_threads';
import { groupNearDuplicatePieces } from './near-duplicates.js';
import { buildIndexFromTerms } from '../factbase/index-build.js';
import type { PoolResult, PoolTask } from './build-pool.js';

if (parentPort === null) throw new Error('build-worker.ts must run as a worker thread');
const port = parentPort;

// Tasks run one after another in the order they came (the pool sends the next one ahead).
let previous: Promise<void> = Promise.resolve();
/**
 * The per-article work (build-chunk.ts: compromise, chrono and the extractors), loaded with the
 * first chunk: a worker sent only a whole-coverage step (an add-one's index) never loads it
 * (~0.25 s of CPU). A worker serves one build: its chunks' words are numbered into one set of
 * vocabularies.
 */
let chunkWork: Promise<{ module: typeof import('./build-chunk.js'); vocabularies: import('./build-chunk.js').ThreadVocabularies }> | null = null;
const loadChunkWork = (): NonNullable<typeof chunkWork> =>
  (chunkWork ??= import('./build-chunk.js').then((module) => ({ module, vocabularies: new module.ThreadVocabularies() })));

port.on('message', (task: PoolTask) => {
  previous = previous.then(() => runTask(task));
});

function runTask(task: PoolTask): Promise<void> {
  // The reply, and the buffers it hands over.
  const run = async (): Promise<[PoolResult, ArrayBufferLike[]]> => {
    if (task.kind === 'chunk') {
      const { module, vocabularies } = await loadChunkWork();
      const result = await module.processChunk(task.articlesDir, task.files, vocabularies, task.withKeys, task.read);
      module.detachVocabularies(result);
      module.shareColumns(result);
      return [{ id: task.id, kind: 'chunk', result, thread: threadId }, []];
    }
    const start = performance.now();
    // Pieces are read as they are, not joined first (the index memoises the mapping of each vocabulary).
    if (task.kind === 'index') {
      const index = buildIndexFromTerms(task.pieces);
      return [{ id: task.id, kind: 'index', index, ms: performance.now() - start }, [index.directory.buffer, index.postings.buffer, index.lengths.buffer]];
    }
    const groups = Int32Array.from(groupNearDuplicatePieces(task.pieces));
    return [{ id: task.id, kind: 'groups', groups, ms: performance.now() - start }, [groups.buffer]];
  };
  return run().then(
    ([reply, transfer]) => port.postMessage(reply, transfer as ArrayBuffer[]),
    (error: unknown) => port.postMessage({ id: task.id, kind: 'error', error }),
  );
}
