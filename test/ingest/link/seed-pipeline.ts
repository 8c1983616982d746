import { join } from 'node:path';
import type { DocumentRecord, Graph } from '../../../src/model';
import { buildGraph, readDocuments } from '../../../src/ingest';

// The whole ingest pipeline over the seeds, for the tests that judge its output.

export interface Pipeline {
  readDocuments(paths: string[]): Promise<{ documents: DocumentRecord[] }>;
  buildGraph(documents: DocumentRecord[]): Graph;
}

export const SEEDS_DIR = join(__dirname, '../../../seeds');
export const GOLD_DIR = join(__dirname, '../../gold');

export function loadPipeline(): Pipeline {
  return { readDocuments: (paths) => readDocuments(paths), buildGraph: (docs) => buildGraph(docs) };
}

let built: Promise<Graph> | undefined;
/** The seed graph, built once per test file. */
export function seedGraph(p: Pipeline): Promise<Graph> {
  built ??= p.readDocuments([SEEDS_DIR]).then((r) => p.buildGraph(r.documents));
  return built;
}
