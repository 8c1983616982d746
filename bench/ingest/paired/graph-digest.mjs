// The graph a built tree makes of one corpus folder, as one sha256 over every document, node and
// relationship (JSON, in output order): two trees that should build the same graph must print the
// same digest. Built both in this thread and over two worker threads, which carry facts as wire text.
// Usage: node bench/ingest/paired/graph-digest.mjs TREE CORPUS_DIR
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createRequire } from 'node:module';

const [tree, path] = process.argv.slice(2);
if (!tree || !path) {
  console.error('usage: node bench/ingest/paired/graph-digest.mjs TREE CORPUS_DIR');
  process.exit(2);
}
// A folder that is not there would read as an empty corpus and print a digest of nothing.
if (!existsSync(path)) {
  console.error(`graph-digest: no such corpus folder: ${path}`);
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { buildGraph, buildGraphParallel, readDocuments } = require(resolve(tree, 'dist/src/ingest'));

const digest = (graph) => {
  const h = createHash('sha256');
  for (const part of [graph.documents, graph.nodes, graph.relationships]) {
    for (const item of part) h.update(JSON.stringify(item)).update('\n');
    h.update('\u0000');
  }
  return h.digest('hex').slice(0, 16);
};

const read = await readDocuments([relative(process.cwd(), path) || '.'], {
  maxFiles: 1_000_000,
  maxBytes: 50_000_000,
  timeoutMs: 3_600_000,
});
if (read.documents.length === 0) {
  console.error(`graph-digest: no documents read from ${path}`);
  process.exit(2);
}
const serial = buildGraph(read.documents);
const inThread = digest(serial);
const counts = `${serial.documents.length} documents, ${serial.nodes.length} nodes, ${serial.relationships.length} relationships`;
const threaded = digest(await buildGraphParallel(read.documents, { workers: 2 }));
console.log(`${path}: ${counts}; in-thread ${inThread}, two workers ${threaded}`);
