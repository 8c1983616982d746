import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../../../src/ingest';
import type { DocumentRecord, Graph } from '../../../../src/model';
import { CORPUS_DIR } from '../../corpus/corpus-fixture';

// Amounts of the State Council work reports (test/fixtures/corpus 008, 009) that are values though
// an offer's or a threshold's words stand near them, and those that are not:
// - a per-capita standard (人均财政补助标准提高30元) is a level, though 补助 is in its name;
// - in the review of a year, money paid out (一次性发放200亿元补贴) is a total, while a raise per
//   head (每人每年最高额度增加4000元) is still an offer;
// - a tax base that qualifies (起征点从月销售额3万元…, 应纳税所得额100万元至300万元部分) is no value,
//   and the rate beside it in the same sentence still is;
// - times counted at the head of a clause (两次全面降准) are actions taken, though written in words;
// - the nation's population named in passing (14亿多中国人的饭碗) is no value; a part of it counted is.

const cache = new Map<string, { text: string; graph: Graph }>();

function read(file: string) {
  const hit = cache.get(file);
  if (hit) return hit;
  const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
  const id = file.replace(/\.txt$/, '');
  const graph = buildGraph([
    { id, path: file, text, kind: 'other', encoding: 'utf-8', hash: id, title: '', chars: text.length } as DocumentRecord,
  ]);
  cache.set(file, { text, graph });
  return { text, graph };
}

/** The values read from the clauses around a quote. */
function valuesAt(file: string, quote: string): number[] {
  const { text, graph } = read(file);
  const at = text.indexOf(quote);
  expect(at).toBeGreaterThanOrEqual(0);
  return graph.relationships
    .filter((r) => (r.type === 'SETS_TARGET' || r.type === 'MEASURED') && r.sources.some((s) => s.start < at + quote.length && at < s.end))
    .map((r) => r.properties.value as number);
}

const GWR2022 = '008_cn-state-council-gwr-2022.txt';
const GWR2023 = '009_cn-state-council-gwr-2023.txt';

describe('amounts of the work reports', () => {
  it('reads a per-capita standard’s raise as a value', () => {
    expect(valuesAt(GWR2022, '人均财政补助标准分别再提高30元和5元')).toEqual(expect.arrayContaining([30, 5]));
    expect(valuesAt(GWR2023, '人均财政补助标准从450元提高到610元')).toEqual(expect.arrayContaining([450, 610]));
  });

  it('reads money paid out in the year as a total, but not a raise offered per head', () => {
    expect(valuesAt(GWR2022, '对种粮农民一次性发放200亿元补贴')).toContain(200e8);
    const loans = valuesAt(GWR2022, '国家助学贷款每人每年最高额度增加4000元，惠及500多万在校生');
    expect(loans).not.toContain(4000);
    expect(loans).toContain(5e6);
  });

  it('reads no tax base that qualifies, and keeps the rate beside it', () => {
    expect(valuesAt(GWR2022, '对小微企业年应纳税所得额100万元至300万元部分')).toEqual([]);
    const taxes = valuesAt(GWR2023, '起征点从月销售额3万元提高到15万元、小微企业所得税实际最低税负率从10%降至2.5%');
    expect(taxes).not.toContain(3e4);
    expect(taxes).not.toContain(15e4);
    expect(taxes).toEqual(expect.arrayContaining([10, 2.5]));
  });

  it('reads no value in the nation’s population named in passing, and counts a part of it', () => {
    expect(valuesAt(GWR2022, '把14亿多中国人的饭碗牢牢端在自己手中')).toEqual([]);
    expect(valuesAt(GWR2023, '14亿多人口大国保持就业稳定')).toEqual([]);
    expect(valuesAt(GWR2023, '十年1.4亿农村人口在城镇落户')).toEqual([1.4e8]);
  });

  it('counts times at the head of a clause as actions taken', () => {
    expect(valuesAt(GWR2022, '两次全面降准')).toEqual([2]);
  });
});
