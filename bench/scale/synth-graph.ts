import { createHash } from 'node:crypto';
import { makeCity, type City } from '../generate/city';
import { rngFor, int, pick, sample, type Rng } from '../generate/prng';
import { HALF, resultSentence, taskSentence } from '../generate/sentences';
import { DOMAINS, INDICATORS, AGENCIES } from '../generate/vocabulary';
import type { DocumentRecord, DocumentSlice, GraphNode, GraphRelationship, NodeLabel, RelType } from '../../src/model';
import { entityId, relationshipId, spanId } from '../../src/model';

// A graph of a chosen size without running the pipeline: for each invented city and year, a
// plan document (Plan, projects, tasks with targets, platforms, agencies) and a report document
// (results with measured values, LED_TO links from the year's tasks). Shared nodes (indicators,
// platforms, agencies of a city) come with the city's first document. Sentences come from the
// corpus generator, so search has real Chinese text to index.

export interface SynthSlice {
  slice: DocumentSlice;
  nodes: number;
  relationships: number;
}

class DocBuilder {
  text = '';
  readonly nodes: GraphNode[] = [];
  readonly rels: GraphRelationship[] = [];
  constructor(readonly id: string) {}
  span(sentence: string) {
    const start = this.text.length;
    this.text += sentence;
    return { document: this.id, start, end: this.text.length, text: sentence };
  }
  node(label: NodeLabel, name: string, sentence: string, properties: GraphNode['properties'] = {}, id?: string): GraphNode {
    const source = this.span(sentence);
    const n: GraphNode = {
      id: id ?? spanId(label, this.id, source.start, source.end),
      label,
      name,
      aliases: [],
      properties,
      sources: [source],
    };
    this.nodes.push(n);
    return n;
  }
  rel(type: RelType, from: string, to: string, properties: GraphRelationship['properties'] = {}): void {
    const s = { document: this.id, start: 0, end: Math.min(10, this.text.length), text: this.text.slice(0, 10) };
    this.rels.push({ id: relationshipId(type, from, to, this.id), type, from, to, properties, sources: [s] });
  }
  slice(year: number): DocumentSlice {
    const document: DocumentRecord = {
      id: this.id,
      title: this.id,
      path: `synthetic/${this.id}.txt`,
      chars: this.text.length,
      text: this.text,
      kind: 'other',
      encoding: 'utf-8',
      hash: createHash('sha256').update(this.text).digest('hex'),
      period: String(year),
    };
    return { document, nodes: this.nodes, relationships: this.rels };
  }
}

const YEARS = 12;

function sharedNodes(b: DocBuilder, city: City) {
  const indicators = INDICATORS.map((i) =>
    b.node('Indicator', i.name, `${city.name}${i.name}。`, { unit: i.unit }, entityId('Indicator', `${city.name}/${i.name}`)),
  );
  const platforms = city.platforms.map((p) => b.node('Platform', p.name, `${p.name}。`, {}, entityId('Platform', p.name)));
  const agencies = [...new Set(Object.values(AGENCIES).flat())].map((a) =>
    b.node('Agency', `${city.name}${a}`, `${city.name}${a}。`, {}, entityId('Agency', `${city.name}/${a}`)),
  );
  return { indicators, platforms, agencies };
}

/** Slices in apply order until at least `targetNodes` nodes (document nodes included) exist. */
export function* synthSlices(seed: string, targetNodes: number): Generator<SynthSlice> {
  let nodes = 0;
  for (let c = 0; nodes < targetNodes; c++) {
    const city = makeCity(seed, c);
    let shared: ReturnType<typeof sharedNodes> | null = null;
    for (let y = 0; y < YEARS && nodes < targetNodes; y++) {
      const year = 2019 + y;
      const rng: Rng = rngFor(seed, 'scale', c, y);
      const plan = new DocBuilder(`s${c}_${year}_plan`);
      shared ??= sharedNodes(plan, city);
      const { indicators, platforms, agencies } = shared;
      const p = plan.node(
        'Plan',
        `数字${city.name}${year}年行动方案`,
        `数字${city.name}${year}年行动方案。`,
        { year, kind: 'action_plan' },
        entityId('Plan', `${city.name}/${year}`),
      );
      const tasksByIndicator = new Map<string, string[]>();
      for (const domain of sample(rng, DOMAINS, 6)) {
        const project = plan.node('EngineeringProject', `${domain}工程`, `实施${city.name}${domain}工程。`, { year, domain });
        plan.rel('HAS_PROJECT', p.id, project.id);
        for (let t = 0; t < 8; t++) {
          const task = plan.node('Task', '', taskSentence(rng, city, year, domain, HALF), { year, domain, plan: p.id });
          task.name = task.sources[0]?.text.slice(0, 40) ?? '';
          plan.rel('HAS_TASK', project.id, task.id);
          plan.rel('RESPONSIBLE_FOR', pick(rng, agencies).id, task.id, { role: 'leads' });
          if (rng() < 0.5) plan.rel('INVOLVES', task.id, pick(rng, platforms).id);
          if (rng() < 0.6) {
            const ind = pick(rng, indicators);
            plan.rel('SETS_TARGET', task.id, ind.id, { value: int(rng, 10, 90000), year });
            tasksByIndicator.set(ind.id, [...(tasksByIndicator.get(ind.id) ?? []), task.id]);
          }
        }
      }
      nodes += plan.nodes.length + 1;
      yield { slice: plan.slice(year), nodes: plan.nodes.length + 1, relationships: plan.rels.length };

      const report = new DocBuilder(`s${c}_${year}_report`);
      for (let r = 0; r < 40; r++) {
        const domain = pick(rng, DOMAINS);
        const result = report.node('Result', '', resultSentence(rng, city, year, domain, HALF) + '。', { year, domain, mode: 'report' });
        result.name = result.sources[0]?.text.slice(0, 40) ?? '';
        const ind = pick(rng, indicators);
        report.rel('MEASURED', result.id, ind.id, { value: int(rng, 10, 90000), year });
        for (const taskId of (tasksByIndicator.get(ind.id) ?? []).slice(0, 2)) {
          report.rel('LED_TO', taskId, result.id, { basis: 'indicator', score: Number(rng().toFixed(3)), via: ind.id });
        }
      }
      nodes += report.nodes.length + 1;
      yield { slice: report.slice(year), nodes: report.nodes.length + 1, relationships: report.rels.length };
    }
  }
}
