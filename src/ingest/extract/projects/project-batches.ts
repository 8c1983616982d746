// 一批, 分批, 一系列, 若干 count works the text does not name: the words after the count are the kind of each
// (打造一批可复制的人工智能应用样板工程, 分期分批建设应用示范工程). A batch names a project only where what it counts
// is a programme named on its own — in the document (实施产业基础再造工程 elsewhere) or as a standing national
// programme (`plans.json → projectNames.standing`), or whose projects it counts (启动一批产业基础再造工程项目) — or
// where it lists the works (实施一批A、B等工程).

const BATCH_BEFORE = /(?:一批|分批|一系列|若干)(?:[^，。；：,;、和及\n]{0,16}的)?$/;
const BATCH_OPENS = /^(?:分期)?分批/;
const REACH = 24;
const PROJECTS = '项目';

const countedAt = (folded: string, start: number) => BATCH_BEFORE.test(folded.slice(Math.max(0, start - REACH), start));

/** Whether a batch (一批, 一系列) counts what starts at `start`: the works it counts, not works it names. */
export const batchBefore = countedAt;

/** Whether the 工程 named folded[start, end) is only the kind of works a batch counts. */
export function batchOfKind(folded: string, start: number, end: number, standing: readonly string[]): boolean {
  const name = folded.slice(start, end);
  if (name.includes('、') || standing.includes(name) || folded.startsWith(PROJECTS, end)) return false;
  if (BATCH_OPENS.test(name)) return true;
  if (!countedAt(folded, start)) return false;
  // The same works written elsewhere with no count are a programme the batch belongs to.
  for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) if (at !== start && !countedAt(folded, at)) return false;
  return true;
}
