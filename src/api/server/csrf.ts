import type { IncomingMessage } from 'node:http';

// Apollo's CSRF rule, checked by us before the response cache: a request a browser could send
// without a preflight (GET, or POST with a "simple" content type) must carry one of the preflight
// headers. Otherwise a cached answer would reach a request Apollo itself refuses with 400.

const SIMPLE_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

export function passesCsrfCheck(req: IncomingMessage): boolean {
  if (PREFLIGHT_HEADERS.some((h) => req.headers[h] !== undefined)) return true;
  const type = req.headers['content-type'];
  if (type === undefined) return false;
  const mime = type.split(';')[0]!.trim().toLowerCase();
  return mime !== '' && !SIMPLE_TYPES.has(mime);
}
