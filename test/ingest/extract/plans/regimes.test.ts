import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Regimes of chiefs, read by their shape rather than a list of names (test/fixtures/corpus 004, 006, 009, 018).

const names = (text: string) =>
  buildGraph([record('passage', text)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('regimes of chiefs', () => {
  it('reads each regime of a list a verb puts in place (006, 009)', () => {
    expect(names('全面建立河长制、湖长制。')).toEqual(['河长制', '湖长制']);
    expect(names('坚持山水林田湖草沙一体化保护和系统治理，实施一批重大生态工程，全面推行河湖长制、林长制。')).toEqual([
      '河湖长制',
      '林长制',
    ]);
  });

  it('reads a quoted regime once, as the quoted reader does (018)', () => {
    expect(names('落实最严格的水资源管理制度，全面实施“河长制”，扎实推进“两河”治理。')).toEqual(['河长制']);
  });

  // Adapted: no tune text writes a chief's title before 制 inside a longer word; the shape's guard is shown on made words.
  it('reads no regime inside a longer word (a chief’s title or a body)', () => {
    expect(names('落实校长负责制，推行村长制度改革。')).toEqual([]);
  });
});
