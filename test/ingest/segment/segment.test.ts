import { loadLexicon } from '../../../src/ingest/lexicon';
import { segment, splitClauses, type SegmentedDocument } from '../../../src/ingest/segment';
import { readMarker } from '../../../src/ingest/segment/outline';
import { SEED, seedRecords } from '../../fixtures/genre/records';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentRecord } from '../../../src/model';
import { CORPUS_DIR } from '../corpus/corpus-fixture';

const lexicon = loadLexicon();
const docs = new Map(seedRecords().map((d) => [d.id, segment(d, lexicon)]));
const seg = (id: string): SegmentedDocument => docs.get(id)!;
const section = (s: SegmentedDocument, heading: string) => s.sections.find((x) => x.headingText === heading)!;

describe('document kind, title, date and period', () => {
  it('reads the 2025 interpretation from its title and metadata lines', () => {
    const s = seg(SEED.interpretation2025);
    expect(s.kind).toBe('interpretation');
    expect(s.title).toBe('【文字解读】《数字青岛2025年行动方案》政策解读');
    expect(s.date).toBe('2025-05-16');
    expect(s.period).toBe('2025');
  });

  it('reads the 2024 report, which has no title line, from its headings', () => {
    const s = seg(SEED.report2024);
    expect(s.kind).toBe('implementation_report');
    expect(s.period).toBe('2024');
    expect(s.date).toBeUndefined();
  });

  it('dates the 2023 news item by its dateline and the year of the plan it reports', () => {
    const s = seg(SEED.news2023);
    expect(s.kind).toBe('news');
    expect(s.title).toBe('《数字青岛2023年行动方案》发布 推进六大创新工程51项重点任务');
    expect(s.date).toBe('2023-03-20');
    expect(s.period).toBe('2023');
  });

  it('reads 来源 in a plan’s body as a word, not a news byline (来源：… labels one)', () => {
    const text = readFileSync(join(CORPUS_DIR, '070_cn-smart-drug-regulation-plan-2019.txt'), 'utf8');
    expect(text).toContain('将互联网信息作为重要来源');
    const record = { id: '070', path: '070.txt', text, kind: 'other', encoding: 'utf-8', hash: '070', title: '', chars: text.length };
    expect(segment(record as DocumentRecord, lexicon).kind).not.toBe('news'); // it was, before 来源 needed its colon
  });

  it('takes no line a layout wrapped mid-sentence for the title (066: its opening sentence runs on under it)', () => {
    const text = readFileSync(join(CORPUS_DIR, '066_cn-digital-aging-friendly-plan-2023.txt'), 'utf8');
    expect(text.startsWith('持续推进数字技术适老化是践行积极应对人口老龄化\n战略的重要举措，')).toBe(true);
    const title = '数字技术适老化高质量发展工作方案';
    const record = { id: '066', path: '066.txt', text, kind: 'other', encoding: 'utf-8', hash: '066', title, chars: text.length };
    const s = segment(record as DocumentRecord, lexicon);
    expect(s.titleSpan).toBeUndefined();
    expect(s.title).toBe(title); // the title it was delivered with
  });

  it('keeps a title line right over its prose, shorter than the lines under it (075)', () => {
    const text =
      '国家职业教育改革实施方案\n各级政府要建立与办学规模、培养成本、办学质量等相适应的财政投入制度，地方政府要按规定制定并落实职业院校生均经费标准或公用经费标准。';
    const record = { id: '075', path: '075.txt', text, kind: 'other', encoding: 'utf-8', hash: '075', title: '', chars: text.length };
    expect(segment(record as DocumentRecord, lexicon).title).toBe('国家职业教育改革实施方案');
  });

  it('gives the feature article the latest year it speaks of', () => {
    const s = seg(SEED.feature2024);
    expect(s.kind).toBe('news');
    expect(s.period).toBe('2024');
  });

  it('reads a half-year work summary as 2025H1', () => {
    const s = seg(SEED.summary2025);
    expect(s.kind).toBe('work_summary');
    expect(s.title).toBe('市大数据局2025年上半年工作总结');
    expect(s.date).toBe('2025-07-24');
    expect(s.period).toBe('2025H1');
  });
});

