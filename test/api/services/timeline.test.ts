import { buildTimeline, unitsAgree, type EndInfo } from '../../../src/api/services';
import type { GraphRelationship, Properties, SourceSpan } from '../../../src/model';
import { ids, planGraph } from '../../fixtures/graph/plan-graph';

// Timeline and attainment over the fixture's real 5G and rack sentences.

const incoming = (indicator: string) =>
  planGraph.relationships.filter((r) => r.to === indicator && (r.type === 'SETS_TARGET' || r.type === 'MEASURED'));
const ends = new Map<string, EndInfo>(planGraph.nodes.map((n) => [n.id, { year: n.properties.year as number, sources: n.sources }]));

describe('buildTimeline', () => {
  it('orders 5G基站数 by period: 2023 target, 2024 reported, 2025 target', () => {
    const points = buildTimeline(incoming(ids.fiveG), ends);
    expect(points.map((p) => [p.kind, p.period, p.value])).toEqual([
      ['TARGET', '2023', 33500],
      ['ACTUAL', '2024', 42700],
      ['TARGET', '2025', 45000],
    ]);
    expect(points[0].source.text).toBe('累计5G基站数达3.35万个');
    expect(points[1].resultId).toBe(ids.result24FiveG);
  });

  it('judges the 2023 target MET against the 2024 report with ratio ≈ 1.27, and 2025 as NO_DATA', () => {
    const [t2023, , t2025] = buildTimeline(incoming(ids.fiveG), ends);
    expect(t2023.attainment?.status).toBe('MET');
    expect(t2023.attainment?.ratio).toBeCloseTo(42700 / 33500, 5);
    expect(t2023.attainment?.actual?.value).toBe(42700);
    expect(t2025.attainment).toEqual({ status: 'NO_DATA', actual: null, ratio: null });
  });

  it('treats 个 and 架 as the same count when judging the rack target', () => {
    const [target] = buildTimeline(incoming(ids.racks), ends);
    expect(target.attainment?.status).toBe('MET');
    expect(target.attainment?.ratio).toBeCloseTo(57000 / 45000, 5);
  });

  const span: SourceSpan = { document: 'd', start: 0, end: 1, text: 'x' };
  const edge = (type: 'SETS_TARGET' | 'MEASURED', from: string, properties: Properties): GraphRelationship => ({
    id: `${type}:${from}`,
    type,
    from,
    to: 'I',
    properties,
    sources: [span],
  });

  it('fails an at-most target when the report exceeds it, and falls back to the end node period', () => {
    const points = buildTimeline(
      [
        edge('SETS_TARGET', 't', { value: 10, unit: '%', comparator: '<=' }),
        edge('MEASURED', 'r', { value: 12, unit: '%', asOf: '2025H1' }),
      ],
      new Map([['t', { year: 2025, sources: [] }]]),
    );
    expect(points.map((p) => p.period)).toEqual(['2025', '2025H1']);
    expect(points[0].attainment).toMatchObject({ status: 'NOT_MET', ratio: 1.2 });
  });

  it('ignores a report in another unit kind and one before the target year', () => {
    const target = buildTimeline(
      [
        edge('SETS_TARGET', 't', { value: 12, unit: '%', year: 2024 }),
        edge('MEASURED', 'a', { value: 30, unit: '%', year: 2023 }),
        edge('MEASURED', 'b', { value: 99, unit: '个', year: 2024 }),
      ],
      new Map(),
    ).find((p) => p.kind === 'TARGET')!;
    expect(target.attainment?.status).toBe('NO_DATA');
  });
});

