import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from './connection';

export enum MatchMode {
  ALL = 'ALL',
  ANY = 'ANY',
}
registerEnumType(MatchMode, {
  name: 'MatchMode',
  description: 'How a search combines its terms (匹配方式).',
  valuesConfig: {
    ALL: { description: 'Every term must match (全部匹配); a Chinese word must match whole.' },
    ANY: { description: 'Any term may match, and a long Chinese word by any two-character part (任一匹配); more terms rank higher.' },
  },
});

export enum MatchedIn {
  NAME = 'NAME',
  SENTENCE = 'SENTENCE',
  DOCUMENT_TEXT = 'DOCUMENT_TEXT',
}
registerEnumType(MatchedIn, {
  name: 'MatchedIn',
  description: 'Where a search hit matched (命中位置).',
  valuesConfig: {
    NAME: { description: 'The node’s name or an alias (名称或别名).' },
    SENTENCE: { description: 'A sentence the node was read from (出处句子).' },
    DOCUMENT_TEXT: { description: 'A document’s full text (文档全文).' },
  },
});

@ObjectType('SearchEdge', { simpleResolvers: true, description: 'One search hit with its cursor (检索结果项).' })
export class SearchEdge {
  // `node: Node!` is resolved from the hit (resolvers/search).
  @Field({ description: 'Opaque keyset cursor of this hit (游标).' })
  cursor!: string;

  @Field(() => Float, { description: 'Relevance, higher is better; for document text, the number of occurrences (相关度).' })
  score!: number;

  @Field({ description: 'The matched text around the match, HTML-escaped, the match wrapped in <mark> (摘要).' })
  snippet!: string;

  @Field(() => MatchedIn, { description: 'Where it matched (命中位置).' })
  matchedIn!: MatchedIn;
}

@ObjectType('TermCount', { simpleResolvers: true, description: 'How many hits one search term has on its own (检索词命中数).' })
export class TermCount {
  @Field({ description: 'The term (检索词).' })
  term!: string;

  @Field(() => Int, { description: 'Nodes and documents it matches alone (命中数).' })
  hits!: number;
}

@ObjectType('SearchConnection', {
  simpleResolvers: true,
  description: 'A page of search hits: nodes by relevance, then documents whose text matches (检索结果分页).',
})
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The hits with their cursors (检索结果项).' })
  edges!: SearchEdge[];

  @Field(() => PageInfo, { description: 'Paging state (分页信息).' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of hits across all pages (总数).' })
  totalCount!: number;

  @Field(() => [TermCount], { description: 'Each term’s own hit count (各检索词命中数).' })
  terms!: TermCount[];

  @Field(() => String, { nullable: true, description: 'When nothing matched: which terms or parts would match alone (提示).' })
  hint?: string | null;
}
