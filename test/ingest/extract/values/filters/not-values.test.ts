import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../../../../src/ingest';
import type { DocumentRecord, Graph } from '../../../../../src/model';
import { passage, valuesOf } from '../../judged-values';

// Figures that are not indicator values, on real documents (the corpus fixtures): a policy's offer
// per applicant written after its rate (按合同金额的30%给予补助), who qualifies for it
// (达500万元以上的), a ranking (排名从78位上升到43位, 研发投入前1000家), a table named by number
// (如表1所示) and round-the-clock service (7*24小时). The values beside them are still read.

const FIXTURES = join(__dirname, '../../../../fixtures/corpus');

function read(file: string): Graph {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const id = file.replace(/\.txt$/, '');
  return buildGraph([
    { id, path: file, text, kind: 'other', encoding: 'utf-8', hash: id, title: '', chars: text.length } as DocumentRecord,
  ]);
}

/** The values read from the sentence around a quote, as numbers. */
function valuesAt(graph: Graph, text: string, quote: string): number[] {
  const at = text.indexOf(quote);
  expect(at).toBeGreaterThanOrEqual(0);
  return graph.relationships
    .filter((r) => (r.type === 'SETS_TARGET' || r.type === 'MEASURED') && r.sources.some((s) => s.start < at + quote.length && at < s.end))
    .map((r) => r.properties.value as number);
}

describe('numbers that are not values', () => {
  it('skips a measure’s subsidy rates and thresholds of who qualifies', () => {
    const file = '024_jinan-advanced-mfg-digital-economy-measures-2019.txt';
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const graph = read(file);
    expect(valuesAt(graph, text, '按照项目合同金额的３０％给予补助')).not.toContain(30);
    expect(valuesAt(graph, text, '达５００万元以上的，按照１０％给予补助')).toEqual([]);
  });

  it('skips a rate applied to each applicant’s amount and a loan bound written inclusive (the Jinan AI pilot zone’s policies, 2020)', () => {
    // Passages of 028_jinan-ai-pilot-zone-policies-2020 (outside the gold), as published (a full stop closes each).
    const text =
      '按照应用场景实际研发投入或场景建设项目总投入的30%，提供财政补助（最高补助金额200万元）。' +
      '对获得创业投资机构投资的年销售收入不超过2000万元的人工智能领域初创期科技型中小企业，按照不超过所获投资额10%的比例，给予最高100万元投资后扶持。' +
      '年单笔贷款额不低于50万元(含50万元)，且不超过1000万元（含1000万元）的流动资金贷款，可按年度实际支付利息和担保费用的40%申请融资费用补贴。';
    const graph = buildGraph([passage('028-passage', text, '2020-06-01')]);
    expect(valuesOf(graph)).toEqual([]);
  });

  it('skips rankings and a table’s number, and keeps the values beside them', () => {
    const file = '052_cn-digital-china-development-report-2022.txt';
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const graph = read(file);
    expect(valuesAt(graph, text, '排名从78位上升到43')).toEqual([]);
    expect(valuesAt(graph, text, '评价指标如表1所示')).toEqual([]);
    const beside = valuesAt(graph, text, '投入前1000家民营企业');
    expect(beside).not.toContain(1000);
  });

  it('skips service round the clock in a bureau’s report', () => {
    const file = '038_qingdao-smart-approval-5plus-report-2021.txt';
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const graph = read(file);
    expect(valuesAt(graph, text, '7*24小时随时随地')).not.toContain(24);
    expect(valuesAt(graph, text, '1657家企业')).toContain(1657);
  });

  it('skips an amount that bounds which enterprises or projects are meant, and keeps the count of them', () => {
    const hailar = '013_hailar-district-gwr-2013.txt';
    const hailarText = readFileSync(join(FIXTURES, hailar), 'utf8');
    expect(valuesAt(read(hailar), hailarText, '销售收入超亿元的非公企业达到20家')).toEqual([20]);
    const retrofit = '026_shandong-intelligent-retrofit-3yr-plan-2020.txt';
    const retrofitText = readFileSync(join(FIXTURES, retrofit), 'utf8');
    expect(valuesAt(read(retrofit), retrofitText, '建立“四个一批”和投资500万元以上重点技改项目定期调度监测机制')).toEqual([]);
    const plan = '063_cn-14th-fyp-smart-manufacturing-plan.txt';
    const planText = readFileSync(join(FIXTURES, plan), 'utf8');
    expect(valuesAt(read(plan), planText, '收入超 10 亿元的系统解决方案供应商')).not.toContain(1000000000);
  });
});
