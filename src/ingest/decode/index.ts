// decode: bytes → the document text all offsets refer to (解码); PDF and Word files by their text.
export { decodeDocument, DEFAULT_MAX_BYTES, type Decoded, type DecodeOptions } from './decode';
export { decodeFile } from './decode-file';
export { DocumentRejected } from './rejected';
