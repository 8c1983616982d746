import { decodeDocument, DocumentRejected } from '../../../src/ingest/decode';

/** The one-line reason decodeDocument gives for these bytes (fails the test if it accepts them). */
function reasonFor(bytes: Buffer, maxBytes?: number): string {
  try {
    const { text } = decodeDocument(bytes, { maxBytes });
    throw new Error(`accepted: ${JSON.stringify(text.slice(0, 40))}`);
  } catch (err) {
    if (!(err instanceof DocumentRejected)) throw err;
    expect(err.message).toBe(err.reason);
    expect(err.reason).not.toMatch(/\n/);
    return err.reason;
  }
}

describe('decodeDocument: rejections name the problem', () => {
  it('rejects an empty file', () => {
    expect(reasonFor(Buffer.alloc(0))).toMatch(/^empty file/);
  });

  it('rejects white space only, ideographic spaces included', () => {
    expect(reasonFor(Buffer.from(' \n\t\u3000\u3000\r\n', 'utf8'))).toMatch(/^whitespace only/);
  });

  it.each([
    ['PNG', '89504e470d0a1a0a0000000d49484452', /PNG image/],
    ['ZIP (a .docx)', '504b0304140006000800', /ZIP archive/],
    ['PDF', '255044462d312e370a25e2e3cfd3', /PDF document/],
    ['legacy Word', 'd0cf11e0a1b11ae1000000000000', /legacy Office document/],
    ['gzip', '1f8b0800000000000003', /gzip/],
  ])('rejects %s bytes by their magic number', (_kind, hex, expected) => {
    const reason = reasonFor(Buffer.from(hex, 'hex'));
    expect(reason).toMatch(/^binary file/);
    expect(reason).toMatch(expected);
  });

  it('rejects bytes with NULs scattered like binary data', () => {
    const bytes = Buffer.from([0x12, 0x00, 0x00, 0x7a, 0x00, 0x33, 0x00, 0x00, 0x91, 0x00, 0x00, 0x05]);
    expect(reasonFor(bytes)).toMatch(/NUL bytes/);
  });

  it('rejects text full of control characters', () => {
    expect(reasonFor(Buffer.from('数据\x01\x02\x03\x04\x05\x06\x07\x08'.repeat(10), 'utf8'))).toMatch(/control characters/);
  });

  it('rejects a file over maxBytes, naming both sizes', () => {
    const bytes = Buffer.from('数字经济核心产业增加值', 'utf8');
    expect(reasonFor(bytes, 10)).toBe(`too large: ${bytes.length} bytes, over the limit of 10 bytes`);
  });

  it('rejects text with no Chinese characters or letters at all', () => {
    expect(reasonFor(Buffer.from('2026 -- 12.5% / 3,000 / 100%\n', 'utf8'))).toMatch(/no Chinese characters or letters/);
  });

  it('rejects high bytes that no legacy encoding reads as Chinese', () => {
    const bytes = Buffer.alloc(2000);
    let x = 3;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = 0x80 | (x >>> 25);
    }
    expect(reasonFor(bytes)).toMatch(/^unknown encoding/);
  });

  it('accepts English-only text: letters are enough', () => {
    expect(decodeDocument(Buffer.from('Digital city plan 2026\n', 'utf8')).text).toBe('Digital city plan 2026\n');
  });
});
