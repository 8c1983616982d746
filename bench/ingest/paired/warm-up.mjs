// Extraction CPU per document in one thread, in chunks from a cold start, for one built tree: how much of a run
// is the isolate warming up (each extraction worker pays it again) and what a warm document costs.
// Usage: node bench/ingest/paired/warm-up.mjs TREE CORPUS_DIR
import { resolve } from 'node:path';
import { createRequire } from 'node:module';

const [tree, corpus] = process.argv.slice(2);
if (!tree || !corpus) {
  console.error('usage: node bench/ingest/paired/warm-up.mjs TREE CORPUS_DIR');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const ingest = require(resolve(tree, 'dist/src/ingest'));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const { documents } = await ingest.readDocuments([corpus], { maxFiles: 1e6, maxBytes: 5e7, timeoutMs: 3.6e6 });
const lexicon = ingest.loadLexicon();
const docs = [...documents].sort((a, b) => (a.id < b.id ? -1 : 1));
for (const [from, to] of [
  [0, 1],
  [1, 11],
  [11, 51],
  [51, 151],
  [151, 351],
  [351, 551],
]) {
  if (to > docs.length) break;
  const t = cpu();
  await ingest.extractAll(docs.slice(from, to), lexicon, 0);
  console.log(`documents ${from + 1}–${to}: ${(((cpu() - t) / (to - from)) * 1000).toFixed(1)} ms each`);
}
