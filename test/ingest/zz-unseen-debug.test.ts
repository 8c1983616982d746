import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon, segment } from '../../src/ingest';
import { readDocuments } from '../../src/ingest/read';

// TEMPORARY debug harness (to delete).
it('dumps', async () => {
  const f = process.env.DOC ?? 'u5_jinan_news';
  const { documents } = await readDocuments([join(__dirname, '../fixtures/unseen/docs', `${f}.txt`)]);
  const lex = loadLexicon();
  const s = segment(documents[0], lex);
  const t = s.document.text;
  const out = [`kind=${s.kind} title=${s.title} year=${s.year} period=${s.period} date=${s.date}`,
    ...s.blocks.map((b) => `BLOCK ${b.relevant} ${t.slice(b.start, b.start + 20)}`),
    ...s.sections.map((x) => `SEC ${x.index} r${x.rank} ${x.mode} ${x.period ?? ''} ${x.year ?? ''} ${x.domain ?? ''} ${x.headingText}`),
    ...s.sentences.map((x) => `S ${x.mode} ${x.year ?? ''} ${x.period ?? ''} b${x.block} ${t.slice(x.start, x.end).slice(0, 60)}`)];
  console.log(out.join('\n'));
  void readFileSync;
});
