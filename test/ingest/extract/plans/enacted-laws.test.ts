import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Laws and regulations named without 《》 before words of their making (src/ingest/extract/plans/laws.ts,
// plans.json → named.laws.enacted): a law is a Plan of kind regulation. Sentences recalled from the State Council's
// work report of 2020 and its opinion on “互联网+” (国发〔2015〕40号), wording as published as far as recalled.

const plans = (text: string) =>
  buildGraph([record('passage', `测试\n\n${text}\n`)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => [n.name, n.properties.kind]);

describe('a law before words of its making', () => {
  it('is read from its clause’s start (2020 work report)', () => {
    const found = plans('改革开放持续深化。“放管服”改革深入开展，优化营商环境条例颁布实施。共建“一带一路”扎实推进。外商投资法获得通过。');
    expect(found).toContainEqual(['外商投资法', 'regulation']);
    expect(found).toContainEqual(['优化营商环境条例', 'regulation']);
  });

  it('is read less the verb before it (“互联网+” opinion)', () => {
    expect(plans('针对互联网与各行业融合发展的新特点，加快“互联网+”相关立法工作。加快网络安全法立法进程。')).toContainEqual([
      '网络安全法',
      'regulation',
    ]);
  });

  it('is not a word that only ends in 法 (invented sentence)', () => {
    expect(plans('研究制定管理办法获得通过后，依法行政。').map(([n]) => n)).not.toContain('管理办法');
  });
});
