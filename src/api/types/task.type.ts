import { ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { WorkItem } from './work-item.type';

@ObjectType('Task', {
  simpleResolvers: true,
  implements: Node,
  description: 'One action a plan commits to (任务), e.g. a target for 5G base stations. The name is the sentence’s core statement.',
})
export class Task extends WorkItem {}