describe('attainment over a long timeline', () => {
  const span: SourceSpan = { document: 'd', start: 0, end: 1, text: 'x' };
  const edge = (type: 'SETS_TARGET' | 'MEASURED', from: string, properties: Properties): GraphRelationship => ({
    id: `${type}:${from}`,
    type,
    from,
    to: 'I',
    properties,
    sources: [span],
  });

  it('judges each target by the first later report in an agreeing unit, however many targets there are', () => {
    const points = buildTimeline(
      [
        edge('SETS_TARGET', 't2022', { value: 100, unit: '个', year: 2022 }),
        edge('SETS_TARGET', 't2024', { value: 100, unit: '个', year: 2024 }),
        edge('SETS_TARGET', 't2026', { value: 100, unit: '个', year: 2026 }),
        edge('SETS_TARGET', 'tpct', { value: 50, unit: '%', year: 2023 }),
        edge('MEASURED', 'r2021', { value: 500, unit: '个', year: 2021 }),
        edge('MEASURED', 'r2023', { value: 90, unit: '个', year: 2023 }),
        edge('MEASURED', 'r2024pct', { value: 60, unit: '%', year: 2024 }),
        edge('MEASURED', 'r2025', { value: 130, unit: '架', year: 2025 }),
      ],
      new Map(),
    );
    const judged = Object.fromEntries(
      points.filter((p) => p.kind === 'TARGET').map((p) => [p.taskId, [p.attainment?.status, p.attainment?.actual?.resultId ?? null]]),
    );
    expect(judged).toEqual({
      t2022: ['NOT_MET', 'r2023'], // 2021 is too early; 2023 is the first at or after 2022
      tpct: ['MET', 'r2024pct'], // the 个 report of 2023 is another unit kind
      t2024: ['MET', 'r2025'], // 个 and 架 agree; the % report in between does not
      t2026: ['NO_DATA', null],
    });
  });
});

describe('attainment of a change over a period', () => {
  const span: SourceSpan = { document: 'd', start: 0, end: 1, text: 'x' };
  const edge = (type: 'SETS_TARGET' | 'MEASURED', from: string, properties: Properties): GraphRelationship => ({
    id: `${type}:${from}`,
    type,
    from,
    to: 'I',
    properties,
    sources: [span],
  });
  const rels = [
    edge('SETS_TARGET', 't2019', { value: 6, unit: '%', comparator: 'about', year: 2019, period: '2019' }),
    edge('SETS_TARGET', 't2021', { value: 6, unit: '%', comparator: '>=', year: 2021, period: '2021' }),
    edge('MEASURED', 'r2017-2021', { value: 5.1, unit: '%', year: 2021, period: '2017-2021' }),
    edge('MEASURED', 'r2020', { value: 2.3, unit: '%', year: 2020, period: '2020' }),
    edge('MEASURED', 'r2021', { value: 8.1, unit: '%', year: 2021, period: '2021' }),
  ];
  const judged = (change: boolean) =>
    Object.fromEntries(
      buildTimeline(rels, new Map(), change)
        .filter((p) => p.kind === 'TARGET')
        .map((p) => [p.taskId, [p.attainment?.status, p.attainment?.actual?.resultId ?? null]]),
    );

  it('judges a year’s growth target by that year’s growth, not by a five-year average ending then', () => {
    expect(judged(true).t2021).toEqual(['MET', 'r2021']);
    expect(judged(false).t2021).toEqual(['MET', 'r2021']);
  });

  it('gives NO_DATA when no report speaks of the target’s year, rather than the next year’s growth', () => {
    expect(judged(true).t2019).toEqual(['NO_DATA', null]);
    expect(judged(false).t2019).toEqual(['NOT_MET', 'r2020']); // a level may be judged by a later report
  });
});

describe('unitsAgree', () => {
  it('lets the generic classifier 个 agree with a specific one, but keeps 人/家, %, 元 and Latin units apart', () => {
    expect(unitsAgree('个', '架')).toBe(true);
    expect(unitsAgree('项', '个')).toBe(true);
    expect(unitsAgree('人', '家')).toBe(false);
    expect(unitsAgree('%', '个')).toBe(false);
    expect(unitsAgree('元', '个')).toBe(false);
    expect(unitsAgree('PB', 'TB')).toBe(false);
    expect(unitsAgree(null, '%')).toBe(true);
  });
});
