import { findQuantities } from '../../../../src/ingest/extract/quantity';
import { seedTexts } from './seed-text';

// Whole documents, as the extractor will see them.

describe('findQuantities over whole seed documents', () => {
  it('quotes every quantity exactly and never overlaps two', () => {
    for (const text of Object.values(seedTexts)) {
      const found = findQuantities(text);
      found.forEach((q, k) => {
        expect(text.slice(q.start, q.end)).toBe(q.raw);
        if (k > 0) expect(q.start).toBeGreaterThanOrEqual(found[k - 1].end);
      });
    }
  });

  it("reads the 2025 action plan's targets with their bounds", () => {
    const targets = findQuantities(seedTexts['003'])
      .filter((q) => q.comparator)
      .map((q) => `${q.value}${q.unit ?? ''}${q.comparator}`);
    expect(targets).toEqual([
      '12%>=',
      '10处>=',
      '20家>=',
      '30个>=',
      '20个>=',
      '310000000000元>=',
      '2个>=',
      '65000架>=',
      '35%>=',
      '45000个>=',
    ]);
  });

  it('finds the declared task counts and never a year, a date, a phone or an index number', () => {
    const values = Object.values(seedTexts)
      .flatMap((t) => findQuantities(t))
      .map((q) => q.value);
    expect(values).toEqual(expect.arrayContaining([51, 54]));
    for (const never of [2022, 2023, 2024, 2025, 2027, 85912190, 20250516]) {
      expect(values).not.toContain(never);
    }
  });

  it('reports 5G base stations in 2024 and targets them in 2023 and 2025', () => {
    const of = (doc: string) =>
      findQuantities(seedTexts[doc]).filter((q) => seedTexts[doc].slice(q.start - 12, q.start).includes('5G基站'));
    expect(of('000').map((q) => [q.value, q.qualifier])).toEqual([[42700, '累计']]);
    expect(of('001').map((q) => [q.value, q.comparator])).toContainEqual([33500, '=']);
    expect(of('003').map((q) => [q.value, q.comparator])).toEqual([[45000, '>=']]);
  });

  it('reads only inside [from, to) and still answers in document offsets', () => {
    const text = seedTexts['003'];
    const from = text.indexOf('力争5G基站数');
    const to = text.indexOf('。', from);
    const found = findQuantities(text, from, to);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ raw: '达4.5万个', value: 45000, comparator: '>=' });
    expect(text.slice(found[0].start, found[0].end)).toBe('达4.5万个');
  });
});
