import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { decodeDocument, DocumentRejected } from '../../../src/ingest/decode';

// Issue 17 D1/D7: a file in two encodings, or with marks of one encoding before text in another,
// is refused with one line instead of being read whole in the wrong encoding.

const SEED = readFileSync(path.join(__dirname, '../../../seeds/000_526428257d139060.txt'), 'utf8');
const lines = SEED.split('\n').filter((l) => l.trim().length > 10);
const half = Math.floor(lines.length / 2);
const first = lines.slice(0, half).join('\n') + '\n';
const second = lines.slice(half).join('\n') + '\n';

function refusal(bytes: Buffer): string {
  try {
    const d = decodeDocument(bytes);
    throw new Error(`accepted as ${d.encoding}: ${d.text.slice(0, 60)}`);
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentRejected);
    const reason = (err as DocumentRejected).reason;
    expect(reason).not.toMatch(/\n/);
    return reason;
  }
}

test('UTF-8 then GBK is refused as mixed encodings', () => {
  expect(refusal(Buffer.concat([Buffer.from(first, 'utf8'), iconv.encode(second, 'gbk')]))).toMatch(
    /^mixed encodings: line 1 is UTF-8 but line \d+ is not$/,
  );
});

test('GBK then UTF-8 is refused as mixed encodings', () => {
  expect(refusal(Buffer.concat([iconv.encode(first, 'gbk'), Buffer.from(second, 'utf8')]))).toMatch(
    /^mixed encodings: line \d+ is UTF-8 but line 1 is not$/,
  );
});

test('one NUL byte before UTF-8 text is refused, not read as UTF-16', () => {
  expect(refusal(Buffer.concat([Buffer.from([0]), Buffer.from(first, 'utf8')]))).toBe(
    'binary data: a NUL byte at byte 0 inside UTF-8 text',
  );
});

test('a NUL byte in the middle of UTF-8 text is refused', () => {
  const bytes = Buffer.concat([Buffer.from(first, 'utf8'), Buffer.from([0]), Buffer.from(second, 'utf8')]);
  expect(refusal(bytes)).toMatch(/^binary data: a NUL byte at byte \d+ inside UTF-8 text$/);
});

test.each([
  ['UTF-16LE', [0xff, 0xfe]],
  ['UTF-16BE', [0xfe, 0xff]],
])('a %s byte-order mark before UTF-8 text is refused', (name, bom) => {
  expect(refusal(Buffer.concat([Buffer.from(bom), Buffer.from(first, 'utf8')]))).toBe(
    `inconsistent encoding: a ${name} byte-order mark before UTF-8 text`,
  );
});

describe('what stays readable', () => {
  test('UTF-8 with one damaged byte is still read as UTF-8', () => {
    const bytes = Buffer.from(first + second, 'utf8');
    bytes[Math.floor(bytes.length / 2)] = 0xff;
    expect(decodeDocument(bytes).encoding).toBe('utf-8');
  });
  test.each([['utf-16le'], ['utf-16be']])('%s with its BOM and without', (enc) => {
    const body = iconv.encode(first + second, enc);
    const bom = enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    expect(decodeDocument(Buffer.concat([Buffer.from(bom), body])).text).toBe(first + second);
    expect(decodeDocument(body).text).toBe(first + second);
  });
  test('whole GBK and whole UTF-8 files', () => {
    expect(decodeDocument(iconv.encode(first + second, 'gbk')).encoding).toBe('gb18030');
    expect(decodeDocument(Buffer.from(first + second, 'utf8')).encoding).toBe('utf-8');
  });
});
