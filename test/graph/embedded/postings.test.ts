import { MAX_DOCS, Postings, packTf, tfAliases, tfName, tfSources } from '../../../src/graph/embedded/postings';

// A posting list read against a plain list of {doc, tf} kept beside it: long lists (thousands of
// entries, far past where the typed arrays it used to hold left the JS heap), counts capped per
// field, seeks from any position, and compaction that drops and renumbers entries in order.

interface Entry {
  doc: number;
  tf: number;
}

function filled(count: number): { list: Postings; model: Entry[] } {
  const list = new Postings();
  const model: Entry[] = [];
  let doc = 0;
  for (let i = 0; i < count; i++) {
    doc += 1 + ((i * 7) % 5); // ascending, with gaps
    list.push(doc, 0);
    const field = i % 3;
    const times = i % 11 === 0 ? 1030 : 1 + (i % 4); // some past the 1023 cap
    for (let k = 0; k < times; k++) list.countLast(field);
    const counts = [0, 0, 0];
    counts[field] = times;
    model.push({ doc, tf: packTf(counts[0], counts[1], counts[2]) });
  }
  return { list, model };
}

const entries = (list: Postings): Entry[] => Array.from({ length: list.length }, (_, i) => ({ doc: list.docAt(i), tf: list.tfAt(i) }));

describe('a posting list', () => {
  it('holds every entry in order with its capped field counts', () => {
    const { list, model } = filled(5000);
    expect(list.length).toBe(5000);
    expect(entries(list)).toEqual(model);
    const capped = list.tfAt(0);
    expect([tfName(capped), tfAliases(capped), tfSources(capped)]).toEqual([1023, 0, 0]);
  });

  it('seeks an entry from any earlier position, and says where a missing one would go', () => {
    const { list, model } = filled(3000);
    for (let from = 0; from < model.length; from += 97) {
      // Every entry just after the start (where galloping takes its first steps), then a sample.
      for (let i = from; i < model.length; i += i < from + 40 ? 1 : 13) {
        expect(list.seek(model[i].doc, from)).toBe(i);
        // One below an entry is absent when the gap allows it: it would go at i.
        if (i > 0 && model[i - 1].doc < model[i].doc - 1) expect(list.seek(model[i].doc - 1, from)).toBe(-i - 1);
      }
    }
    expect(list.seek(model[model.length - 1].doc + 1, 0)).toBe(-model.length - 1);
  });

  it('compacts to the live entries, renumbered, in order, and keeps taking entries after', () => {
    const { list, model } = filled(4000);
    const top = model[model.length - 1].doc;
    const renumber = new Int32Array(top + 1).fill(-1);
    let next = 0;
    for (let doc = 0; doc <= top; doc++) if (doc % 3 !== 0) renumber[doc] = next++;
    list.compact(renumber);
    const live = model.filter((e) => e.doc % 3 !== 0).map((e) => ({ doc: renumber[e.doc], tf: e.tf }));
    expect(entries(list)).toEqual(live);
    list.push(next, 0);
    list.countLast(2);
    expect(list.length).toBe(live.length + 1);
    expect(list.seek(next, 0)).toBe(live.length);
    expect(tfSources(list.tfAt(live.length))).toBe(1);
  });

  it('keeps the highest entry numbers apart from full field counts', () => {
    const list = new Postings();
    const top = MAX_DOCS - 1;
    for (const doc of [top - 2, top - 1, top]) {
      list.push(doc, 0);
      for (let k = 0; k < 1030; k++) for (let f = 0; f < 3; f++) list.countLast(f);
    }
    expect(entries(list)).toEqual([top - 2, top - 1, top].map((doc) => ({ doc, tf: packTf(1023, 1023, 1023) })));
    expect(list.seek(top - 1, 0)).toBe(1);
    expect(list.seek(top + 1, 0)).toBe(-4);
  });
});
