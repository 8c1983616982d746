// The addressees of a notice (主送: 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：), read from a line near
// its head whose comma-separated items mostly end like a body (…，各大企业，各高等院校： adds readers that are
// not agencies). The bodies it is sent to carry it out.

/** How far from the top an addressee line may stand. */
const HEAD = 600;
const ADDRESSEES = /(?<=^|\n)[ \u3000]*([^\n：:]{4,120})[：:][ \u3000]*(?=\n)/g;
// 各县（市、区）人民政府: a level's note in brackets is part of an addressee.
const ADDRESSEE = /^[\u4e00-\u9fa5、()（）]{2,30}(?:政府|机构|部委|部门|单位|兵团|委员会|厅|局)$/;

export interface Addressee {
  start: number;
  end: number;
  /** The whole addressee line: the evidence of the role. */
  line: { start: number; end: number };
}

/** Each addressee of the document's addressee line(s), as offsets into the folded text. */
export function readAddressees(folded: string): Addressee[] {
  const out: Addressee[] = [];
  for (const m of folded.slice(0, HEAD).matchAll(ADDRESSEES)) {
    const items = m[1].split(/[，,]/);
    const bodies = items.filter((x) => ADDRESSEE.test(x.trim())).length;
    if (items.length < 2 || bodies < 2 || bodies * 2 <= items.length) continue;
    const line = { start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].indexOf(m[1]) + m[1].length };
    let at = line.start;
    for (const item of items) {
      const lead = item.length - item.trimStart().length;
      if (ADDRESSEE.test(item.trim())) out.push({ start: at + lead, end: at + item.trimEnd().length, line });
      at += item.length + 1;
    }
  }
  return out;
}
