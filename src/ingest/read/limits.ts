import { DEFAULT_MAX_BYTES } from '../decode';

/** How much one call to readDocuments may read. */
export interface ReadLimits {
  /** Files larger than this are rejected by size, before they are read. */
  maxBytes: number;
  /** Files beyond this many are not read (and the walk stops). */
  maxFiles: number;
  /** Budget for the whole call; files not read in time are rejected. */
  timeoutMs?: number;
}

export const DEFAULT_READ_LIMITS: Readonly<Required<ReadLimits>> = {
  maxBytes: DEFAULT_MAX_BYTES,
  maxFiles: 10_000,
  timeoutMs: 120_000,
};

export function withDefaults(limits: Partial<ReadLimits> = {}): Required<ReadLimits> {
  return {
    maxBytes: limits.maxBytes ?? DEFAULT_READ_LIMITS.maxBytes,
    maxFiles: limits.maxFiles ?? DEFAULT_READ_LIMITS.maxFiles,
    timeoutMs: limits.timeoutMs ?? DEFAULT_READ_LIMITS.timeoutMs,
  };
}
