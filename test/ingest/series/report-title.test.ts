import { identityReader, loadLexicon } from '../../../src/ingest';
import { record } from '../../fixtures/genre/records';

// A work report's title line that says more than its genre (the city before the district) names the report too: the
// series calls it 2019年西湖区政府工作报告 from its address and congress. Opening of a district's work report outside the
// corpus (session 22), in the published form of 2019年杭州市西湖区政府工作报告; the wording is recalled, invented in part.

const opening = [
  '2019年杭州市西湖区政府工作报告',
  '——2019年1月在杭州市西湖区第十七届人民代表大会第四次会议上',
  '',
  '各位代表：',
  '',
  '现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。',
].join('\n');

describe('a work report’s title line', () => {
  it('is an alias of the report the series names', () => {
    const id = identityReader(loadLexicon()).read({ ...record('xihu-2019', opening), period: '2019' });
    expect(id && [id.issuer, id.year, id.aliases]).toEqual(['西湖区政府', 2019, ['政府工作报告', '2019年杭州市西湖区政府工作报告']]);
  });

  it('adds nothing when the title is the genre alone or a sentence', () => {
    const reader = identityReader(loadLexicon());
    expect(reader.read({ ...record('bare', opening.replace('2019年杭州市西湖区', '')), period: '2019' })?.aliases).toEqual([
      '政府工作报告',
    ]);
  });
});
