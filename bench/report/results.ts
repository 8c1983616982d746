import type { ApiReport } from '../api/api';
import type { ColdStartResult } from '../cold-start/cold-start';
import type { IngestRow } from '../ingest/ingest';
import type { Machine } from '../lib/machine';
import type { ReingestReport } from '../reingest/reingest';
import type { ScaleRow } from '../scale/scale';

// Everything one run measured; sections not run (or failed) are absent or carry an error.

export interface Section<T> {
  value?: T;
  error?: string;
  seconds: number;
}

export interface BenchResults {
  date: string;
  mode: 'quick' | 'full';
  command: string;
  machine: Machine;
  settings: Record<string, unknown>;
  ingest?: Section<IngestRow[]>;
  api?: Section<ApiReport>;
  scale?: Section<ScaleRow[]>;
  coldStart?: Section<ColdStartResult>;
  reingest?: Section<ReingestReport>;
}