describe('sections', () => {
  it('finds the seven 实施…工程 sections of the 2025 interpretation, in plan mode, with domains', () => {
    const s = seg(SEED.interpretation2025);
    expect(s.sections.map((x) => x.headingText)).toEqual([
      '实施数字经济提质工程',
      '实施数字政府提质工程',
      '实施数字文化提质工程',
      '实施数字社会提质工程',
      '实施数字生态文明提质工程',
      '实施数据基础设施筑基工程',
      '实施综合保障体系配套工程',
    ]);
    expect(s.sections.every((x) => x.mode === 'plan')).toBe(true);
    expect(s.sections.map((x) => x.domain)).toEqual([
      '数字经济',
      '数字政府',
      '数字文化',
      '数字社会',
      '数字生态文明',
      '数字基础设施',
      '综合保障',
    ]);
  });

  it('reads a report: results in 实施成效, next year’s tasks in 下一步工作打算', () => {
    const s = seg(SEED.report2024);
    expect(section(s, '实施成效').mode).toBe('report');
    expect(section(s, '数据要素价值持续释放').mode).toBe('report');
    expect(section(s, '数据要素价值持续释放').domain).toBe('数据要素');
    expect(section(s, '数据基础设施大动脉持续完善').domain).toBe('数字基础设施');
    const next = section(s, '下一步工作打算');
    expect([next.mode, next.period]).toEqual(['plan', '2025']);
  });

  it('reads a half-year summary: problems yield nothing, 下半年 is 2025H2', () => {
    const s = seg(SEED.summary2025);
    expect(section(s, '工作中存在的问题和不足').mode).toBe('problems');
    expect(section(s, '上半年工作推进情况').mode).toBe('report');
    const next = section(s, '下半年重点工作打算');
    expect([next.mode, next.period]).toEqual(['plan', '2025H2']);
    expect(section(s, '加强规划统筹').rank).toBeGreaterThan(section(s, '全面统筹数字青岛规划建设').rank);
  });

  it('frames the opening paragraph as context (no tasks before the first heading)', () => {
    const s = seg(SEED.interpretation2025);
    expect(s.sentences[0].mode).toBe('context');
    expect(s.folded.slice(s.sentences[0].start, s.sentences[0].start + 7)).toBe('为深入贯彻落实');
  });

  it('marks the unrelated heating-pipeline article on the 2023 news page as not relevant', () => {
    const s = seg(SEED.news2023);
    const heating = s.document.text.indexOf('西海岸新区华能董家口电厂');
    const block = s.blocks.find((b) => heating >= b.start && heating < b.end)!;
    expect(block.relevant).toBe(false);
    expect(s.blocks[0].relevant).toBe(true);
  });

  it('joins a sentence broken across lines', () => {
    const s = seg(SEED.news2023);
    const at = s.document.text.indexOf('统筹新型数据中心、智能计算');
    const sentence = s.sentences.find((x) => at >= x.start && at < x.end)!;
    expect(s.document.text.slice(sentence.start, sentence.end)).toContain('力争数据中心标准机架数达到4.5万个');
  });
});

describe('outline markers and clauses', () => {
  it.each([
    ['一、总体要求', 'cn', 1],
    ['（二）重点任务', 'paren-cn', 2],
    ['(一)抓好规划', 'paren-cn', 2],
    ['1.数据要素', 'num', 3],
    ['（3）加强保障', 'paren-num', 4],
    ['●推进数字政府', 'bullet', 5],
    ['一是加强规划统筹', 'ordinal', 6],
    ['## 未来已来', 'markdown', 1],
    ['第三条 本办法', 'article', 3],
  ])('reads %s as %s', (line, kind, rank) => {
    expect(readMarker(line)).toMatchObject({ kind, rank });
  });

  it('does not read a decimal as an outline number', () => {
    expect(readMarker('1.88毫秒')).toBeUndefined();
  });

  it('splits clauses at commas outside quotes and titles, never inside a number', () => {
    const text = '围绕“数字产业化”“产业数字化,数据”等方面,推动《方案,细则》落实,投资1,000万元;建成平台';
    const parts = splitClauses(text, 0, text.length).map((c) => text.slice(c.start, c.end));
    expect(parts).toEqual(['围绕“数字产业化”“产业数字化,数据”等方面', '推动《方案,细则》落实', '投资1,000万元', '建成平台']);
  });
});

describe('a metadata block with a labelled title field (gov.cn pages)', () => {
  // The head of a real gov.cn document (国发〔2018〕42号): the index number comes first, the title
  // sits under its label.
  const text = [
    '索 引 号：',
    '',
    '000014349/2018-00223',
    '',
    '发文机关：',
    '',
    '国务院',
    '',
    '标　　题：',
    '',
    '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见',
    '',
    '发文字号：',
    '',
    '国发〔2018〕42号',
    '',
    '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
    '',
    '农业机械化和农机装备是转变农业发展方式、提高农村生产力的重要基础，是实施乡村振兴战略的重要支撑。为加快推进农业机械化和农机装备产业转型升级，现提出以下意见。',
  ].join('\n');
  const record = {
    id: 'govcn-labelled',
    title: '',
    path: 'govcn-labelled.txt',
    chars: text.length,
    text,
    kind: 'other' as const,
    encoding: 'utf-8',
    hash: 'x',
  };

  it('takes the title from under its label, not the index number above it', () => {
    const s = segment(record, lexicon);
    expect(s.title).toBe('国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见');
    expect(text.slice(s.titleSpan!.start, s.titleSpan!.end)).toBe(s.title);
  });
});
