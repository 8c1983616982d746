import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('TextSpan', {
  simpleResolvers: true,
  description:
    'A stretch of a document’s text around a quote (上下文), e.g. its sentence or paragraph; offsets in UTF-16 code units, end exclusive.',
})
export class TextSpan {
  @Field(() => Int, { description: 'Start offset in the document text (起始位置).' })
  start!: number;

  @Field(() => Int, { description: 'End offset, exclusive (结束位置).' })
  end!: number;

  @Field({ description: 'The text between start and end, exactly as in the document (原文).' })
  text!: string;
}
