import { queryUnits, snippet } from '../../../src/api/services';
import { DOC_2025, planGraph } from '../../fixtures/graph/plan-graph';

const text2025 = planGraph.documents.find((d) => d.id === DOC_2025)!.text;

describe('snippet', () => {
  it('marks a whole match inside a window of the real sentence', () => {
    const s = snippet(text2025, '大模型');
    expect(s).toContain('<mark>大模型</mark>');
    expect(s.length).toBeLessThan(120);
    expect(s.startsWith('…')).toBe(true);
  });

  it('falls back to bigrams when the phrase is not contiguous', () => {
    expect(queryUnits('政务模型')).toEqual(['政务', '务模', '模型']);
    expect(snippet('建设政务大模型', '政务模型')).toBe('建设<mark>政务</mark>大<mark>模型</mark>');
  });

  it('escapes HTML in the source text', () => {
    expect(snippet('a<b>大模型', '大模型')).toBe('a&lt;b&gt;<mark>大模型</mark>');
  });
});
