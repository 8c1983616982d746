import { join } from 'node:path';
import { EmbeddedStore } from '../../src/graph/embedded';
import { ingestPaths } from '../../src/commands';
import { DEFAULT_READ_LIMITS } from '../../src/ingest';
import { serve, type Harness } from './harness';

// Two real series of government work reports (政府工作报告), read as published: the State
// Council's 2014–2025 (no 2020 report) and Hailar district's 2012–2019 (three of them GBK). Each
// report sets this year's expected targets (主要预期目标) and reports last year's results, so
// year N's target meets its actual in year N+1's report. Asked through the API as a user would:
// an indicator's timeline, each target with its attainment and the reported value it was judged by.

const CORPUS = join(__dirname, '../fixtures/corpus');
const SERIES = join(__dirname, '../fixtures/series');
const STATE_COUNCIL = {
  '001_cn-state-council-gwr-2014': SERIES,
  '002_cn-state-council-gwr-2015': SERIES,
  '003_cn-state-council-gwr-2016': SERIES,
  '004_cn-state-council-gwr-2017': SERIES,
  '005_cn-state-council-gwr-2018': SERIES,
  '006_cn-state-council-gwr-2019': SERIES,
  '007_cn-state-council-gwr-2021': CORPUS,
  '008_cn-state-council-gwr-2022': CORPUS,
  '009_cn-state-council-gwr-2023': CORPUS,
  '010_cn-state-council-gwr-2024': CORPUS,
  '011_cn-state-council-gwr-2025': CORPUS,
};
const HAILAR = {
  '012_hailar-district-gwr-2012': SERIES,
  '013_hailar-district-gwr-2013': CORPUS,
  '014_hailar-district-gwr-2014': CORPUS,
  '015_hailar-district-gwr-2015': CORPUS,
  '016_hailar-district-gwr-2016': SERIES,
  '017_hailar-district-gwr-2017': CORPUS,
  '018_hailar-district-gwr-2018': CORPUS,
  '019_hailar-district-gwr-2019': SERIES,
};
const paths = (docs: Record<string, string>) => Object.entries(docs).map(([id, dir]) => join(dir, `${id}.txt`));
/** The report of a year in a series: its document id ends with the year. */
const reportOf = (docs: Record<string, string>, year: number) => Object.keys(docs).find((id) => id.endsWith(`-${year}`));

const TIMELINE = `query ($name: String!) {
  indicator(name: $name) {
    name
    timeline(first: 100) {
      kind period value unit comparator raw
      source { document { id } text }
      attainment { status ratio actual { value period unit source { document { id } text } } }
    }
  }
}`;

interface Point {
  kind: 'TARGET' | 'ACTUAL';
  period: string;
  value: number;
  unit: string | null;
  comparator: string | null;
  raw: string | null;
  source: { document: { id: string }; text: string };
  attainment: { status: string; ratio: number | null; actual: Omit<Point, 'kind' | 'comparator' | 'raw' | 'attainment'> | null } | null;
}

let h: Harness;
beforeAll(async () => {
  const store = new EmbeddedStore();
  await store.init();
  await ingestPaths(store, [...paths(STATE_COUNCIL), ...paths(HAILAR)], DEFAULT_READ_LIMITS);
  h = await serve(store);
}, 180_000);
afterAll(() => h?.close());

async function timeline(name: string): Promise<Point[]> {
  const res = await h.gql<{ indicator: { name: string; timeline: Point[] } | null }>(TIMELINE, { name });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.indicator).not.toBeNull();
  return res.body.data!.indicator!.timeline;
}

/** Year N's target as report N states it, and the actual it was judged by, as report N+1 states it. */
function pair(points: Point[], docs: Record<string, string>, year: number, unit = '%') {
  const target = points.find(
    (p) => p.kind === 'TARGET' && p.period === String(year) && p.source.document.id === reportOf(docs, year) && p.unit === unit,
  );
  return {
    target: target && { value: target.value, comparator: target.comparator },
    status: target?.attainment?.status,
    actual: target?.attainment?.actual && { value: target.attainment.actual.value, document: target.attainment.actual.source.document.id },
  };
}

