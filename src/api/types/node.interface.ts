import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InterfaceType } from 'type-graphql';
import type { NodeLabel } from '../../model';
import { NodeLabelEnum } from './enums';
import { SourceSpan } from './source-span.type';

/** GraphQL object type name per ontology label: one name per concept, the label's own. */
export const TYPE_NAME: Record<NodeLabel, string> = {
  Document: 'Document',
  Plan: 'Plan',
  EngineeringProject: 'EngineeringProject',
  Task: 'Task',
  Result: 'Result',
  Indicator: 'Indicator',
  Platform: 'Platform',
  Agency: 'Agency',
};

@InterfaceType('Node', {
  description: 'Anything in the graph with a global id (节点): fetch it again with `node(id:)`.',
  resolveType: (value: { label: NodeLabel }) => TYPE_NAME[value.label],
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique, stable id (标识); the same documents always give the same ids.' })
  id!: string;

  @Field(() => NodeLabelEnum, { description: 'The ontology label of this node (节点类型).' })
  label!: NodeLabel;

  @Field({ description: 'Canonical name as the documents write it (名称).' })
  name!: string;

  @Field(() => [String], { description: 'Other spellings seen in the documents (别名).' })
  aliases!: string[];

  @Field(() => [SourceSpan], { description: 'Where this was read (出处), quoting the text: a page in reading order, see sourceCount.' })
  sources!: SourceSpan[];

  @Field(() => GraphQLJSONObject, { description: 'All stored properties, including ones without a typed field (属性).' })
  properties!: Record<string, unknown>;
}
