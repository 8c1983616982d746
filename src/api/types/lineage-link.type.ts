import { Field, Float, ID, ObjectType } from 'type-graphql';
import { LinkBasis } from './enums';
import { SourceSpan } from './source-span.type';

/** What every derived link carries (派生关系): why it was drawn, how sure, and the quotes. */
@ObjectType({ simpleResolvers: true }) // unreferenced, so never emitted: a base for its subclasses only
abstract class DerivedLink {
  @Field(() => ID, { description: 'Stable id of the relationship (关系标识).' })
  id!: string;

  @Field(() => LinkBasis, { description: 'Why the link was drawn (关联依据).' })
  basis!: LinkBasis;

  @Field(() => Float, { description: 'Confidence of the link, 0–1 (置信度).' })
  score!: number;

  @Field(() => [SourceSpan], { description: 'Quotes of both sentences and anything the link was derived from (证据).' })
  evidence!: SourceSpan[];

  @Field(() => [SourceSpan], { description: 'Same as evidence: every relationship exposes its sources (出处).' })
  sources!: SourceSpan[];
}

@ObjectType('LineageLink', {
  simpleResolvers: true,
  description: 'A derived link: an earlier Task that led to a later Result (促成, LED_TO), with why and the evidence.',
})
export class LineageLink extends DerivedLink {}

@ObjectType('Continuation', { simpleResolvers: true, description: 'A derived link: a later plan carries a Task on (延续, CONTINUED_BY).' })
export class Continuation extends DerivedLink {}
