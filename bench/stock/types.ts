import 'reflect-metadata';
import { Field, Float, ID, InputType, Int, InterfaceType, ObjectType } from 'type-graphql';
import type { NodeLabel, SourceSpan as Span } from '../../src/model';

// The stock build's types: the fields the benchmark's query mix selects, with the same names and
// shapes as the real schema, written the plain way (no loaders, no caching, strings for enums).

/** A node flattened for resolvers: its properties lifted next to id/name (year, domain, unit). */
export interface Flat {
  id: string;
  label: NodeLabel;
  name: string;
  sources: Span[];
  [key: string]: unknown;
}

const TYPE_OF: Record<NodeLabel, string> = {
  Document: 'Document',
  Plan: 'Plan',
  EngineeringProject: 'Project',
  Task: 'Task',
  Result: 'Result',
  Indicator: 'Indicator',
  Platform: 'Platform',
  Agency: 'Agency',
};

@InterfaceType('Node', { resolveType: (n: Flat) => TYPE_OF[n.label] })
export abstract class StockNode {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Document', { implements: StockNode })
export class StockDocument extends StockNode {
  @Field() title!: string;
}

@ObjectType('SourceSpan')
export class StockSpan {
  @Field() text!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  // resolved by SpanResolver: one store call per span
  @Field(() => StockDocument) document!: StockDocument;
}

@ObjectType('Plan', { implements: StockNode })
export class StockPlan extends StockNode {}
@ObjectType('Project', { implements: StockNode })
export class StockProject extends StockNode {}
@ObjectType('Platform', { implements: StockNode })
export class StockPlatform extends StockNode {}
@ObjectType('Agency', { implements: StockNode })
export class StockAgency extends StockNode {}

@ObjectType('Result', { implements: StockNode })
export class StockResult extends StockNode {
  @Field(() => Int, { nullable: true }) year?: number;
}

@ObjectType('Indicator', { implements: StockNode })
export class StockIndicator extends StockNode {
  @Field({ nullable: true }) unit?: string;
}

@ObjectType('Target')
export class StockTarget {
  @Field(() => Float) value!: number;
  @Field({ nullable: true }) unit?: string;
  @Field({ nullable: true }) comparator?: string;
  @Field(() => StockIndicator) indicator!: StockIndicator;
}

@ObjectType('Task', { implements: StockNode })
export class StockTask extends StockNode {
  @Field(() => Int, { nullable: true }) year?: number;
  @Field({ nullable: true }) domain?: string;
}

@ObjectType('Attainment')
export class StockAttainment {
  @Field() status!: string;
  @Field(() => Float, { nullable: true }) ratio?: number;
}

@ObjectType('IndicatorPoint')
export class StockPoint {
  @Field() kind!: string;
  @Field() period!: string;
  @Field(() => Float) value!: number;
  @Field({ nullable: true }) unit?: string;
  @Field({ nullable: true }) comparator?: string;
  @Field({ nullable: true }) qualifier?: string;
  @Field(() => StockSpan) source!: StockSpan;
  @Field(() => StockAttainment, { nullable: true }) attainment?: StockAttainment;
}

@ObjectType('LineageLink')
export class StockLink {
  @Field() basis!: string;
  @Field(() => Float) score!: number;
  @Field(() => StockNode, { nullable: true }) via?: StockNode;
  @Field(() => StockTask) task!: StockTask;
  @Field(() => StockResult) result!: StockResult;
  @Field(() => [StockSpan]) evidence!: StockSpan[];
}

@ObjectType('SearchHit')
export class StockHit {
  @Field(() => Float) score!: number;
  @Field() snippet!: string;
  @Field(() => StockNode) node!: StockNode;
}

@ObjectType('PageInfo')
export class StockPageInfo {
  @Field() hasNextPage!: boolean;
  @Field({ nullable: true }) endCursor?: string;
}

@ObjectType('TaskConnection')
export class StockTaskConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => StockPageInfo) pageInfo!: StockPageInfo;
  @Field(() => [StockTask]) nodes!: StockTask[];
}

@InputType('WorkFilter')
export class StockWorkFilter {
  @Field(() => Int, { nullable: true }) year?: number;
  @Field({ nullable: true }) domain?: string;
}

export const ORPHANS = [StockDocument, StockPlan, StockProject, StockPlatform, StockAgency, StockResult, StockIndicator, StockTask];
