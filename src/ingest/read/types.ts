import type { DocumentRecord } from '../../model';

/** A file that was not read, and why (one line). */
export interface Rejection {
  path: string;
  reason: string;
}

/** A file whose text is the same as an earlier one: only the first is a document. */
export interface Duplicate {
  path: string;
  sameAs: string;
}

export interface ReadResult {
  documents: DocumentRecord[];
  rejected: Rejection[];
  duplicates: Duplicate[];
}

/** A regular file found on disk, not yet read. */
export interface Candidate {
  /** As given, or the given folder joined with the file's place under it. */
  path: string;
  /** After resolving symlinks: the same file reached twice is read once. */
  realPath: string;
  size: number;
  /** What clients see as the document's path: never the server's absolute path (see collect.ts). */
  shownPath: string;
}
