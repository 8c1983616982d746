import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0–100, default 20 (每页条数).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (游标), from pageInfo.endCursor.' })
  after?: string;
}
