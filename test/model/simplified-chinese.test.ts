import { mayHoldTraditional, toSimplified } from '../../src/model';

// The converter is skipped for text it cannot change: the skip must never keep a traditional
// form. Checked against opencc-js itself, entry by entry of its own t→cn dictionaries.

interface OpenCCBundle {
  Converter(o: { from: string; to: string }): (s: string) => string;
  Locale: { configs: Record<string, { normalizationChain: string[][]; conversionChain: string[][] }> };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC: OpenCCBundle = require('opencc-js/t2cn');
const convert = OpenCC.Converter({ from: 't', to: 'cn' });

describe('toSimplified', () => {
  it('converts every dictionary entry the converter changes, inside running text', () => {
    const { normalizationChain, conversionChain } = OpenCC.Locale.configs.t2s;
    const keys = [...normalizationChain, ...conversionChain]
      .flat()
      .flatMap((dict) => dict.split('|'))
      .map((entry) => entry.split(' ')[0]);
    expect(keys.length).toBeGreaterThan(4000);
    const wrong = keys.map((k) => `推进${k}工作`).filter((text) => toSimplified(text) !== convert(text));
    expect(wrong).toEqual([]);
  });

  it('converts phrases made only of characters kept on their own', () => {
    expect(toSimplified('请反覆研究后答覆')).toBe('请反复研究后答复');
    expect(toSimplified('沈思良久')).toBe('沉思良久');
    expect(toSimplified('發展規劃')).toBe('发展规划');
  });

  it('hands simplified text back as it is, without converting it', () => {
    for (const text of ['沈阳市推进全覆盖', '到2025年，地区生产总值增长6%左右', '破坏生态环境']) {
      expect(mayHoldTraditional(text)).toBe(false);
      expect(toSimplified(text)).toBe(text);
      expect(convert(text)).toBe(text);
    }
  });
});
