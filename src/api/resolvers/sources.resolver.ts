import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { SourceSpan as SpanData } from '../../model';
import type { ApiContext } from '../context/context';
import { badInput } from '../conventions/errors';
import { FEW } from '../limits/costs';
import { DEFAULT_PAGE_SIZE } from '../conventions/options';
import {
  Continuation,
  LineageLink,
  Measurement,
  Node,
  PlanFact,
  RELATION_EDGES,
  RelationEdge,
  Responsibility,
  SourceSpan,
  Target,
} from '../types';

// Every `sources` list is paged: a node or relationship read from the same sentence repeated
// 100,000 times has 100,000 sources, and one query asking for each one's document would build
// 100,000 answers before any size limit could measure them (issue 17, D6). A page is the first
// `first` places in reading order after `offset`; `sourceCount` says how many there are.

@ArgsType()
export class SourcesArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Most places, default ${DEFAULT_PAGE_SIZE}, at most the page limit (100); sourceCount gives the total (条数).`,
  })
  first!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Places to skip, in reading order, to read the next page (跳过).' })
  offset!: number;

  @Field(() => ID, { nullable: true, description: 'Only places in this document (来源文档); page within them.' })
  document?: string;
}

/** One page of `sources`: the arguments are checked against the page limit first. */
export function pageOfSources(sources: readonly SpanData[], args: SourcesArgs, maxPageSize: number): SpanData[] {
  if (!Number.isInteger(args.first) || args.first < 0 || args.first > maxPageSize)
    throw badInput('first', `must be between 0 and ${maxPageSize} (got ${args.first})`);
  if (!Number.isInteger(args.offset) || args.offset < 0) throw badInput('offset', `must be 0 or more (got ${args.offset})`);
  const chosen = args.document ? sources.filter((s) => s.document === args.document) : sources;
  return chosen.slice(args.offset, args.offset + args.first);
}

type WithSources = { sources: SpanData[] };

// Priced at the count places typically have (a few), not the page size: the page cap and the text
// budget bound the worst case, and pricing each list at 20 would refuse ordinary nested questions.
const sourcesCost: ComplexityEstimator = ({ args, childComplexity }) =>
  1 + Math.min(Number(args.first ?? DEFAULT_PAGE_SIZE), FEW) * Math.max(1, childComplexity);

function sourcesResolver(type: abstract new (...args: never[]) => object) {
  @Resolver(() => type)
  class Sources {
    @FieldResolver(() => [SourceSpan], {
      complexity: sourcesCost,
      description: 'Where this was read (出处), quoting the text: a page in reading order, see sourceCount.',
    })
    sources(@Root() root: WithSources, @Args() args: SourcesArgs, @Ctx() ctx: ApiContext): SpanData[] {
      return pageOfSources(root.sources, args, ctx.maxPageSize);
    }

    @FieldResolver(() => Int, { description: 'How many places this was read from, across all pages of sources (出处数).' })
    sourceCount(@Root() root: WithSources): number {
      return root.sources.length;
    }
  }
  return Sources;
}

// Node's resolvers are inherited by every node type; the relationship views list their own.
export const SOURCES_RESOLVERS = [
  Node,
  RelationEdge,
  ...RELATION_EDGES,
  Target,
  Measurement,
  Responsibility,
  PlanFact,
  LineageLink,
  Continuation,
].map(sourcesResolver);
