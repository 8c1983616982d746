import type { DocumentRecord } from '../../model';
import type { ExtractLimits } from '../extract';
import type { Lexicon } from '../lexicon';

// Messages between the pool and its workers. Facts come back in the compact form of wire.ts, one
// string per document: the form the facts cache keeps, so the calling thread need not encode them again.

export interface WorkerData {
  lexicon: Lexicon;
  limits: ExtractLimits;
}

export interface Job {
  id: number;
  documents: DocumentRecord[];
}

export type Reply = { id: number; facts: string[] } | { id: number; error: string };
