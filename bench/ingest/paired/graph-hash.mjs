// The graph a built tree gives for a corpus, as one sha256 over every node, relationship and document
// (JSON, in output order), so two trees can be checked to build the same graph. Built plainly, and
// with `cache`, also through a fresh facts cache (workers, then its hits) and from that cache saved
// and loaded, the way `plangraph ingest` builds.
// Usage: node bench/ingest/paired/graph-hash.mjs TREE CORPUS_DIR [cache]
// Run both trees from one folder: each document's path is read relative to it, and is in the hash.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const [tree, corpus, mode] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const ing = require(join(resolve(tree), 'dist/src/ingest'));

const hash = (graph) => {
  const h = createHash('sha256');
  for (const key of ['nodes', 'relationships', 'documents']) for (const x of graph[key]) h.update(JSON.stringify(x));
  return h.digest('hex').slice(0, 16);
};

const read = await ing.readDocuments([relative(process.cwd(), corpus)], { maxFiles: 1e6, maxBytes: 5e7, timeoutMs: 3.6e6 });
const out = [];
const plain = async () => {
  const g = await ing.buildGraphParallel(read.documents);
  return `plain=${hash(g)} nodes=${g.nodes.length} rels=${g.relationships.length}`;
};
out.push(await plain());
if (mode === 'cache') {
  const cache = new ing.FactsCache();
  out.push(`fresh=${hash(await ing.buildGraphParallel(read.documents, { cache, workers: 2 }))}`);
  out.push(`hits=${hash(await ing.buildGraphParallel(read.documents, { cache, workers: 2 }))}`);
  const file = join(tmpdir(), `graph-hash-${process.pid}.facts`);
  await ing.saveFactsCache(cache, file);
  const loaded = await ing.loadFactsCache(file);
  out.push(`loaded=${hash(await ing.buildGraphParallel(read.documents, { cache: loaded, workers: 2 }))}`);
  unlinkSync(file);
}
console.log(corpus, out.join(' '));