describe('the State Council work-report series: GDP growth, target of year N against the result reported in year N+1', () => {
  let points: Point[];
  beforeAll(async () => {
    points = await timeline('国内生产总值增长');
  });

  it.each([
    // year, target as stated (主要预期目标), comparator, actual as the next report states it, status
    [2014, 7.5, 'ABOUT', 7.4, 'MET'], // 7.5%左右 → 2015 report: 比上年增长7.4%
    [2015, 7, 'ABOUT', 6.9, 'MET'], // 7%左右 → 2016 report: 增长6.9%
    [2018, 6.5, 'ABOUT', 6.6, 'MET'], // 6.5%左右 → 2019 report: 国内生产总值增长6.6%
    [2021, 6, 'AT_LEAST', 8.1, 'MET'], // 6%以上 → 2022 report: 增长8.1%
    [2022, 5.5, 'ABOUT', 3, 'NOT_MET'], // 5.5%左右 → 2023 report: 全年国内生产总值增长3%
    [2023, 5, 'ABOUT', 5.2, 'MET'], // 5%左右 → 2024 report: 增长5.2%
    [2024, 5, 'ABOUT', 5, 'MET'], // 5%左右 → 2025 report: 国内生产总值达到134.9万亿元、增长5%
  ])('%i: target %d%% (%s) was judged by the next report’s %d%%: %s', (year, target, comparator, actual, status) => {
    expect(pair(points, STATE_COUNCIL, year)).toEqual({
      target: { value: target, comparator },
      status,
      actual: { value: actual, document: reportOf(STATE_COUNCIL, year + 1) },
    });
  });

  it('2019: 6%－6.5% (one range) has no report of 2019’s growth (the 2020 report is missing): NO_DATA, not judged by 2020’s 2.3%', () => {
    const targets = points.filter((p) => p.kind === 'TARGET' && p.period === '2019');
    expect(targets.map((p) => [p.value, p.raw])).toEqual([[6, '6%－6.5%']]);
    expect(targets.map((p) => p.attainment?.status)).toEqual(['NO_DATA']);
  });

  it('reads each undated report’s year from its headings: 2013年工作回顾 … 2014年重点工作 is the 2014 report', () => {
    const fromFirst = points.filter((p) => p.source.document.id === '001_cn-state-council-gwr-2014');
    expect(fromFirst.map((p) => [p.kind, p.period, p.value])).toEqual([
      ['ACTUAL', '2013', 7.7],
      ['TARGET', '2014', 7.5],
    ]);
  });

  it('keeps the amount of GDP apart from its growth: the 元 figures are another indicator', async () => {
    expect(points.every((p) => p.kind !== 'TARGET' || p.unit === '%')).toBe(true);
    const amounts = await timeline('国内生产总值');
    const reported = amounts.filter((p) => p.kind === 'ACTUAL' && p.unit === '元').map((p) => [p.period, p.value]);
    expect(reported).toEqual(
      expect.arrayContaining([
        ['2023', 126e12],
        ['2024', 134.9e12],
      ]),
    );
  });

  it('reads 好于预期 in a result as no target: 2020 growth of 2.3% is what the 2021 report reports', () => {
    const p = points.find((x) => x.value === 2.3);
    expect(p).toMatchObject({ kind: 'ACTUAL', period: '2020', source: { document: { id: '007_cn-state-council-gwr-2021' } } });
  });
});

describe('the Hailar district series: 地区生产总值增长, target of year N against the result reported in year N+1', () => {
  let points: Point[];
  beforeAll(async () => {
    points = await timeline('地区生产总值增长');
  });

  it.each([
    [2013, 20, 10.1, 'NOT_MET'], // 地区生产总值增长20% → 2014 report: 同比增长10.1%
    [2014, 11, 9.1, 'NOT_MET'], // 增长11% → 2015 report: 全区地区生产总值完成274.4亿元，同比增长9.1%
    [2015, 8, 8.9, 'MET'], // 增长8% → 2016 report: 同比增长8.9%
    [2016, 7.5, 7.2, 'NOT_MET'], // 增长7.5% → 2017 report: 同比增长7.2%
  ])('%i: target %d%% was judged by the next report’s %d%%: %s', (year, target, actual, status) => {
    expect(pair(points, HAILAR, year)).toEqual({
      target: { value: target, comparator: null },
      status,
      actual: { value: actual, document: reportOf(HAILAR, year + 1) },
    });
  });

  it('2017: 增长7.5% is NO_DATA: the 2018 report gives no growth figure, and 2018’s 6.0% is not 2017’s', () => {
    expect(pair(points, HAILAR, 2017)).toEqual({ target: { value: 7.5, comparator: null }, status: 'NO_DATA', actual: null });
  });

  it('2018: 6%左右 was met by the 2019 report’s 同比增长6.0%', () => {
    expect(pair(points, HAILAR, 2018)).toEqual({
      target: { value: 6, comparator: 'ABOUT' },
      status: 'MET',
      actual: { value: 6, document: reportOf(HAILAR, 2019) },
    });
  });

  it('joins the amount targets to the amounts reported: 2016 target 达到309亿元 against 2017’s 303.6亿元', async () => {
    const amounts = await timeline('地区生产总值');
    expect(pair(amounts, HAILAR, 2016, '元')).toEqual({
      target: { value: 309e8, comparator: 'EQUALS' },
      status: 'NOT_MET',
      actual: { value: 303.6e8, document: reportOf(HAILAR, 2017) },
    });
  });
});

