import { buildGraph, formatEntityKinds, scoreCorpusEntities } from '../src/ingest';

// `node dist/bench/entities.js DOCS_DIR GOLD_DIR [--misses]`: plans, agencies and projects of
// the real-document gold, recall and precision per split and per document (a tuning aid; the
// bar itself is test/ingest/corpus-entities.test.ts).

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const [docs, gold] = args.filter((a) => !a.startsWith('--'));
  if (!docs || !gold) {
    console.error('usage: node dist/bench/entities.js DOCS_DIR GOLD_DIR [--misses] [--split tune]');
    process.exitCode = 2;
    return;
  }
  const run = await scoreCorpusEntities(docs, gold, (d) => buildGraph(d));
  console.log(formatEntityKinds(run.report));
  if (args.includes('--misses')) {
    const split = args.includes('--holdout') ? 'holdout' : 'tune';
    for (const [kind, s] of Object.entries(run.report.splits[split] ?? {})) {
      console.log(`\n${kind} not found:\n  ${s.recall.misses.join('\n  ')}`);
      console.log(`${kind} not in gold:\n  ${s.precision.misses.join('\n  ')}`);
    }
  }
}

void main();
