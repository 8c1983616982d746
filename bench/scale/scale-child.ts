import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore, loadSnapshot, saveSnapshot } from '../../src/graph';
import { buildTimeline, type EndInfo } from '../../src/api/services/timeline';
import { rngFor, int, pick } from '../generate/prng';
import { WORDS, DOMAINS } from '../generate/vocabulary';
import { reply } from '../lib/child';
import { peakRssMb, percentile, rssMb, timeEach } from '../lib/stats';
import { synthSlices } from './synth-graph';

// The embedded store at a given size, in a fresh process: build time, memory, and latency of
// lineage, an indicator timeline (store calls + the API's timeline service) and search.
// argv[2]: JSON { seed, nodes, samples }.

interface Args {
  seed: string;
  nodes: number;
  samples: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
/** Each query kind samples for at most this long, so a slow kind at 1M nodes stays bounded. */
const BUDGET_MS = 60_000;
/** A snapshot of a million nodes is gigabytes of JSON (beyond V8's string limit): smaller sizes only. */
const SNAPSHOT_MAX_NODES = 200_000;

/** Saves the store, loads it into a new one and times the first search there (a load is a write). */
async function snapshotRoundTrip(store: EmbeddedStore, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'pg-scale-'));
  try {
    const file = join(dir, 'graph.json');
    await saveSnapshot(store, file);
    const t0 = performance.now();
    const loaded = await loadSnapshot(file);
    const loadMs = performance.now() - t0;
    const indexed = loaded.searchIndexSize();
    const [firstSearchMs] = await timeEach(1, () => loaded.search({ text, limit: 10 }));
    return { loadMs, indexed, firstSearchMs: firstSearchMs! };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

reply(async () => {
  const { seed, nodes: target, samples } = JSON.parse(process.argv[2] ?? '{}') as Args;
  const store = new EmbeddedStore();
  await store.init();
  const indicatorIds: string[] = [];
  const platformNames: string[] = [];
  let nodes = 0;
  let relationships = 0;
  const t0 = performance.now();
  for (const s of synthSlices(seed, target)) {
    await store.applyDocument(s.slice);
    nodes += s.nodes;
    relationships += s.relationships;
    for (const n of s.slice.nodes) {
      if (n.label === 'Indicator' && indicatorIds.length < 5000) indicatorIds.push(n.id);
      if (n.label === 'Platform' && platformNames.length < 5000) platformNames.push(n.name);
    }
  }
  const buildMs = performance.now() - t0;
  gc?.();
  const rssAfterBuild = rssMb();
  const rng = rngFor(seed, 'scale-queries');
  const year = () => 2019 + int(rng, 0, 11);

  // First lineage call per year pair computes and memoises the year's links: report it apart.
  const lineageCold = await timeEach(12, (i) => store.lineage({ fromYear: 2019 + i, toYear: 2019 + i, limit: 20 }));
  const lineage = await timeEach(
    samples,
    (i) => {
      const y = year();
      return store.lineage({ fromYear: y, toYear: y, limit: 20, indicatorId: i % 2 === 0 ? pick(rng, indicatorIds) : undefined });
    },
    BUDGET_MS,
  );
  const timeline = await timeEach(
    samples,
    async () => {
      const rels = await store.relationships({ nodeIds: [pick(rng, indicatorIds)], direction: 'IN', types: ['SETS_TARGET', 'MEASURED'] });
      const ends = await store.getNodes(rels.map((r) => r.from));
      const info = new Map<string, EndInfo>();
      for (const n of ends) if (n) info.set(n.id, { year: n.properties.year as number | undefined, sources: n.sources });
      return buildTimeline(rels, info);
    },
    BUDGET_MS,
  );
  const terms = [...Object.values(WORDS.topics).flat(), ...DOMAINS];
  // The writes built the index; the first search (no memo yet) is timed apart from the samples.
  const indexedBeforeFirstSearch = store.searchIndexSize();
  const firstTerm = pick(rng, terms);
  const searchFirst = await timeEach(1, () => store.search({ text: firstTerm, limit: 10 }));
  const search = await timeEach(
    samples,
    (i) => store.search({ text: i % 2 === 0 ? pick(rng, terms) : pick(rng, platformNames), limit: 10 }),
    BUDGET_MS,
  );
  const summary = (xs: number[]) => ({ p50: percentile(xs, 50), p99: percentile(xs, 99) });
  const peak = peakRssMb();
  const snapshot = nodes <= SNAPSHOT_MAX_NODES ? await snapshotRoundTrip(store, firstTerm) : undefined;
  return {
    nodes,
    relationships,
    buildMs,
    rssAfterBuildMb: rssAfterBuild,
    peakRssMb: peak,
    lineageCold: summary(lineageCold),
    lineage: summary(lineage),
    timeline: summary(timeline),
    search: summary(search),
    searchFirstMs: searchFirst[0],
    indexedBeforeFirstSearch,
    snapshot,
    sampled: { lineage: lineage.length, timeline: timeline.length, search: search.length },
  };
});