describe('a work report’s series through the API: its plan, the years before and after, and what changed', () => {
  const PLAN = `query ($name: String!) {
    plan(name: $name) { id name kind year series { name year } }
  }`;
  const plan = async (name: string) => {
    const res = await h.gql<{
      plan: { id: string; name: string; kind: string; year: number; series: { name: string; year: number }[] } | null;
    }>(PLAN, { name });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.plan;
  };

  it('names each report by its issuer and year as its opening address says (我代表国务院 / 我代表区政府 of 海拉尔区)', async () => {
    expect(await plan('2023年国务院政府工作报告')).toMatchObject({ kind: 'work_report', year: 2023 });
    // 2019's report says 我代表区人民政府; the congress it speaks to is 呼伦贝尔市海拉尔区's
    expect(await plan('2019年海拉尔区政府工作报告')).toMatchObject({ kind: 'work_report', year: 2019 });
  });

  it('chains consecutive years: Hailar 2012–2019; the State Council’s runs break where the 2020 report is missing', async () => {
    const hailar = await plan('2015年海拉尔区政府工作报告');
    expect(hailar!.series.map((p) => p.year)).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    expect((await plan('2023年国务院政府工作报告'))!.series.map((p) => p.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect((await plan('2016年国务院政府工作报告'))!.series.map((p) => p.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019]);
  });

  it('compares two years’ targets on the same indicator: GDP growth 5.5%左右 (2022) → 5%左右 (2023) is LOWERED', async () => {
    const [from, to] = [await plan('2022年国务院政府工作报告'), await plan('2023年国务院政府工作报告')];
    const res = await h.gql<{
      planDiff: { targets: { status: string; indicator: { name: string }; from: { value: number }; to: { value: number } }[] };
    }>(
      `query ($from: ID!, $to: ID!) { planDiff(from: $from, to: $to) { targets { status indicator { name } from { value } to { value } } } }`,
      { from: from!.id, to: to!.id },
    );
    expect(res.body.errors).toBeUndefined();
    const gdp = res.body.data!.planDiff.targets.find((t) => t.indicator.name === '国内生产总值增长');
    expect(gdp).toEqual({ status: 'LOWERED', indicator: { name: '国内生产总值增长' }, from: { value: 5.5 }, to: { value: 5 } });
  });

  it('links year N’s target to year N+1’s result for the same indicator: 2023 国内生产总值增长5%左右 → 2024 report’s 增长5.2%', async () => {
    const res = await h.gql<{
      lineageLinks: {
        nodes: {
          basis: string;
          via: { name: string } | null;
          task: { name: string };
          evidence: { text: string; document: { id: string } }[];
        }[];
      };
    }>(
      `{ lineageLinks(fromYear: 2023, toYear: 2023, indicator: "国内生产总值增长", first: 20) {
          nodes { basis via { name } task { name } evidence { text document { id } } } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const links = res.body.data!.lineageLinks.nodes;
    const fromTarget = links.filter((l) => l.evidence.some((e) => e.document.id === '009_cn-state-council-gwr-2023'));
    expect(fromTarget.length).toBeGreaterThan(0);
    for (const l of fromTarget) {
      expect(l).toMatchObject({ basis: 'INDICATOR', via: { name: '国内生产总值增长' } });
      const reported = l.evidence.filter((e) => e.document.id === '010_cn-state-council-gwr-2024').map((e) => e.text);
      expect(reported.join('')).toContain('增长5.2%');
    }
  });
});

describe('a report ingested a year later joins its series', () => {
  let later: Harness;
  beforeAll(async () => {
    const store = new EmbeddedStore();
    await store.init();
    await ingestPaths(store, [join(CORPUS, '009_cn-state-council-gwr-2023.txt')], DEFAULT_READ_LIMITS);
    later = await serve(store);
  }, 120_000);
  afterAll(() => later?.close());

  const ask = async () => {
    const res = await later.gql<{
      plan: { series: { name: string }[] } | null;
      indicator: { timeline: Point[] } | null;
    }>(
      `{ plan(name: "2023年国务院政府工作报告") { series { name } }
         indicator(name: "国内生产总值增长") { timeline { kind period value unit comparator raw source { document { id } text } attainment { status ratio actual { value period unit source { document { id } text } } } } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!;
  };

  it('2023 alone: its target waits for a report (NO_DATA); with 2024’s report added, 5.2% meets it', async () => {
    const before = await ask();
    expect(before.plan!.series.map((p) => p.name)).toEqual(['2023年国务院政府工作报告']);
    expect(pair(before.indicator!.timeline, STATE_COUNCIL, 2023)).toMatchObject({ status: 'NO_DATA' });

    await ingestPaths(later.store, [join(CORPUS, '010_cn-state-council-gwr-2024.txt')], DEFAULT_READ_LIMITS);
    const after = await ask();
    expect(after.plan!.series.map((p) => p.name)).toEqual(['2023年国务院政府工作报告', '2024年国务院政府工作报告']);
    expect(pair(after.indicator!.timeline, STATE_COUNCIL, 2023)).toEqual({
      target: { value: 5, comparator: 'ABOUT' },
      status: 'MET',
      actual: { value: 5.2, document: '010_cn-state-council-gwr-2024' },
    });
  }, 120_000);
});
