import { Field, ID, InputType } from 'type-graphql';

@InputType('NameFilter', { description: 'Narrow a list of indicators, platforms or agencies (名称筛选).' })
export class NameFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the name or an alias, case-insensitive (名称包含).' })
  nameContains?: string;

  @Field(() => ID, { nullable: true, description: 'Id of a document that names it (来源文档).' })
  document?: string;

  @Field(() => String, { nullable: true, description: 'Sub-kind (类别); for indicators use `unit`.' })
  kind?: string;

  @Field(() => String, { nullable: true, description: 'Unit, for indicators (单位), e.g. 个.' })
  unit?: string;
}
