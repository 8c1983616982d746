import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readDocuments } from '../../../src/ingest/read';

// The five real documents, read the way the CLI reads them: a folder given relative to the repo.

describe('readDocuments over the seeds folder', () => {
  const cwd = process.cwd();
  beforeAll(() => process.chdir(`${__dirname}/../../..`));
  afterAll(() => process.chdir(cwd));

  it('reads all five seeds, in path order, with nothing rejected (the lexicon JSON beside them is skipped)', async () => {
    const { documents, rejected, duplicates } = await readDocuments(['seeds/']);
    expect(rejected).toEqual([]);
    expect(duplicates).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual([
      '000_526428257d139060',
      '001_2347e63f3516f4ec',
      '002_47e05fa1ccffa2f8',
      '003_204df86a34e42382',
      '004_3695672b474745f3',
    ]);
  });

  it('fills each record from the file: path as given, text, chars, encoding, hash', async () => {
    const { documents } = await readDocuments(['seeds']);
    for (const doc of documents) {
      const text = readFileSync(doc.path, 'utf8');
      expect(doc.path).toBe(`seeds/${doc.id}.txt`);
      expect(doc.text).toBe(text);
      expect(doc.chars).toBe(text.length);
      expect(doc.encoding).toBe('utf-8');
      expect(doc.hash).toBe(createHash('sha256').update(text).digest('hex'));
      expect(doc.kind).toBe('other');
      expect(doc.title).toBe('');
    }
    const plan2025 = documents.find((d) => d.id.startsWith('003_'))!;
    expect(plan2025.text).toContain('《数字青岛2025年行动方案》');
  });

  it('reads a seed named explicitly the same as through its folder', async () => {
    const [viaFolder] = (await readDocuments(['seeds'])).documents;
    const { documents } = await readDocuments(['./seeds/000_526428257d139060.txt']);
    expect(documents).toEqual([viaFolder]);
  });
});
