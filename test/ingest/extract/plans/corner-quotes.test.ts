import { buildGraph } from '../../../../src/ingest';
import type { GraphNode } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Texts published in Hong Kong and Taiwan quote with 「」: a programme quoted so is read as one quoted “”, and keeps
// its name as written (src/ingest/normalise/fold.ts, src/ingest/resolve/names.ts). A Special Administrative Region
// is no district (seeds/lexicon/plans.json → levels.notLevel). Fresh official text, recalled from the published
// press release (香港特别行政区政府新闻公报, 18 February 2019).

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
