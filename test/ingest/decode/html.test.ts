import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { decodeDocument } from '../../../src/ingest/decode';

const PAGE = readFileSync(path.join(__dirname, '../../fixtures/hostile/html-page.html'));

describe('decodeDocument: web pages', () => {
  const { text, encoding } = decodeDocument(PAGE);
  const lines = text.split('\n');

  it('keeps the visible text and the page title', () => {
    expect(encoding).toBe('utf-8');
    expect(lines[0]).toBe('威海市数字经济发展三年行动方案');
    expect(text).toContain('一、总体目标');
    expect(text).toContain('（二）建设工业互联网平台');
  });

  it('drops scripts, styles, comments and noscript fallbacks', () => {
    expect(text).not.toMatch(/脚本|注释|font-family|pageTitle|track\(|请启用/);
    expect(text).not.toMatch(/[<>]\s*\w+[ >]/);
  });

  it('decodes named and numeric entities', () => {
    expect(text).toContain('为加快建设“数字威海”，推动数字经济&实体经济深度融合，制定本方案。');
    expect(text).toContain('首页 > 政策文件 > 市政府文件');
    expect(text).toMatch(/≥.1\.2万个/);
  });

  it('puts block elements (p, br, li, td) on their own lines', () => {
    expect(lines).toContain('一、总体目标');
    expect(lines).toContain('到2027年，数字经济核心产业增加值占比达到 10% 以上。');
    expect(lines).toContain('（一）培育软件和信息技术服务业');
    expect(lines).toContain('5G基站数');
    expect(lines.every((l) => l.trim().length > 0)).toBe(true);
  });

  it('leaves plain text that merely mentions a tag alone', () => {
    const plain = '说明：网页中的<br>标签表示换行。\n';
    expect(decodeDocument(Buffer.from(plain, 'utf8')).text).toBe(plain);
  });
});
