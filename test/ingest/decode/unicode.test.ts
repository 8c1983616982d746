import { decodeDocument } from '../../../src/ingest/decode';

const PLAN = '青岛市数字政府2026年工作要点\n（一）政务服务事项网上可办率达到99%。\n';
const utf16le = (s: string): Buffer => Buffer.from(s, 'utf16le');
const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

describe('decodeDocument: Unicode encodings', () => {
  it('reads plain UTF-8 unchanged, CRLF and all', () => {
    const text = '一、总体要求\r\n到2026年，建成城市运行管理平台。\r\n';
    expect(decodeDocument(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
  });

  it('strips a UTF-8 byte-order mark so offsets start at the first character', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAN, 'utf8')]);
    const { text, encoding } = decodeDocument(bytes);
    expect(encoding).toBe('utf-8');
    expect(text).toBe(PLAN);
    expect(text.indexOf('青岛')).toBe(0);
  });

  it('reads UTF-16 LE and BE by their byte-order marks', () => {
    expect(decodeDocument(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(PLAN)]))).toEqual({ text: PLAN, encoding: 'utf-16le' });
    expect(decodeDocument(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(PLAN)]))).toEqual({ text: PLAN, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM by where its NUL bytes fall, even with 一 (U+4E00) in the text', () => {
    expect(decodeDocument(utf16le(PLAN))).toEqual({ text: PLAN, encoding: 'utf-16le' });
    expect(decodeDocument(utf16be(PLAN))).toEqual({ text: PLAN, encoding: 'utf-16be' });
  });

  it('drops a UTF-8 character cut off at the end instead of misreading the file as GBK', () => {
    const whole = Buffer.from('数据中心标准机架达到3万个', 'utf8');
    for (const cut of [1, 2]) {
      const { text, encoding } = decodeDocument(whole.subarray(0, whole.length - cut));
      expect(encoding).toBe('utf-8');
      expect(text).toBe('数据中心标准机架达到3万');
    }
  });

  it('keeps a UTF-8 file with one damaged byte as UTF-8, with one replacement character', () => {
    const good = Buffer.from('济南市数字经济行动方案', 'utf8');
    const bytes = Buffer.concat([good.subarray(0, 9), Buffer.from([0xff]), good.subarray(9)]);
    expect(decodeDocument(bytes)).toEqual({ text: '济南市\uFFFD数字经济行动方案', encoding: 'utf-8' });
  });

  it('drops a dangling odd byte at the end of UTF-16', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('建设数字乡村'), Buffer.from([0x41])]);
    expect(decodeDocument(bytes).text).toBe('建设数字乡村');
  });
});
