import { parentPort, workerData } from 'node:worker_threads';
import { extractWithin } from '../extract';
import type { Job, Reply, WorkerData } from './protocol';
import { encodeFacts } from './wire';

// A worker thread: segments and extracts the documents it is sent, one job at a time.

const { lexicon, limits } = workerData as WorkerData;

parentPort?.on('message', (job: Job) => {
  let reply: Reply;
  try {
    reply = { id: job.id, facts: job.documents.map((d) => encodeFacts([extractWithin(d, lexicon, limits)])) };
  } catch (err) {
    reply = { id: job.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort?.postMessage(reply);
});
