import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentRecord } from '../../model';
import { DEFAULT_EXTRACT_LIMITS, extractWithin, type DocumentFacts, type ExtractLimits } from '../extract';
import type { Lexicon } from '../lexicon';
import type { Job, Reply, WorkerData } from './protocol';
import { decodeFacts, encodeFacts } from './wire';

// Segment and extract read one document at a time and share nothing, so they spread over
// worker threads; resolve and link need the whole corpus and stay on the calling thread.
// Starting a worker is not free, so small batches run in this thread.

/** Documents per job: small enough to balance the workers, large enough to amortise a message. */
const JOB_SIZE = 16;
/**
 * Automatic mode uses a thread per this many documents at most: each worker loads the pipeline
 * and warms its JIT afresh (about 1.5 s here), which 100 documents do not repay (measured:
 * 6.5 s threaded vs 4.7 s in-process) and 1,000 do, slightly (27.3 s vs 29.3 s).
 */
const MIN_PER_WORKER = 200;

const WORKER_SCRIPT = join(__dirname, 'worker.js');

/**
 * Threads for `count` documents: `requested` when given (at most one per document), else one
 * per CPU as far as the batch repays them.
 */
export function workersFor(count: number, requested = 0): number {
  // Compiled code only: under ts-jest the worker script does not exist as JavaScript.
  if (!existsSync(WORKER_SCRIPT)) return 1;
  if (requested > 0) return Math.max(1, Math.min(requested, count));
  return Math.max(1, Math.min(availableParallelism(), Math.floor(count / MIN_PER_WORKER)));
}

type Progress = (done: number, total: number) => void;
/**
 * Takes a document's facts in the compact form of wire.ts, when a worker sent them so (by index
 * given): they are not decoded here, and that document's entry in the result is left undefined.
 */
type OnWire = (index: number, wire: string) => void;

const extractHere = (documents: DocumentRecord[], lexicon: Lexicon, progress?: Progress, limits?: ExtractLimits): DocumentFacts[] =>
  documents.map((d, i) => {
    const facts = extractWithin(d, lexicon, limits);
    progress?.(i + 1, documents.length);
    return facts;
  });

/**
 * Each document's facts, in the order given, using up to `workers` threads. `onWire` takes the
 * compact form a worker sent instead (the facts cache keeps it as it came, and a build decodes it
 * only when resolve reaches the document): those entries are left undefined.
 */
export async function extractAll(
  documents: DocumentRecord[],
  lexicon: Lexicon,
  workers?: number,
  progress?: Progress,
  limits?: ExtractLimits,
): Promise<DocumentFacts[]>;
export async function extractAll(
  documents: DocumentRecord[],
  lexicon: Lexicon,
  workers: number | undefined,
  progress: Progress | undefined,
  limits: ExtractLimits | undefined,
  onWire: OnWire,
): Promise<(DocumentFacts | undefined)[]>;
export async function extractAll(
  documents: DocumentRecord[],
  lexicon: Lexicon,
  workers = 0,
  progress?: Progress,
  limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS,
  onWire?: OnWire,
): Promise<(DocumentFacts | undefined)[]> {
  const threads = workersFor(documents.length, workers);
  if (threads <= 1) return extractHere(documents, lexicon, progress, limits);
  let done = 0;
  const jobs: Job[] = [];
  for (let i = 0; i < documents.length; i += JOB_SIZE) jobs.push({ id: jobs.length, documents: documents.slice(i, i + JOB_SIZE) });
  const results: (DocumentFacts | undefined)[][] = new Array(jobs.length);
  const data: WorkerData = { lexicon, limits };
  // This thread is one of the extractors: a worker fewer loads the pipeline and warms its JIT afresh,
  // and the documents extracted here are neither encoded nor decoded (unless `onWire` takes that form).
  const pool = Array.from({ length: threads - 1 }, () => new Worker(WORKER_SCRIPT, { workerData: data }));
  let next = 0;
  const finished = (job: Job) => {
    done += job.documents.length;
    progress?.(done, documents.length);
  };
  // A failure anywhere stops every extractor taking another job.
  const stop = () => {
    next = jobs.length;
  };
  const here = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      try {
        results[job.id] = job.documents.map((d, i) => {
          const facts = extractWithin(d, lexicon, limits);
          if (!onWire) return facts;
          onWire(job.id * JOB_SIZE + i, encodeFacts([facts]));
          return undefined;
        });
      } catch (err) {
        stop();
        throw new Error(`extraction failed in this thread: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`, {
          cause: err,
        });
      }
      finished(job);
      // Between jobs the workers' replies come in and each is sent its next job.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  try {
    // The workers are sent their first jobs before this thread takes its own.
    const working = pool.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let inFlight = 0;
          const feed = () => {
            if (next >= jobs.length) {
              if (inFlight === 0) resolve();
              return;
            }
            inFlight++;
            worker.postMessage(jobs[next++]);
          };
          worker.on('message', (reply: Reply) => {
            inFlight--;
            if ('error' in reply) {
              stop();
              reject(new Error(`extraction failed in a worker: ${reply.error}`));
              return;
            }
            const job = jobs[reply.id];
            results[reply.id] = reply.facts.map((wire, i) => {
              if (!onWire) return decodeFacts(wire, [job.documents[i]])[0];
              onWire(job.id * JOB_SIZE + i, wire);
              return undefined;
            });
            finished(job);
            feed();
          });
          worker.on('error', (err) => {
            stop();
            reject(err);
          });
          worker.on('exit', (code) => {
            if (next < jobs.length || inFlight > 0 || code !== 0) reject(new Error(`extraction worker exited with code ${code}`));
          });
          // Two jobs queued: the worker starts its next while this thread, busy with its own job, has not yet read its reply.
          feed();
          feed();
        }),
    );
    await Promise.all([...working, here()]);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results.flat();
}
