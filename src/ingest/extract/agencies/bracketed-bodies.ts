// The bodies a bracket after a kind of department gives as its examples act with it: 城市客运与其他相关部门
// （如公安、消防等）间的监管协同, 实现与城市其他相关部门（公安、消防等）共享…. Each item is recorded as written, as
// the items of a list before 等部门 are (会同发改、财政等部门). Read on the folded text, where （ is (.

type Add = (start: number, end: number) => void;

const OPEN = '部门(';
/** (如公安、消防等): two or more short items joined by 、, closed by 等 and the bracket. */
const EXAMPLES = /^\((?:如|例如)?((?:[\u4e00-\u9fa5]{2,6}、)+[\u4e00-\u9fa5]{2,6})等\)/;

/** Reads the bodies a bracket after 部门 lists as examples, each span to `add`. */
export function readBracketedBodies(folded: string, add: Add): void {
  for (let i = folded.indexOf(OPEN); i >= 0; i = folded.indexOf(OPEN, i + 1)) {
    const from = i + OPEN.length - 1;
    const m = EXAMPLES.exec(folded.slice(from, from + 60));
    if (!m) continue;
    let at = from + m[0].indexOf(m[1]);
    for (const item of m[1].split('、')) {
      add(at, at + item.length);
      at += item.length + 1;
    }
  }
}
