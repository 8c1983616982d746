// read: files and folders → DocumentRecords, with a reason for every file not read (读取文档).
export { readDocuments } from './read-documents';
export { DEFAULT_READ_LIMITS, type ReadLimits } from './limits';
export { CONVERT_FIRST_EXTENSIONS, DOCUMENT_EXTENSIONS } from './collect';
export { documentId } from './record';
export type { Rejection, Duplicate, ReadResult } from './types';
