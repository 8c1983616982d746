import type { GraphNode } from '../../model';
import type { NodeFact } from '../extract';
import type { Lexicon } from '../lexicon';
import type { GraphBuilder } from './builder';
import { canonical } from './names';

// Links only the whole document set can make, all derived from names:
// SUCCEEDS between annual plans of one series (…2025年… → …2024年…); RELATED_TO from a
// versioned platform to its base (城市云脑2.0 → 城市云脑); and a report's next-year tasks and
// projects to the next annual plan of its series (as a property), when some document names it.

const YEAR = /(20\d{2})年/;
const VERSION = /^(.+?)\s*\d+(\.\d+)+$/;

export function linkAcrossDocuments(b: GraphBuilder, ids: Map<NodeFact, string>, lexicon: Lexicon): void {
  const nodes = [...b.nodes.values()];
  for (const plan of nodes.filter((n) => n.label === 'Plan')) {
    const m = YEAR.exec(plan.name);
    if (!m) continue;
    const previous = b.find('Plan', canonical('Plan', plan.name.replace(YEAR, `${Number(m[1]) - 1}年`), lexicon).key);
    if (previous) b.rel('SUCCEEDS', plan.id, previous.id, {}, [plan.sources[0]]);
  }
  for (const platform of nodes.filter((n) => n.label === 'Platform')) {
    const m = VERSION.exec(platform.name);
    const base = m && b.find('Platform', canonical('Platform', m[1], lexicon).key);
    if (base) b.rel('RELATED_TO', platform.id, base.id, { kind: 'version' }, [platform.sources[0]]);
  }
  for (const [fact, id] of ids) {
    if (!fact.seriesPlan) continue;
    const plan = b.find('Plan', canonical('Plan', fact.seriesPlan, lexicon).key);
    const node = b.nodes.get(id) as GraphNode;
    if (!plan || node.properties.plan !== undefined) continue;
    // A report's outlook belongs to next year's plan by property; the plan's own text says which
    // projects and tasks it has, so no HAS_PROJECT / HAS_TASK edge is drawn from here.
    node.properties.plan = plan.id;
  }
}
