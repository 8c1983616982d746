import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeDocument, DocumentRejected, type Decoded } from '../../../src/ingest/decode';
import { COMMITTED_DIR, DECODED_TEXT, GENERATED_DIR, LARGE_FILE, makeHostileFixtures } from '../../fixtures/make-hostile';

// Every regular file of the hostile corpus through decodeDocument: decoded with the text asserted,
// or rejected with a reason naming the problem. (Links, the pipe and the unreadable file are the
// reader's business: see test/ingest/read.)

type Check = { encoding: string; check: (text: string) => void } | { rejected: RegExp };

const has =
  (...parts: string[]) =>
  (text: string) =>
    parts.forEach((p) => expect(text).toContain(p));
const is = (expected: string) => (text: string) => expect(text).toBe(expected);

const COMMITTED: Record<string, Check> = {
  'empty.txt': { rejected: /^empty file/ },
  'whitespace-only.txt': { rejected: /^whitespace only/ },
  'digits-only.txt': { rejected: /no Chinese characters or letters/ },
  'duplicate-one.txt': { encoding: 'utf-8', check: has('全年计划开放数据集300个。') },
  'duplicate-two.txt': { encoding: 'utf-8', check: has('全年计划开放数据集300个。') },
  'html-page.html': { encoding: 'utf-8', check: has('为加快建设“数字威海”', '（二）建设工业互联网平台') },
  'no-outline.txt': { encoding: 'utf-8', check: has('全年新增共享接口200个') },
  'outline-only.txt': { encoding: 'utf-8', check: is('一、\n（一）\n1.\n2.\n（二）\n二、\n三、\n（一）\n') },
  'odd-numbers.txt': { encoding: 'utf-8', check: has('3.35万万个', '约-5%', '机架１２３个', '两千零二十七年') },
  'other-topic.txt': { encoding: 'utf-8', check: has('家常红烧肉的做法') },
  'plan-without-extension': { encoding: 'utf-8', check: has('新增千兆光网覆盖行政村300个') },
  'traditional-utf8.md': { encoding: 'utf-8', check: has('# 數位臺南二〇二六年推動計畫', '偏鄉地區光纖普及率') },
  '威海 数字 行动方案 2026.txt': { encoding: 'utf-8', check: has('威海市数字化转型2026年行动方案', '“秒批秒办”') },
};

const GENERATED: Record<string, Check> = {
  'utf8-bom.txt': { encoding: 'utf-8', check: is(DECODED_TEXT['utf8-bom.txt']!) },
  'crlf.txt': { encoding: 'utf-8', check: is(DECODED_TEXT['crlf.txt']!) },
  'utf16le-bom.txt': { encoding: 'utf-16le', check: is(DECODED_TEXT['utf16le-bom.txt']!) },
  'utf16be-bom.txt': { encoding: 'utf-16be', check: is(DECODED_TEXT['utf16be-bom.txt']!) },
  'utf16le-no-bom.txt': { encoding: 'utf-16le', check: is(DECODED_TEXT['utf16le-no-bom.txt']!) },
  'utf16be-no-bom.txt': { encoding: 'utf-16be', check: is(DECODED_TEXT['utf16be-no-bom.txt']!) },
  'gbk.txt': { encoding: 'gb18030', check: is(DECODED_TEXT['gbk.txt']!) },
  'link-to-gbk.txt': { encoding: 'gb18030', check: is(DECODED_TEXT['gbk.txt']!) },
  'gb18030.txt': { encoding: 'gb18030', check: has('收录𠮷野家、䶮字库') },
  'big5.txt': { encoding: 'big5', check: has('臺北市數位發展計畫', '建置資料開放平臺') },
  'gbk-page.html': { encoding: 'gb18030', check: is('东营市智慧城市建设方案\n建设城市运行“一网统管”平台。') },
  'truncated-utf8.txt': { encoding: 'utf-8', check: (t) => expect(t.endsWith('以不完整的UTF-8保存。')).toBe(true) },
  'utf8-bad-byte.txt': { encoding: 'utf-8', check: (t) => expect(t.startsWith('济南市\uFFFD数字经济')).toBe(true) },
  'one-line-2mb.txt': {
    encoding: 'utf-8',
    check: (t) => {
      expect(t).not.toContain('\n');
      expect(Buffer.byteLength(t)).toBeGreaterThanOrEqual(2 * 1024 * 1024);
      expect(t.startsWith('全市新建5G基站并推进千兆光网覆盖，')).toBe(true);
    },
  },
  'same-name/通知.txt': { encoding: 'utf-8', check: has('关于开展数据资源普查的通知') },
  '通知.md': { encoding: 'utf-8', check: has('关于做好政务网站迁移的通知') },
  'png-bytes.txt': { rejected: /^binary file: PNG image/ },
  'image.png': { rejected: /^binary file: PNG image/ },
  'zip-bytes.txt': { rejected: /^binary file: ZIP archive/ },
  'plan.docx': { rejected: /^binary file: ZIP archive/ },
  'pdf-bytes.txt': { rejected: /^binary file: PDF document/ },
  'nul-binary.txt': { rejected: /NUL bytes/ },
  'high-bytes.txt': { rejected: /^unknown encoding/ },
  'control-chars.txt': { rejected: /control characters/ },
  [LARGE_FILE]: { rejected: /^too large: 52428800 bytes, over the limit of 20971520 bytes$/ },
};

function attempt(bytes: Buffer): Decoded | DocumentRejected {
  try {
    return decodeDocument(bytes);
  } catch (err) {
    if (err instanceof DocumentRejected) return err;
    throw err;
  }
}

describe('the hostile corpus through decodeDocument', () => {
  beforeAll(async () => {
    await makeHostileFixtures();
  });

  const cases = [
    ...Object.entries(COMMITTED).map(([name, c]) => [path.join(COMMITTED_DIR, name), c] as const),
    ...Object.entries(GENERATED).map(([name, c]) => [path.join(GENERATED_DIR, name), c] as const),
  ];

  it('covers at least 25 inputs, every encoded fixture among them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const name of Object.keys(DECODED_TEXT)) expect(GENERATED).toHaveProperty([name]);
  });

  it.each(Object.entries(DECODED_TEXT))('reads %s back to exactly the text it was made from', async (name, text) => {
    expect(decodeDocument(await fs.readFile(path.join(GENERATED_DIR, name))).text).toBe(text);
  });

  it.each(cases.map(([file, c]) => [path.relative(path.join(__dirname, '../../fixtures'), file), file, c] as const))(
    '%s',
    async (_label, file, c) => {
      const outcome = attempt(await fs.readFile(file));
      if ('rejected' in c) {
        expect(outcome).toBeInstanceOf(DocumentRejected);
        expect((outcome as DocumentRejected).reason).toMatch(c.rejected);
      } else {
        expect(outcome).not.toBeInstanceOf(DocumentRejected);
        const { text, encoding } = outcome as Decoded;
        expect(encoding).toBe(c.encoding);
        c.check(text);
      }
    },
  );
});
