import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

// Relay connections (分页列表): edges with opaque cursors, pageInfo, totalCount and a `nodes` shortcut.

@ObjectType('PageInfo', { simpleResolvers: true, description: 'Where this page sits in the whole list (分页信息).' })
export class PageInfo {
  @Field({ description: 'More items follow; pass endCursor as `after` (有下一页).' })
  hasNextPage!: boolean;

  @Field({ description: 'Items precede this page (有上一页).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item (首项游标).' })
  startCursor?: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass as `after` for the next page (末项游标).' })
  endCursor?: string | null;
}

export function connectionOf<T extends object>(item: ClassType<T>, name: string, what: string, plural = `${what}s`) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${what} in a page, with its cursor (分页项).` })
  class Edge {
    @Field(() => item, { description: `The ${what} (节点).` })
    node!: T;

    @Field({ description: 'Opaque cursor of this item; pass as `after` to continue after it (游标).' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${plural} (分页列表).` })
  class Connection {
    @Field(() => [Edge], { description: 'The items with their cursors (分页项).' })
    edges!: Edge[];

    @Field(() => [item], { description: 'The items without cursors, a shortcut (节点列表).' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging state (分页信息).' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of matching items across all pages (总数).' })
    totalCount!: number;
  }
  return Connection;
}
