import { ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { WorkItem } from './work-item.type';

@ObjectType('Result', {
  simpleResolvers: true,
  implements: Node,
  description: 'One outcome a report says was achieved (成效). The name is the sentence’s core statement.',
})
export class Result extends WorkItem {}
