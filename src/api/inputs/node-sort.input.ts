import { Field, InputType } from 'type-graphql';
import { NodeSortField, SortDirection } from '../types/enums';

@InputType('NodeSort', { description: 'Sort order for a list (排序).' })
export class NodeSort {
  @Field(() => NodeSortField, { description: 'Field to sort by (排序字段).' })
  field!: NodeSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction (排序方向).' })
  direction!: SortDirection;
}
