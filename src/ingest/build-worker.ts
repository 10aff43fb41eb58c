// Worker-thread entry of the build's pool (see build-pool.ts): runs the tasks it is sent, one at a time.
import { parentPort, threadId } from 'node:worker_threads';
import { detachVocabularies, processChunk, ThreadVocabularies, transferablesOf } from './build-chunk.js';
import { concatWordSets } from './meaning-words.js';
import { groupNearDuplicateSets } from './near-duplicates.js';
import { buildIndexFromTerms } from '../factbase/index-build.js';
import { concatIdSets } from '../factbase/vocabulary.js';
import type { PoolResult, PoolTask } from './build-pool.js';

if (parentPort === null) throw new Error('build-worker.ts must run as a worker thread');
const port = parentPort;

// Tasks run one after another in the order they came (the pool sends the next one ahead).
let previous: Promise<void> = Promise.resolve();
// A worker serves one build: its chunks' words are numbered into one set of vocabularies.
const vocabularies = new ThreadVocabularies();

port.on('message', (task: PoolTask) => {
  previous = previous.then(() => runTask(task));
});

function runTask(task: PoolTask): Promise<void> {
  const run = async (): Promise<PoolResult> => {
    if (task.kind === 'chunk') {
      const result = await processChunk(task.articlesDir, task.files, vocabularies, task.withKeys);
      detachVocabularies(result);
      return { id: task.id, kind: 'chunk', result, thread: threadId };
    }
    const start = performance.now();
    if (task.kind === 'index') {
      const index = buildIndexFromTerms(['pieces' in task ? concatIdSets(task.pieces) : task.terms]);
      return { id: task.id, kind: 'index', index, ms: performance.now() - start };
    }
    const groups = Int32Array.from(groupNearDuplicateSets('pieces' in task ? [concatWordSets(task.pieces)] : task.chunks));
    return { id: task.id, kind: 'groups', groups, ms: performance.now() - start };
  };
  return run().then(
    (reply) => {
      const transfer =
        reply.kind === 'chunk'
          ? transferablesOf(reply.result.files)
          : reply.kind === 'index'
            ? [reply.index.directory.buffer, reply.index.postings.buffer, reply.index.lengths.buffer]
            : [reply.groups.buffer];
      port.postMessage(reply, transfer as ArrayBuffer[]);
    },
    (error: unknown) => port.postMessage({ id: task.id, kind: 'error', error }),
  );
}
