import { QUERY_NAMES } from '../api/queries';
import type { BenchResults } from './results';
import { num, table } from './table';
import { checkTargets, mixRps, queryRps } from './targets';

// One Markdown block per measured section.

export function targetsBlock(r: BenchResults): string {
  const rows = checkTargets(r).map((c) => [c.target, c.measured, c.met === null ? 'not measured' : c.met ? 'met' : '**missed**', c.gap]);
  return table(['Target', 'Measured', 'Status', 'Miss'], rows);
}

export function ingestBlock(r: BenchResults): string {
  const rows = (r.ingest?.value ?? []).map((x) =>
    x.error
      ? [x.corpus, '–', '–', '–', '–', '–', '–', '–', '–', '–', `failed: ${x.error}`]
      : [
          x.corpus,
          x.documents,
          num(x.mb, 2),
          num(x.readS + x.buildS, 2),
          num(x.mbPerS, 3),
          num(x.sPerMb, 2),
          x.warmMbPerS ? num(x.warmMbPerS, 3) : '–',
          num(x.peakRssMb, 0),
          `${x.nodes.toLocaleString('en')} / ${x.relationships.toLocaleString('en')}`,
          `${num(x.sliceS, 2)} + ${num(x.storeS, 2)}`,
          [x.rejected ? `${x.rejected} rejected` : '', x.storeError ? `store refused a slice: ${x.storeError.slice(0, 90)}` : '']
            .filter(Boolean)
            .join('; '),
        ],
  );
  return table(
    ['Corpus', 'Docs', 'MB', 'Pipeline s', 'MB/s', 's per MB', 'Warm MB/s', 'Peak RSS MB', 'Nodes / rels', 'Slice + store s', 'Notes'],
    rows,
  );
}

export function apiMixBlock(r: BenchResults): string {
  const api = r.api?.value;
  if (!api) return '';
  const rows = api.rows
    .filter((x) => x.query === 'mix')
    .map((x) => [
      x.server,
      x.connections,
      num(x.rps, 0),
      num(x.p50, 1),
      num(x.p99, 1),
      x.errors + x.non2xx,
      num(x.rps / mixRps(r, 'floor', x.connections), 2),
      num(x.rps / mixRps(r, 'stock', x.connections), 2),
    ]);
  return table(['Server', 'Connections', 'Req/s', 'p50 ms', 'p99 ms', 'Errors', '× floor', '× stock'], rows);
}

export function apiPerQueryBlock(r: BenchResults): string {
  const api = r.api?.value;
  if (!api) return '';
  const floorCpu = (q: string) => api.rows.find((x) => x.query === q && x.server === 'floor')?.cpuUsPerRequest ?? null;
  const rows = QUERY_NAMES.flatMap((q) =>
    api.rows
      .filter((x) => x.query === q)
      .map((x) => [
        q,
        x.server,
        x.connections,
        num(x.rps, 0),
        num(x.p50, 1),
        num(x.p99, 1),
        x.errors + x.non2xx,
        num(x.rps / queryRps(r, 'floor', q), 2),
        x.cpuUsPerRequest == null ? '–' : num(x.cpuUsPerRequest, 0),
        x.cpuUsPerRequest == null || floorCpu(q) == null ? '–' : num((floorCpu(q) as number) / x.cpuUsPerRequest, 2),
      ]),
  );
  return table(
    ['Query', 'Server', 'Connections', 'Req/s', 'p50 ms', 'p99 ms', 'Errors', '× floor', 'Main-thread CPU µs/req', 'Floor CPU ÷ this CPU'],
    rows,
  );
}

