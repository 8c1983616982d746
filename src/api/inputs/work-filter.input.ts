import { Field, ID, InputType, Int } from 'type-graphql';
import type { WorkMode } from '../../model';
import { PeriodScalar, WorkModeEnum } from '../types';

@InputType('WorkFilter', { description: 'Narrow a list of tasks or results (任务/成效筛选); all given fields must match.' })
export class WorkFilter {
  @Field(() => Int, { nullable: true, description: 'Year (年份).' })
  year?: number;

  @Field(() => PeriodScalar, { nullable: true, description: 'Period, e.g. 2024 or 2025H1 (时期).' })
  period?: string;

  @Field(() => WorkModeEnum, { nullable: true, description: 'Read from a plan or a report (来源类型).' })
  mode?: WorkMode;

  @Field(() => String, { nullable: true, description: 'Domain, e.g. 数字政府 (领域).' })
  domain?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the plan it belongs to (所属规划).' })
  plan?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the engineering project it belongs to (所属工程).' })
  project?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of an agency responsible for it in any role (drafts, issues, leads …) (负责部门).',
  })
  agency?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the document it was read from (来源文档).' })
  document?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the statement, case-insensitive (内容包含).' })
  nameContains?: string;
}
