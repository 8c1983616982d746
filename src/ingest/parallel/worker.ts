import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from '../extract';
import { segment } from '../segment';
import type { Job, Reply, WorkerData } from './protocol';
import { encodeFacts } from './wire';

// A worker thread: segments and extracts the documents it is sent, one job at a time.

const { lexicon } = workerData as WorkerData;

parentPort?.on('message', (job: Job) => {
  let reply: Reply;
  try {
    reply = { id: job.id, facts: encodeFacts(job.documents.map((d) => extractDocument(segment(d, lexicon), lexicon))) };
  } catch (err) {
    reply = { id: job.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort?.postMessage(reply);
});
