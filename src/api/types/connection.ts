import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { SourceSpan } from './source-span.type';

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
  return connectionType(item, name, what, plural, Edge);
}

/** The edge types of relationConnectionOf, whose `sources` are paged like every other (resolvers/sources). */
export const RELATION_EDGES: ClassType[] = [];

/** A connection of a node's related items whose edges are relationships: each edge quotes its sources. */
export function relationConnectionOf<T extends object>(
  item: ClassType<T>,
  name: string,
  what: string,
  relation: string,
  plural = `${what}s`,
) {
  @ObjectType(`${name}Edge`, {
    simpleResolvers: true,
    description: `One ${what} in a page, with its cursor and the ${relation} relationship's sources (分页项及出处).`,
  })
  class Edge {
    @Field(() => item, { description: `The ${what} (节点).` })
    node!: T;

    @Field({ description: 'Opaque cursor of this item; pass as `after` to continue after it (游标).' })
    cursor!: string;

    @Field(() => [SourceSpan], { description: `The sentences the ${relation} relationship was read from (出处).` })
    sources!: unknown[];
  }
  RELATION_EDGES.push(Edge);
  return connectionType(item, name, what, plural, Edge);
}

function connectionType<T extends object>(item: ClassType<T>, name: string, what: string, plural: string, Edge: ClassType) {
  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${plural} (分页列表).` })
  class Connection {
    @Field(() => [Edge], { description: 'The items with their cursors (分页项).' })
    edges!: object[];

    @Field(() => [item], { description: 'The items without cursors, a shortcut (节点列表).' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging state (分页信息).' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of matching items across all pages (总数).' })
    totalCount!: number;
  }
  return Connection;
}
