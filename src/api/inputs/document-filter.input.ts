import { Field, ID, InputType, Int } from 'type-graphql';
import type { DocumentKind } from '../../model';
import { DocumentKindEnum, PeriodScalar } from '../types';

@InputType('DocumentFilter', { description: 'Narrow the list of documents (文档筛选).' })
export class DocumentFilter {
  @Field(() => DocumentKindEnum, { nullable: true, description: 'Genre (文档类型).' })
  kind?: DocumentKind;

  @Field(() => PeriodScalar, {
    nullable: true,
    description: 'Period the document is about, e.g. 2024 or 2023-2025; any dash matches (时期).',
  })
  period?: string;

  @Field(() => Int, { nullable: true, description: 'Year the document is about, else of its publication date (年份).' })
  year?: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of an agency the document names as issuing or drafting a plan it describes, as in `issuers` (发布机构).',
  })
  agency?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the title (标题包含).' })
  nameContains?: string;
}
