// The addressees of a notice (主送: 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：), read from a line near
// its head whose comma-separated items mostly end like a body (…，各大企业，各高等院校： adds readers that are
// not agencies). The bodies it is sent to carry it out.

/** How far from the top an addressee line may stand. */
const HEAD = 600;
const ADDRESSEES = /(?<=^|\n)[ \u3000]*([^\n：:]{4,120})[：:][ \u3000]*(?=\n)/g;
// 各县（市、区）人民政府: a level's note in brackets is part of an addressee, as a note of the bodies that stand
// for the government is (各区(市)县政府(管委会)); a zone's committee is one (青岛西海岸新区管委, 市高新区、市经济开发区管委会).
// The departments of every province, of the cities with separate plans and of the Corps, several of them, are one
// addressee however long (各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委（能源局）、工业和信息化主管部门); the
// state's firms a notice is sent to are addressed by name (国家电网公司、中国南方电网有限责任公司).
const ADDRESSEE =
  /^[\u4e00-\u9fa5、()（）]{2,60}(?:政府|机构|部委|部门|单位|兵团|委员会|管委会|管委|厅|局|公司)(?:[(（][\u4e00-\u9fa5]{2,6}[)）])?$/;
// A body named in full inside a listing item (德阳经济技术开发区管委会): it ends in a body's name, not a kind (派出机构).
const NAMED_PART = /^[\u4e00-\u9fa5()（）]{4,30}(?:政府|委员会|管委会|厅|局|公司)$/;
// 、 outside a level's brackets (各县(市、区)人民政府、德阳经济技术开发区管委会): the item lists bodies.
const LISTED = /、(?![^(（]*[)）])/;
// 国务院各部委、各直属机构, 市人民政府各有关工作部门、派出机构: a part opening with 各 or naming a kind is the first
// part's owner's, and the item one addressee.

export interface Addressee {
  start: number;
  end: number;
  /** A zone written before the committee head it shares with the next (成都高新区、…管委会): named with the head. */
  name?: string;
  /** The whole addressee line: the evidence of the role. */
  line: { start: number; end: number };
}

/** Each addressee of the document's addressee line(s), as offsets into the folded text. */
export function readAddressees(folded: string): Addressee[] {
  const out: Addressee[] = [];
  for (const m of folded.slice(0, HEAD).matchAll(ADDRESSEES)) {
    // 太仓港口管委会；市各委办局: a semicolon parts two groups of addressees as a comma does.
    const items = m[1].split(/[，,；;]/);
    const bodies = items.filter((x) => bodiesOf(x.trim()).length).length;
    // Half the items bodies will do (各县区人民政府，市政府各部门，市属各企业，各大中专院校：).
    if (items.length < 2 || bodies < 2 || bodies * 2 < items.length) continue;
    const line = { start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].indexOf(m[1]) + m[1].length };
    let at = line.start;
    for (const item of items) {
      const lead = item.length - item.trimStart().length;
      let p = at + lead;
      const parts = bodiesOf(item.trim());
      const head = sharedHead(parts);
      for (const x of parts) {
        out.push({ start: p, end: p + x.length, line, ...(head && ZONE.test(x) ? { name: x + head } : {}) });
        p += x.length + 1;
      }
      at += item.length + 1;
    }
  }
  return out;
}

/** The addressees of one item: itself, or each named body of an item that lists them whole; none if it is no body. */
function bodiesOf(item: string): string[] {
  const parts = item.split(LISTED);
  if (parts.length > 1 && ADDRESSEE.test(parts[0]) && parts.slice(1).every((x) => NAMED_PART.test(x) && x[0] !== '各')) return parts;
  // 成都高新区、成都天府国际空港新城管委会: zones listed before the committee head the last one carries, each a committee.
  if (sharedHead(parts)) return parts;
  return ADDRESSEE.test(item) ? [item] : [];
}

// A zone's name (成都高新区, 市经济开发区, 天府国际空港新城) and the committee head zones listed together may share.
const ZONE = /^[\u4e00-\u9fa5]{2,14}(?:区|新城|园)$/;
const ZONE_HEAD = /(?:管委会|管委|管理委员会)$/;

/** The committee head the last of a list of zones carries for all of them, or undefined. */
function sharedHead(parts: string[]): string | undefined {
  const last = parts[parts.length - 1];
  const head = ZONE_HEAD.exec(last)?.[0];
  // The last zone may be named otherwise (太仓港口管委会): its committee head is enough.
  if (parts.length < 2 || !head || last.length - head.length < 2) return undefined;
  return parts.slice(0, -1).every((x) => ZONE.test(x)) ? head : undefined;
}
