// Worker-thread entry of the build's pool (see build-pool.ts): runs one task per message.
import { parentPort } from 'node:worker_threads';
import { processChunk, transferablesOf } from './build-chunk.js';
import { groupNearDuplicateSets } from './near-duplicates.js';
import type { PoolResult, PoolTask } from './build-pool.js';

const port = parentPort;
if (port === null) throw new Error('build-worker.ts must run as a worker thread');

port.on('message', (task: PoolTask) => {
  const run = async (): Promise<PoolResult> => {
    if (task.kind === 'chunk') {
      const result = await processChunk(task.articlesDir, task.files);
      return { id: task.id, kind: 'chunk', result };
    }
    const start = performance.now();
    const groups = Int32Array.from(groupNearDuplicateSets(task.chunks));
    return { id: task.id, kind: 'groups', groups, ms: performance.now() - start };
  };
  run().then(
    (reply) => {
      const transfer = reply.kind === 'chunk' ? transferablesOf(reply.result.files) : [reply.groups.buffer as ArrayBuffer];
      port.postMessage(reply, transfer as ArrayBuffer[]);
    },
    (error: unknown) => port.postMessage({ id: task.id, kind: 'error', error }),
  );
});
