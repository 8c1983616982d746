import { buildGraph } from '../../../../src/ingest';
import { findIndicatorTables } from '../../../../src/ingest/extract/values/indicator-tables';
import { loadLexicon } from '../../../../src/ingest/lexicon';
import { foldForMatching } from '../../../../src/ingest/normalise';
import { judgedAt as at, passage as doc, valuesOf } from '../judged-values';

// A plan's indicator table, as the State Council's 《“十四五”数字经济发展规划》 (国发〔2021〕29号, December 2021)
// prints its 表1 (first rows quoted): a head of 指标 | 2020年 | 2025年 | 属性, the unit in brackets after each
// name. Copied from a page or a Word file its cells come apart by tabs on one line a row; from a web page's
// <td>s, one cell a line. Either way each row is an indicator with its 2020 level and its 2025 goal.

const HEAD = ['指标', '2020年', '2025年', '属性'];
const ROWS = [
  ['数字经济核心产业增加值占GDP比重（%）', '7.8', '10', '预期性'],
  ['IPv6活跃用户数（亿户）', '4.6', '8', '预期性'],
  ['千兆宽带用户数（万户）', '640', '6000', '预期性'],
  ['软件和信息技术服务业规模（万亿元）', '8.16', '14', '预期性'],
];
const LEAD = [
  '“十四五”数字经济发展规划',
  '到2025年，数字经济迈向全面扩展期，数字经济核心产业增加值占GDP比重达到10%。',
  '表1 “十四五”数字经济发展主要指标',
];
const TAIL = ['三、优化升级数字基础设施'];

const tabbed = [...LEAD, HEAD.join('\t'), ...ROWS.map((r) => r.join('\t')), ...TAIL].join('\n');
const celled = [...LEAD, ...HEAD, ...ROWS.flat(), ...TAIL].join('\n');

const lexicon = loadLexicon();
const words = lexicon.indicators.tables!;

describe('an indicator table', () => {
  it('is found with a row per indicator, as tab-separated lines or one cell a line', () => {
    for (const text of [tabbed, celled]) {
      const [table] = findIndicatorTables(foldForMatching(text), words, 2021);
      expect(table.rows.map((r) => r.name.text)).toEqual(ROWS.map((r) => r[0].replace(/（/g, '(').replace(/）/g, ')')));
      expect(table.rows[0].values.map((v) => `${v.number} ${v.column.kind} ${v.column.period}`)).toEqual([
        '7.8 ACTUAL 2020',
        '10 TARGET 2025',
      ]);
    }
  });

  it('reads the base year’s column as the level reached and the goal year’s as due then, in the unit its name gives', () => {
    for (const [id, text] of [
      ['tabbed', tabbed],
      ['celled', celled],
    ]) {
      const g = buildGraph([doc(id, text, '2021-12-12')]);
      expect(at(g, 7.8)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
      expect(at(g, 460000000)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
      expect(at(g, 60000000)).toEqual([{ kind: 'TARGET', period: '2025' }]);
      expect(at(g, 14000000000000)).toEqual([{ kind: 'TARGET', period: '2025' }]);
    }
  });

  it('takes no figure from the head, the units or the 属性 column, and leaves the prose around it to its own reading', () => {
    const byNumber = (a: unknown, b: unknown) => Number(a) - Number(b);
    const prose = valuesOf(buildGraph([doc('prose', [...LEAD, ...TAIL].join('\n'), '2021-12-12')]));
    const g = buildGraph([doc('tabbed', tabbed, '2021-12-12')]);
    expect(valuesOf(g).sort(byNumber)).toEqual(
      [...prose, 7.8, 10, 460000000, 800000000, 6400000, 60000000, 8160000000000, 14000000000000].sort(byNumber),
    );
  });
});

// A plan writing its goals a column per year (an action plan of 2024–2026) and the base as 基期: the head's words
// say which column is which, whatever the document's date.
describe('an indicator table with a unit column and worded year heads', () => {
  const text = [
    '行动计划',
    '主要指标',
    ['序号', '指标名称', '单位', '2023年（基期）', '2024年', '2025年', '2026年（目标）', '指标属性'].join('\t'),
    ['1', '数字经济核心产业增加值占GDP比重', '%', '7.8', '8.5', '9.2', '10', '预期性'].join('\t'),
    ['2', '5G基站数量', '万个', '1.2', '2', '2.5', '≥3', '约束性'].join('\t'),
    '二、重点任务',
  ].join('\n');
  const [table] = findIndicatorTables(foldForMatching(text), words, undefined);

  it('reads each column by its year and word, and a bound written before the figure', () => {
    expect(table.rows[1].values.map((v) => `${v.number} ${v.column.kind} ${v.column.period} ${v.comparator ?? ''}`.trim())).toEqual([
      '1.2 ACTUAL 2023',
      '2 TARGET 2024',
      '2.5 TARGET 2025',
      '3 TARGET 2026 >=',
    ]);
    expect(table.rows[1].unit).toBe('万个');
  });
});

describe('prose that only mentions its indicators', () => {
  it('is no table', () => {
    const text = ['主要指标', '指标', '单位', '到2025年，全省数字经济核心产业增加值占GDP比重达到10%。'].join('\n');
    expect(findIndicatorTables(foldForMatching(text), words, 2021)).toEqual([]);
  });
});
