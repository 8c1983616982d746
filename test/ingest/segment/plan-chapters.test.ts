import { buildGraph, loadLexicon, segment } from '../../../src/ingest';
import { Period } from '../../../src/model';
import { judgedAt, passage, valuesWithUnit } from '../extract/judged-values';
import { record } from '../../fixtures/genre/records';

// A 纲要 is cut into 第一章 / 第一节 (and a long report into 第一部分), not 一、: the chapter heading under the title opens
// the body and its words (发展基础, 主要目标) say what its values are; the title writes its five-year period out
// (第十四个五年规划); a date in brackets under the title ((2021年3月), (2023年6月5日 市生态环境局)) dates the text and
// is never its title. Passages after 成都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要 (2021) and
// 湖南省国民经济和社会发展第十三个五年规划纲要 (2016), wording as recalled in session 19's fresh-text audit; the
// bulletin's form is a city's 生态环境状况公报, its figures and city invented. Before, the 发展基础 chapter yielded no
// value at all (its heading was taken for a line of the title block), the plan had no span and the bulletin's
// results of 2022 were read as targets of 2023 under a title that was its date line.

const lexicon = loadLexicon();
const spanOf = (text: string) => {
  const span = segment(record('span', text), lexicon).time.span;
  return span && Period.format(span);
};

const chengdu = [
  '成都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
  '（2021年3月）',
  '第一章 发展基础',
  '“十三五”时期，成都经济社会发展取得重大成就。经济实力显著增强，2020年地区生产总值达到17716.7亿元，年均增长7.1%；一般公共预算收入达到1520.4亿元。高新技术企业数量从2015年的1312家增加到2020年的6120家。',
  '第三章 主要目标',
  '到2025年，地区生产总值突破2.5万亿元；研发投入强度达到4%；全市森林覆盖率达到41%。',
].join('\n');

const hunan = [
  '湖南省国民经济和社会发展第十三个五年规划纲要',
  '第一章 发展基础',
  '“十二五”时期，全省地区生产总值年均增长10.5%，2015年达到2.9万亿元。城镇化率由2010年的43.3%提高到2015年的50.9%。',
  '第二章 主要目标',
  '到2020年，常住人口城镇化率达到58%左右。',
].join('\n');

const bulletin = [
  '2022年某市生态环境状况公报',
  '（2023年6月5日 市生态环境局）',
  '2022年，全市环境空气质量持续改善。空气质量优良天数比率达到85.2%，比去年提高2.1个百分点。',
  '全市国控、省控地表水断面水质优良比例为92.3%，较去年上升2.6个百分点。',
].join('\n');

describe('a 纲要 cut into chapters', () => {
  const g = buildGraph([passage('chengdu-14th', chengdu)]);

  it('reads its 发展基础 chapter as the results of the year before the plan', () => {
    expect(judgedAt(g, 1771670000000)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
    expect(judgedAt(g, 7.1)).toEqual([{ kind: 'ACTUAL', period: '2016-2020' }]);
    expect(judgedAt(g, 1312)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
    expect(judgedAt(g, 6120)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
  });

  it('and its 主要目标 chapter as targets due by 2025', () => {
    expect(judgedAt(g, 41)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });

  it('opens the body at its first chapter heading, which carries a role', () => {
    const seg = segment(record('hunan-13th', hunan), lexicon);
    const chapter = seg.sections[0];
    expect(chapter?.headingText).toBe('发展基础');
    expect(seg.sentences.find((s) => seg.folded.slice(s.start, s.end).includes('10.5%'))?.role?.kind).toBe('ACTUAL');
  });

  it('ranks 第一节 under 第一章 and 一、 under both', () => {
    const text = ['某某规划', '第一章 发展环境', '第一节 发展基础', '一、经济实力', '全省经济总量稳步增长。'].join('\n');
    const ranks = segment(record('ranks', text), lexicon).sections.map((s) => s.rank);
    expect(ranks[0]).toBeLessThan(ranks[1]);
    expect(ranks[1]).toBeLessThan(ranks[2]);
  });
});

describe('a five-year plan whose title writes its period out', () => {
  it('covers 2021-2025 for 第十四个五年规划 and 2016-2020 for 第十三个五年规划', () => {
    expect(spanOf(chengdu)).toBe('2021-2025');
    expect(spanOf(hunan)).toBe('2016-2020');
  });
});

describe('a date in brackets under the title', () => {
  it('dates the document to its month', () => {
    expect(segment(record('chengdu-14th', chengdu), lexicon).time).toMatchObject({ year: 2021, month: 3 });
  });

  it('is no title: the bulletin is titled by its first line and its 2022 figures are results of 2022', () => {
    const seg = segment(record('bulletin', bulletin), lexicon);
    expect(seg.title).toBe('2022年某市生态环境状况公报');
    const g = buildGraph([passage('bulletin', bulletin)]);
    expect(judgedAt(g, 85.2)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(judgedAt(g, 92.3)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
  });
});

// A 纲要 titled with the year it looks out to in digits (…和2035年远景目标纲要) is not about 2035; the people its
// 发展基础 says left poverty (484万农村贫困人口全部脱贫) are the five years' count. After 安徽省国民经济和社会发展第十四个
// 五年规划和2035年远景目标纲要 (2021), wording as recalled. Before, the document was dated 2035 and its results with it.
const anhui = [
  '安徽省国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
  '第一章 发展基础',
  '“十三五”时期，全省经济总量达到3.87万亿元，高新技术企业数量达到8559家。484万农村贫困人口全部脱贫。',
  '第三章 主要目标',
  '到2025年，常住人口城镇化率达到63%左右。',
].join('\n');

describe('a title naming the year it looks out to', () => {
  it('does not date the document', () => {
    const time = segment(record('anhui-14th', anhui), lexicon).time;
    expect(time.year).not.toBe(2035);
    expect(spanOf(anhui)).toBe('2021-2025');
  });

  it('leaves its 发展基础 as of 2020 and the people who left poverty to the five years', () => {
    const g = buildGraph([passage('anhui-14th', anhui)]);
    expect(judgedAt(g, 8559)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
    expect(judgedAt(g, 4840000)).toEqual([{ kind: 'ACTUAL', period: '2016-2020' }]);
  });
});

describe('a concentration in 微克/立方米', () => {
  it('is a value in its unit', () => {
    const text = bulletin.replace('2022年，全市环境空气质量持续改善。', '2022年，全市细颗粒物（PM2.5）年均浓度为31微克/立方米。');
    const g = buildGraph([passage('bulletin-pm', text)]);
    expect(valuesWithUnit(g)).toContain('31 微克/立方米');
    expect(judgedAt(g, 31)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
  });
});
