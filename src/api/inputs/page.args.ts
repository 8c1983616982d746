import { ArgsType, Field, Int } from 'type-graphql';

// Relay paging arguments: forward with first/after, backward with last/before.

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size counting from the start, 0–100, default 20 (每页条数).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (游标), from pageInfo.endCursor.' })
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Page size counting back from the end, 0–100; not with `first` (末尾条数).' })
  last?: number;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor (游标), from pageInfo.startCursor.' })
  before?: string;
}
