import { scoreEntityAttributes } from '../../../src/ingest/score';
import type { CorpusGold } from '../../../src/ingest/score';
import type { Graph, GraphNode, GraphRelationship } from '../../../src/model';

// The attribute scorer on a small graph that agrees with its gold, then spoiled one fact at a time:
// each measure notices its own kind of mistake and no other.

const DOC = '044_doc';
const TEXT = '（牵头单位：省工业和信息化厅；责任单位：省科技厅）加快实施“十大工程”。实施集成电路“强芯”工程。《数字山东规划》';
const at = (s: string) => ({ document: DOC, start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
const node = (id: string, label: GraphNode['label'], name: string, properties = {}): GraphNode => ({
  id,
  label,
  name,
  aliases: [],
  properties,
  sources: [at(name.replace(/[《》]/g, ''))],
});
const rel = (type: GraphRelationship['type'], from: string, to: string, properties = {}): GraphRelationship => ({
  id: `${type}:${from}:${to}:${JSON.stringify(properties)}`,
  type,
  from,
  to,
  properties,
  sources: [at('集成电路“强芯”工程')],
});

const gold: CorpusGold[] = [
  {
    document: DOC,
    split: 'tune',
    entities: [
      { label: 'Agency', name: '省工业和信息化厅', text: '省工业和信息化厅', properties: { roles: ['leads'] } },
      { label: 'Agency', name: '省科技厅', text: '省科技厅', properties: { roles: ['carries_out', 'cooperates'] } },
      { label: 'Plan', name: '数字山东规划', text: '《数字山东规划》', properties: { level: 'provincial' } },
      { label: 'EngineeringProject', name: '集成电路“强芯”工程', text: '集成电路“强芯”工程', properties: { partOf: '十大工程' } },
      { label: 'EngineeringProject', name: '“十大工程”', text: '“十大工程”', properties: { partOf: null } },
    ],
  },
];

function graph(spoil: (g: Graph) => void = () => undefined): Graph {
  const g: Graph = {
    documents: [{ id: DOC, title: '', path: '', chars: TEXT.length, text: TEXT, kind: 'other', encoding: 'utf-8', hash: '' }],
    nodes: [
      node('a1', 'Agency', '省工业和信息化厅'),
      node('a2', 'Agency', '省科技厅'),
      node('p1', 'Plan', '数字山东规划', { level: 'provincial' }),
      node('e1', 'EngineeringProject', '集成电路“强芯”工程'),
      node('e2', 'EngineeringProject', '“十大工程”'),
      node('t1', 'Task', '实施集成电路“强芯”工程'),
    ],
    relationships: [
      rel('RESPONSIBLE_FOR', 'a1', 't1', { role: 'leads' }),
      rel('RESPONSIBLE_FOR', 'a2', 't1', { role: 'carries_out' }),
      rel('PART_OF', 'e1', 'e2'),
    ],
  };
  spoil(g);
  return g;
}
const score = (g: Graph) => scoreEntityAttributes(g, gold).tune;
const counts = (m: { hit: number; total: number }) => `${m.hit}/${m.total}`;

describe('the attributes of the entities found', () => {
  it('scores an agreeing graph: the level, the roles read (one gold role missing) and the part', () => {
    const s = score(graph());
    expect(counts(s.level)).toBe('1/1');
    expect(counts(s.roles.recall)).toBe('2/3');
    expect(s.roles.recall.misses).toEqual(['044 省科技厅: cooperates, read carries_out']);
    expect(counts(s.roles.precision)).toBe('2/2');
    expect(counts(s.partOf.recall)).toBe('1/1');
    expect(counts(s.partOf.precision)).toBe('1/1');
  });

  it('notices a wrong level and nothing else', () => {
    const s = score(graph((g) => (g.nodes[2]!.properties.level = 'national')));
    expect(counts(s.level)).toBe('0/1');
    expect(s.level.misses).toEqual(['044 数字山东规划: provincial, read national']);
    expect(counts(s.roles.recall)).toBe('2/3');
    expect(counts(s.partOf.recall)).toBe('1/1');
  });

  it('notices a role the gold does not give, on both sides', () => {
    const s = score(graph((g) => (g.relationships[0]!.properties.role = 'cooperates')));
    expect(counts(s.roles.recall)).toBe('1/3');
    expect(counts(s.roles.precision)).toBe('1/2');
    expect(s.roles.precision.misses).toEqual(['044 省工业和信息化厅: read cooperates, gold leads']);
  });

  it('notices a missing part and a part the gold does not place', () => {
    expect(counts(score(graph((g) => g.relationships.pop())).partOf.recall)).toBe('0/1');
    const reversed = score(graph((g) => g.relationships.push(rel('PART_OF', 'e2', 'e1'))));
    expect(counts(reversed.partOf.precision)).toBe('1/2');
    expect(reversed.partOf.precision.misses).toEqual(['044 “十大工程” → read 集成电路“强芯”工程, gold none']);
  });

  it('judges only entities the graph found', () => {
    const s = score(graph((g) => (g.nodes = g.nodes.filter((n) => n.label !== 'Plan'))));
    expect(counts(s.level)).toBe('0/0');
  });
});
