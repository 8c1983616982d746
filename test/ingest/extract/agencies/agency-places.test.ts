import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// A body named with a city or district the place list does not know (呼伦贝尔市委, 崂山区政府, 海拉尔区人民政府)
// keeps its place in its name and its identity, so two places' bodies stay two nodes and no body is given to the
// document's own city. Sentences quoted from the Hailar district work reports (017, 019), the Qingdao AI plans
// (046, 050), the Jinan measures (024, 036), the zero-waste city pilot (074) and a district report (014).

type Agency = { id: string; name: string; city: unknown };
const agencies = (...texts: string[]): Agency[] =>
  buildGraph(texts.map((t, k) => record(`passage${k}`, t)))
    .nodes.filter((n) => n.label === 'Agency')
    .map((n) => ({ id: n.id, name: n.name, city: n.properties.city }));
const named = (all: Agency[], name: string) => all.filter((a) => a.name === name);

describe('a body named after a place the lexicon does not list', () => {
  it('reads the city written before 市委 as part of the body, not the document’s own city committee', () => {
    // 019
    const all = agencies('部署，全面贯彻落实自治区党委、呼伦贝尔市委和区委的工作要求，持续推进各项工作。');
    expect(named(all, '呼伦贝尔市委')).toEqual([expect.objectContaining({ city: '呼伦贝尔' })]);
    expect(named(all, '市委')).toEqual([]);
  });

  it('keeps the district of a government a role note names (崂山区政府) and of a report’s own (海拉尔区人民政府)', () => {
    // 046, 017
    const all = agencies(
      '能化应用引领高地。（责任单位：崂山区政府、市工业和信息化局）',
      '现在,我代表海拉尔区人民政府向大会作工作报告,请予审议。',
    );
    expect(named(all, '崂山区政府')).toEqual([expect.objectContaining({ city: '崂山' })]);
    expect(named(all, '海拉尔区人民政府')).toEqual([expect.objectContaining({ city: '海拉尔' })]);
  });

  it('keeps two districts’ governments two nodes, and one district’s one across documents', () => {
    // 046 and 050 name 崂山区政府; 019's title names 海拉尔区政府.
    const all = agencies(
      '能化应用引领高地。（责任单位：崂山区政府、市工业和信息化局）',
      '市交通运输局、市委军民融合办，崂山区政府，国家深海基地管理中心',
      '报告工作制度》。海拉尔区政府要加强领导。',
    );
    const governments = all.filter((a) => /^(?:崂山|海拉尔)区政府$/.test(a.name));
    expect(governments.map((a) => a.name).sort()).toEqual(['崂山区政府', '海拉尔区政府']);
    expect(new Set(governments.map((a) => a.id)).size).toBe(2);
  });

  it('keeps an unlisted city’s government apart from the document’s own city', () => {
    // 017 names the city above the district; a Qingdao document's own 市委 is another body.
    const all = agencies(
      '定、自治区党委28条配套规定和呼伦贝尔市委十项要求，政府自身建设不断加强。',
      '青岛市人民政府印发。市委要加强领导。',
    );
    const committees = all.filter((a) => a.name.endsWith('市委'));
    expect(committees.map((a) => a.city).sort()).toEqual(['呼伦贝尔', '青岛']);
  });
});

describe('what only looks like a place before a level word', () => {
  it('reads no place in a kind of city, a region, a party or a list of levels', () => {
    // 074, 014, 024, 036
    const names = [
      ...agencies('以下均需试点城市政府落实，不再列出）'),
      ...agencies('次荣获全国科技进步考核先进县(区)称号，被自治区政府授予重点区域绿化先进单位'),
      ...agencies('各民主党派市委。'),
      ...agencies('单位：市工业和信息化局、市委机要保密局、各区县政府、济南高新区管委会）'),
    ];
    expect(names.filter((a) => typeof a.city === 'string' && /^(?:试点城|自治|党派|各区|民主党派|高新)/.test(a.city))).toEqual([]);
    expect(names.map((a) => a.name)).not.toContain('民主党派市委');
  });
});
