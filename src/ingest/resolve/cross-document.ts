import type { GraphNode } from '../../model';
import type { Lexicon } from '../lexicon';
import type { GraphBuilder } from './builder';
import { canonical } from './names';
import { endsLikePlatform } from '../extract/platforms/platform-names';

// Links only the whole document set can make, all derived from names:
// SUCCEEDS between annual plans of one series (…2025年… → …2024年…); RELATED_TO from a
// versioned platform to its base (城市云脑2.0 → 城市云脑), and from a part named after its whole
// (城市云脑通用服务平台 → 城市云脑); and a report's next-year tasks and
// projects to the next annual plan of its series (as a property), when some document names it.

const YEAR = /(20\d{2})年/;
const VERSION = /^(.+?)\s*\d+(\.\d+)+$/;

/** `series`: nodes (by id) whose text names their series' next plan, in fact order. */
export function linkAcrossDocuments(b: GraphBuilder, series: readonly { id: string; plan: string }[], lexicon: Lexicon): void {
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
    const whole = base ? undefined : wholeOf(b, platform.name, lexicon);
    if (whole) b.rel('RELATED_TO', platform.id, whole.id, { kind: 'part' }, [platform.sources[0]]);
  }
  for (const { id, plan: name } of series) {
    const plan = b.find('Plan', canonical('Plan', name, lexicon).key);
    const node = b.nodes.get(id) as GraphNode;
    if (!plan || node.properties.plan !== undefined) continue;
    // A report's outlook belongs to next year's plan by property; the plan's own text says which
    // projects and tasks it has, so no HAS_PROJECT / HAS_TASK edge is drawn from here.
    node.properties.plan = plan.id;
  }
}

/**
 * The platform a name opens with when the rest is itself a platform's name (城市云脑 + 通用服务平台):
 * the longest such whole, of at least two characters, else none.
 */
function wholeOf(b: GraphBuilder, name: string, lexicon: Lexicon): GraphNode | undefined {
  for (let k = name.length - MIN_PART; k >= MIN_WHOLE; k--) {
    const rest = name.slice(k);
    if (!endsLikePlatform(rest, lexicon.platforms.suffixes) || lexicon.platforms.suffixes.includes(rest)) continue;
    const whole = b.find('Platform', canonical('Platform', name.slice(0, k), lexicon).key);
    if (whole && whole.name !== name) return whole;
  }
  return undefined;
}

// A part's own name is more than a bare kind word (通用服务平台, not 平台); a whole has a name of its own.
const MIN_PART = 3;
const MIN_WHOLE = 2;
