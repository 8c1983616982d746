import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('SourceSpan', {
  simpleResolvers: true,
  description:
    'Where a fact was read (出处): a span of a document’s text, quoted exactly. ' +
    'Offsets are UTF-16 code units into the decoded text, end exclusive.',
})
export class SourceSpan {
  // `document: Document!` is resolved from the stored document id (resolvers/source-span).

  @Field(() => Int, { description: 'Start offset in the document text (起始位置).' })
  start!: number;

  @Field(() => Int, { description: 'End offset, exclusive (结束位置).' })
  end!: number;

  @Field({ description: 'The quoted text, exactly the document text between start and end (原文).' })
  text!: string;
}