export function storeCallsBlock(r: BenchResults): string {
  const api = r.api?.value;
  if (!api) return '';
  const detail = (c: Record<string, number>) =>
    Object.entries(c)
      .filter(([k]) => k !== 'version')
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  const rows = QUERY_NAMES.map((q) => [
    q,
    api.calls.ours[q].total,
    detail(api.calls.ours[q].counts),
    api.calls.stock[q].total,
    detail(api.calls.stock[q].counts),
    api.responseBytes[q],
    api.sameData[q] ? 'yes' : 'no',
  ]);
  return table(
    ['Query', 'Ours: calls', 'Ours: by method', 'Stock: calls', 'Stock: by method', 'Response bytes', 'Same data as stock'],
    rows,
  );
}

export function scaleBlock(r: BenchResults): string {
  const rows = (r.scale?.value ?? []).map((x) =>
    x.error
      ? [x.target.toLocaleString('en'), '–', '–', '–', '–', '–', '–', '–', '–', `failed: ${x.error}`]
      : [
          x.target.toLocaleString('en'),
          `${x.nodes.toLocaleString('en')} / ${x.relationships.toLocaleString('en')}`,
          num(x.buildS, 1),
          num(x.rssMb, 0),
          num(x.peakRssMb, 0),
          `${num(x.lineageCold.p50, 1)} / ${num(x.lineageCold.p99, 1)}`,
          `${num(x.lineage.p50, 2)} / ${num(x.lineage.p99, 2)}`,
          `${num(x.timeline.p50, 2)} / ${num(x.timeline.p99, 2)}`,
          `${num(x.search.p50, 2)} / ${num(x.search.p99, 2)}`,
          [
            `first search ${num(x.searchFirstMs, 1)} ms`,
            x.indexedBeforeFirstSearch !== undefined ? `${x.indexedBeforeFirstSearch.toLocaleString('en')} nodes indexed before it` : '',
            x.snapshot
              ? `snapshot load ${num(x.snapshot.loadMs / 1000, 1)} s, then first search ${num(x.snapshot.firstSearchMs, 1)} ms (${x.snapshot.indexed.toLocaleString('en')} indexed at load)`
              : '',
            `samples ${Object.values(x.sampled ?? {}).join('/')}`,
          ]
            .filter(Boolean)
            .join('; '),
        ],
  );
  return table(
    [
      'Target nodes',
      'Nodes / rels',
      'Build s',
      'RSS MB',
      'Peak RSS MB',
      'Lineage first call p50/p99 ms',
      'Lineage p50/p99 ms',
      'Timeline p50/p99 ms',
      'Search p50/p99 ms',
      'Notes',
    ],
    rows,
  );
}

export function coldStartBlock(r: BenchResults): string {
  const c = r.coldStart?.value;
  if (!c) return '';
  return table(
    ['Runs', 'Median ms', 'Max ms', 'Listening after (median) ms', 'Notes'],
    [
      [
        c.runs.length,
        num(c.medianMs, 0),
        num(c.maxMs, 0),
        num(c.listenMs.length ? [...c.listenMs].sort((a, b) => a - b)[Math.floor(c.listenMs.length / 2)] : NaN, 0),
        c.error ?? '',
      ],
    ],
  );
}

export function reingestBlock(r: BenchResults): string {
  const x = r.reingest?.value;
  if (!x) return '';
  const rows = x.runs.map((y) => [
    y.run,
    y.documents,
    y.extracted,
    num(y.loadS, 2),
    num(y.readS, 2),
    num(y.syncS, 2),
    num(y.saveS, 2),
    num(y.totalS, 2),
    num(y.peakRssMb, 0),
    `${y.nodes.toLocaleString('en')} / ${y.relationships.toLocaleString('en')}`,
  ]);
  return (
    `${table(['Run', 'Docs', 'Extracted', 'Load snapshot + cache s', 'Read s', 'Sync s', 'Save s', 'Total s', 'Peak RSS MB', 'Nodes / rels'], rows)}\n\n` +
    `Re-ingest / first ingest: ${num(x.ratio * 100, 1)}% end to end, ${num(x.syncRatio * 100, 1)}% of the sync (extract + resolve + link + store).`
  );
}
