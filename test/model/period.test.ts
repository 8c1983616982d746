import { Period } from '../../src/model';

// The one period value shared by segment, extract, link and the API.

describe('Period', () => {
  it('parses and formats years, months, halves, quarters and spans', () => {
    for (const text of ['2022', '2022-10', '2025H1', '2025Q3', '2018-2022']) expect(Period.format(Period.parse(text)!)).toBe(text);
    expect(Period.format(Period.parse('2013–2017')!)).toBe('2013-2017');
    expect(Period.parse(2024)).toEqual({ kind: 'year', year: 2024 });
    expect(Period.parse('2022-13')).toBeUndefined();
    expect(Period.parse('2025-2023')).toBeUndefined();
    expect(Period.parse('十四五')).toBeUndefined();
  });

  it('reads a period as users and documents write it, in one canonical form', () => {
    expect(Period.normalise(' 2023—2025 ')).toBe('2023-2025');
    expect(Period.normalise('2023年至2025年')).toBe('2023-2025');
    expect(Period.normalise('２０２４年')).toBe('2024');
    expect(Period.normalise('2024-4')).toBe('2024-04');
    expect(Period.parse('2023~2025')).toEqual({ kind: 'span', from: 2023, to: 2025 });
    expect(Period.normalise(' 十四五 ')).toBe('十四五');
  });

  it('knows the years a period covers', () => {
    const fiveYears = Period.parse('2018-2022')!;
    expect(Period.containsYear(fiveYears, 2020)).toBe(true);
    expect(Period.containsYear(fiveYears, 2023)).toBe(false);
    expect(Period.lastYear(fiveYears)).toBe(2022);
    expect(Period.lastYear(Period.parse('2025H1')!)).toBe(2025);
    expect(Period.span(2024, 2024)).toEqual({ kind: 'year', year: 2024 });
  });

  it('orders by when a period ends, then when it starts', () => {
    const sorted = ['2023', '2022-10', '2018-2022', '2022', '2022H1']
      .map((t) => Period.parse(t)!)
      .sort(Period.compare)
      .map(Period.format);
    expect(sorted).toEqual(['2022H1', '2022-10', '2018-2022', '2022', '2023']);
  });
});
