// The item of a list next to a body, when it ends like one (财政部、国土资源部、环境保护部).
// 市商务局、…、市投资促进中心: a centre, an institute or a company beside bodies is one of them.
const NEIGHBOUR =
  /^[\u4e00-\u9fa5]{2,12}?(?:总局|总署|总社|部|委|局|署|厅|办|银行|中心|研究院|研究所|集团|有限公司|大学|办公室|督查室)(?=[、，。；）)等和及为]|$)/;
// The whole item: one longer than the reach (新疆生产建设兵团发展改革委) is not read from its middle.
const LIST_ITEM = /(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5]{2,12}$/;
// Function words no body's name holds (与, 并, 为 …): an item with one is a clause, not a name.
const CLAUSE_WORD = /[与并为对向在把将]/;

/** Items of a 、 list beside a body already read are bodies too when they end like one. */
export function readListNeighbours(
  folded: string,
  found: { start: number; end: number }[],
  add: (start: number, end: number) => void,
): void {
  for (let pass = 0, before = -1; pass < 8 && found.length !== before; pass++) {
    before = found.length;
    for (const m of [...found]) {
      if (folded[m.end] === '、') {
        const next = NEIGHBOUR.exec(folded.slice(m.end + 1, m.end + 16));
        if (next) add(m.end + 1, m.end + 1 + next[0].length);
      }
      if (folded[m.start - 1] === '、') {
        const prev = LIST_ITEM.exec(folded.slice(Math.max(0, m.start - 14), m.start - 1));
        const item = prev && NEIGHBOUR.exec(prev[0]);
        // 并考虑与部、省级…主管部门: an item that holds a function word ran into the clause before the list.
        if (prev && item && item[0] === prev[0] && !CLAUSE_WORD.test(prev[0])) add(m.start - 1 - prev[0].length, m.start - 1);
      }
    }
  }
}
