import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('SearchHit', { simpleResolvers: true, description: 'One full-text search match (检索结果).' })
export class SearchHit {
  // `node: Node!` is resolved from the hit's id (resolvers/search).

  @Field(() => Float, { description: 'Relevance, higher is better (相关度).' })
  score!: number;

  @Field({ description: 'The matched text around the match, HTML-escaped, the match wrapped in <mark> (摘要).' })
  snippet!: string;
}
