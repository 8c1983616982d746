import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import type { DocumentKind } from '../../model';
import { PeriodScalar } from './period.scalar';
import { DocumentKindEnum } from './vocabulary.enums';
import { Node } from './node.interface';

@ObjectType('Document', {
  simpleResolvers: true,
  implements: Node,
  description: 'One ingested source text (文档): a plan, its interpretation, a report or a news article.',
})
export class Document extends Node {
  @Field({ description: 'Title as read from the text (标题).' })
  title!: string;

  @Field({ description: 'Path the document was read from (路径).' })
  path!: string;

  @Field(() => Int, { description: 'Length of the text in UTF-16 code units (字数).' })
  chars!: number;

  @Field(() => DocumentKindEnum, { description: 'Genre (文档类型).' })
  kind!: DocumentKind;

  @Field({ description: 'Encoding the bytes were decoded from, e.g. utf-8, gb18030, or pdf / docx for text extracted from those (编码).' })
  encoding!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Publication date as far as the text gives it: YYYY-MM-DD or YYYY-MM (发布日期); see publishedOn for a full date.',
    deprecationReason: 'Untyped; use publishedOn (LocalDate) for the day and publishedIn (Period) for the month or year.',
  })
  date?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Publication date when the text gives the day (发布日期, 完整日期).' })
  publishedOn?: string;

  @Field(() => PeriodScalar, {
    nullable: true,
    description: 'Month of publication (YYYY-MM), or its year when the text gives no month (发布月份).',
  })
  publishedIn?: string;

  @Field(() => PeriodScalar, { nullable: true, description: 'The year or period the document is about, e.g. 2024 or 2025H1 (时期).' })
  period?: string;

  @Field(() => Int, { nullable: true, description: 'Year the document is about (年份).' })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Official document number when the text gives one (发文字号).' })
  docNumber?: string;

  @Field({ description: 'The full decoded text all source offsets refer to (全文).' })
  text!: string;
}
