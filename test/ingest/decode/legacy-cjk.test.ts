import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { decodeDocument } from '../../../src/ingest/decode';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC: { Converter(o: { from: string; to: string }): (s: string) => string } = require('opencc-js/cn2t');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const SEEDS = path.join(__dirname, '../../../seeds');
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(path.join(SEEDS, f), 'utf8') }));

describe('decodeDocument: GB18030 versus Big5', () => {
  it('has the five seeds to work with', () => {
    expect(seeds).toHaveLength(5);
  });

  it.each(seeds.map((s) => [s.name, s.text]))('reads seed %s re-encoded as GB18030 back exactly', (_name, text) => {
    expect(decodeDocument(iconv.encode(text, 'gb18030'))).toEqual({ text, encoding: 'gb18030' });
  });

  it.each(seeds.map((s) => [s.name, s.text]))('reads seed %s in traditional Big5 as Big5, staying traditional', (_name, text) => {
    const bytes = iconv.encode(toTraditional(text), 'big5');
    const decoded = decodeDocument(bytes);
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toBe(iconv.decode(bytes, 'big5'));
    expect(decoded.text).toMatch(/數/);
  });

  it.each(
    seeds.map((s) => [
      s.name,
      s.text
        .split('\n')
        .find((l) => l.trim().length >= 12)!
        .trim(),
    ]),
  )('tells the encodings apart on a single line of seed %s', (_name, line) => {
    expect(decodeDocument(iconv.encode(line, 'gbk')).encoding).toBe('gb18030');
    expect(decodeDocument(iconv.encode(toTraditional(line), 'big5')).encoding).toBe('big5');
  });

  it('reads GB18030 four-byte characters that GBK lacks', () => {
    const text = '收录𠮷野家、䶮字库等生僻字数据集12个';
    expect(decodeDocument(iconv.encode(text, 'gb18030'))).toEqual({ text, encoding: 'gb18030' });
  });

  it('drops a GB18030 byte-order mark', () => {
    const text = '烟台市数字政府建设工作要点';
    const bytes = Buffer.concat([Buffer.from([0x84, 0x31, 0x95, 0x33]), iconv.encode(text, 'gb18030')]);
    expect(decodeDocument(bytes).text).toBe(text);
  });
});
