import {
  HeldSpan,
  type DocumentRecord,
  type NodeLabel,
  type Properties,
  type PropertyValue,
  type RelType,
  type SourceSpan,
} from '../../../model';
import type { Lexicon } from '../../lexicon';
import type { SegmentedDocument } from '../../segment';
import { ExtractBudget } from './budget';

// What extraction hands to resolution: nodes and relationships as read, each with the span it
// was read from, before names are made canonical and ids assigned.

export interface NodeFact {
  label: NodeLabel;
  /** The name as the text writes it (quotes kept); resolve makes it canonical. */
  name: string;
  span: SourceSpan;
  properties: Properties;
  aliases?: string[];
  /** Task/Result: the fact is the place it was read, not a name. */
  anchored?: boolean;
  /** Properties that hold another node's id once resolved (plan, project). */
  refs?: Record<string, NodeFact>;
  /** A plan this fact belongs to that the text names only by series and year (resolved across documents). */
  seriesPlan?: string;
  /**
   * Named only by its kind of document (a report calling itself 政府工作报告): the same name in another
   * document is another thing, so resolve keys it with its document.
   */
  documentScoped?: boolean;
}

export interface RelFact {
  type: RelType;
  from: NodeFact;
  to: NodeFact;
  properties: Properties;
  span: SourceSpan;
  /** Tells apart two edges of one type between the same nodes (two values of one indicator). */
  key?: string;
}

export interface DocumentFacts {
  document: DocumentRecord;
  nodes: NodeFact[];
  relationships: RelFact[];
  /** Set when the document went over its extraction budget: one line, and no facts. */
  refused?: string;
}

/** Properties as extractors write them: a missing value may be undefined. */
export type Loose = Record<string, PropertyValue | undefined>;

/** Collects one document's facts; spans are always slices of the original text. */
export class FactSink {
  readonly nodes: NodeFact[] = [];
  readonly relationships: RelFact[] = [];
  constructor(
    readonly seg: SegmentedDocument,
    readonly lexicon: Lexicon,
    readonly budget: ExtractBudget = new ExtractBudget(seg.document.text.length),
  ) {}

  span(start: number, end: number): SourceSpan {
    // Held, not copied: the text is sliced from the document's one copy when asked for.
    return new HeldSpan(this.seg.document, start, end);
  }

  node(label: NodeLabel, name: string, start: number, end: number, properties: Loose = {}, extra: Partial<NodeFact> = {}): NodeFact {
    this.budget.fact();
    const fact: NodeFact = { label, name, span: this.span(start, end), properties: clean(properties), ...extra };
    this.nodes.push(fact);
    return fact;
  }

  rel(type: RelType, from: NodeFact, to: NodeFact, start: number, end: number, properties: Loose = {}, key?: string): RelFact {
    this.budget.fact();
    const fact: RelFact = { type, from, to, properties: clean(properties), span: this.span(start, end), key };
    this.relationships.push(fact);
    return fact;
  }
}

/** Drops undefined properties: the export has only what the text gives. */
function clean(p: Loose): Properties {
  const out: Properties = {};
  // Keys, not entries: one pair array less per property of every fact.
  for (const k of Object.keys(p)) {
    const v = p[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}
