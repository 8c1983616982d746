import { formatQuality, loadGold, scoreGraph } from '../../src/ingest/score';
import { GOLD_DIR, loadPipeline, seedGraph } from './link/seed-pipeline';
it('seed misses', async () => {
  const p = loadPipeline()!;
  const r = scoreGraph(await seedGraph(p), loadGold(GOLD_DIR));
  console.log(formatQuality(r), [...r.values.recall.misses, ...r.values.precision.misses, ...r.entities.recall.misses, ...r.lineage.recall.misses].join('\n'));
});
