import { join } from 'node:path';
import { findQuantities } from '../../../../src/ingest/extract/quantity';
import { fixtureReport, judgedIn } from '../judged-values';

// Rates per thousand (‰) as statistics releases write them (the NBS release on 2023, January 2024):
// a figure of its own unit, not a bare number; a policy's offer at a rate per thousand (按实际融资额的2‰给予补助,
// corpus 028) stays an offer, as one per hundred does.

const read = (text: string) => findQuantities(text).map((q) => ({ raw: q.raw, value: q.value, unit: q.unit }));

describe('rates per thousand', () => {
  it('reads 6.39‰ as 6.39 of the unit ‰', () => {
    expect(read('全年出生人口902万人，人口出生率为6.39‰；死亡人口1110万人，人口死亡率为7.87‰。')).toEqual([
      { raw: '902万人', value: 9020000, unit: '人' },
      { raw: '为6.39‰', value: 6.39, unit: '‰' },
      { raw: '1110万人', value: 11100000, unit: '人' },
      { raw: '为7.87‰', value: 7.87, unit: '‰' },
    ]);
  });
});

describe('an offer at a rate per thousand', () => {
  it('reads no value in 028’s 按实际融资额的2‰给予补助, as in its rates per hundred', () => {
    const report = fixtureReport(join(__dirname, '../../../fixtures/corpus'), '028_jinan-ai-pilot-zone-policies-2020.txt');
    expect(judgedIn(report, '按实际融资额的2‰给予补助')).toEqual([]);
  });
});
