import { buildGraph } from '../../../../src/ingest';
import type { GraphNode } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Texts published in Hong Kong and Taiwan quote with 「」: a programme quoted so is read as one quoted “”, and keeps
// its name as written (src/ingest/normalise/fold.ts, src/ingest/resolve/names.ts). A Special Administrative Region
// is no district (seeds/lexicon/plans.json → levels.notLevel). Taiwan's press marks a document's title with 〈〉
// (src/ingest/extract/plans/plans.ts). Fresh official texts, recalled from the published press release
// (香港特别行政区政府新闻公报, 18 February 2019) and news report (經濟日報, 15 July 2021).

const text = [
  '粵港澳大灣區發展規劃綱要',
  '',
  '香港特別行政區政府新聞公報',
  '',
  '中共中央、國務院今日印發《粵港澳大灣區發展規劃綱要》。特區政府會與廣東省政府及澳門特區政府緊密合作，並積極參與「一帶一路」建設。',
].join('\n');

const plans = (): GraphNode[] => buildGraph([record('passage', text)]).nodes.filter((n) => n.label === 'Plan');

describe('a Hong Kong press release', () => {
  it('reads the Belt and Road programme quoted with 「」, named as written, the simplified form an alias', () => {
    const belt = plans().find((p) => p.name.includes('一帶一路'));
    expect(belt?.name).toBe('「一帶一路」建設');
    expect(belt?.aliases).toContain('“一带一路”建设');
  });

  it('gives the Greater Bay Area outline no district level from the SAR government’s name', () => {
    const outline = plans().find((p) => p.name === '粵港澳大灣區發展規劃綱要');
    expect(outline?.properties.level).toBe('national');
  });
});

describe('a Taiwan news report', () => {
  const report = [
    '大陸國務院印發意見支持浦東新區',
    '',
    '（經濟日報，2021年7月15日）',
    '',
    '中共中央、國務院日前印發〈關於支持浦東新區高水平改革開放打造社會主義現代化建設引領區的意見〉。意見提出，到2035年，浦東現代化經濟體系全面構建。',
  ].join('\n');

  it('reads a title marked with 〈〉, named as written, the simplified form an alias', () => {
    const opinion = buildGraph([record('passage', report)])
      .nodes.filter((n) => n.label === 'Plan')
      .find((p) => p.name.startsWith('關於支持浦東新區'));
    expect(opinion?.name).toBe('關於支持浦東新區高水平改革開放打造社會主義現代化建設引領區的意見');
    expect(opinion?.aliases).toContain('关于支持浦东新区高水平改革开放打造社会主义现代化建设引领区的意见');
  });
});
