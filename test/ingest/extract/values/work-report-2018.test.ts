import { CORPUS_DIR } from '../../corpus/corpus-fixture';
import { buildGraph } from '../../../../src/ingest';
import { fixtureReport, judgedIn, passage } from '../judged-values';

// The 2018 State Council work report (test/fixtures/corpus 005), read as an analyst checks it:
// - a cut whose object stands between the verb and the figure is a decline (压减政府性基金项目30%,
//   今年再减少农村贫困人口1000万以上, 裁减军队员额30万), as a cut written right before it is;
// - a figure below what it is compared with (比去年预算低0.4个百分点) is negative;
// - a figure whose lower places follow its multiplier (增加到2万5千公里) is one figure;
// - in the review of the five years, a level held all along (一直控制在, 持续超过) and a time cut (缩短三分之一以上)
//   are the term's, people who benefited (4.3亿人次受益) its sum, and a share of a whole (占世界三分之二) its last year's;
// - a multiple written in words (增加两倍, 翻了一番, 提高一倍) is a value, the term's change.

const report = fixtureReport(CORPUS_DIR, '005_cn-state-council-gwr-2018.txt');
const at = (quote: string) => judgedIn(report, quote);

describe('the 2018 work report', () => {
  it('reads a cut with its object before the figure as a decline', () => {
    expect(at('多措并举降成本，压减政府性基金项目30%')).toEqual(['-30 ACTUAL 2013-2017']);
    expect(at('削减中央政府层面设立的涉企收费项目60%以上')).toEqual(['-60 ACTUAL 2013-2017']);
    expect(at('各方配合基本完成裁减军队员额30万任务')).toEqual(['-300000 ACTUAL 2013-2017']);
    expect(at('今年再压减钢铁产能3000万吨左右')).toEqual(['-30000000 TARGET 2018']);
    expect(at('今年再减少农村贫困人口1000万以上')).toEqual(['-10000000 TARGET 2018']);
  });

  it('keeps an amount that is not cut positive (退出煤炭产能1.5亿吨左右), and a cut’s own ratio (缩减比例达76%)', () => {
    expect(at('退出煤炭产能1.5亿吨左右')).toEqual(['150000000 TARGET 2018']);
    // Qingdao's approval reform report (corpus 038): the share by which the forms shrank is a ratio, not a cut of it.
    const text = '填写字段从原来的92项减少到70项，缩减比例达76%。';
    const values = buildGraph([passage('038-passage', text, '2021-12-31')]).relationships.map((r) => r.properties.value);
    expect(values).toContain(76);
    expect(values).not.toContain(-76);
  });

  it('reads relief written as an approximate total after the cut and its object as a decline too (the 2023 report, 009)', () => {
    const text = '五年来，推行药品和医用耗材集中带量采购，降低费用负担超过4000亿元。';
    const values = buildGraph([passage('009-passage', text, '2023-03-05')]).relationships.map((r) => r.properties.value);
    expect(values).toContain(-400000000000);
  });

  it('reads a figure below the one it is compared with as negative', () => {
    expect(at('今年赤字率拟按2.6%安排，比去年预算低0.4个百分点')).toEqual(['2.6 TARGET 2018', '-0.4 TARGET 2018']);
  });

  it('reads a figure whose lower places follow its multiplier as one figure', () => {
    expect(at('日均新设企业由5千多户增加到1万6千多户')).toEqual(['5000 ACTUAL 2012', '16000 ACTUAL 2017']);
    expect(at('高速铁路运营里程从9000多公里增加到2万5千公里')).toEqual(['9000 ACTUAL 2012', '25000 ACTUAL 2017']);
  });

  it('reads the term review’s held levels, time cuts and beneficiaries over the five years, a share of the world at its end', () => {
    expect(at('财政赤字率一直控制在3%以内')).toEqual(['3 ACTUAL 2013-2017']);
    expect(at('财政性教育经费占国内生产总值比例持续超过4%')).toEqual(['4 ACTUAL 2013-2017']);
    expect(at('企业开办时间缩短三分之一以上')).toEqual(['-33.33333333333333 ACTUAL 2013-2017']);
    expect(at('货物通关时间平均缩短一半以上')).toEqual(['-50 ACTUAL 2013-2017']);
    expect(at('加大对各类学校家庭困难学生资助力度，4.3亿人次受益')).toEqual(['430000000 ACTUAL 2013-2017']);
    expect(at('增加到2万5千公里、占世界三分之二')).toEqual(['25000 ACTUAL 2017', '66.66666666666666 ACTUAL 2017']);
  });

  it('reads multiples written in words as the term’s changes', () => {
    expect(at('国内有效发明专利拥有量增加两倍，技术交易额翻了一番')).toEqual(['2 ACTUAL 2013-2017', '2 ACTUAL 2013-2017']);
    expect(at('高技术产业占比提高一倍')).toEqual(['1 ACTUAL 2013-2017']);
  });
});
