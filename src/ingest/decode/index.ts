// decode: bytes → the document text all offsets refer to (解码).
export { decodeDocument, DEFAULT_MAX_BYTES, type Decoded, type DecodeOptions } from './decode';
export { DocumentRejected } from './rejected';
