import { Field, Int, ObjectType } from 'type-graphql';
import type { WorkMode } from '../../model';
import { Node } from './node.interface';
import { PeriodScalar } from './period.scalar';
import { WorkModeEnum } from './vocabulary.enums';

/** What Tasks and Results share (任务与成效): when, in which domain, read from a plan or a report. */
@ObjectType({ simpleResolvers: true }) // unreferenced, so never emitted: a base for its subclasses only
export abstract class WorkItem extends Node {
  @Field(() => Int, { nullable: true, description: 'Year it belongs to (年份).' })
  year?: number;

  @Field(() => PeriodScalar, { nullable: true, description: 'Period, e.g. 2024 or 2025H1 (时期).' })
  period?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Domain (领域): 数字经济, 数字政府, 数字社会, 数字文化, 数字生态文明, 数字基础设施, 数据要素 or 综合保障.',
  })
  domain?: string;

  @Field(() => WorkModeEnum, { nullable: true, description: 'Whether it was read from a plan or a report (来源类型).' })
  mode?: WorkMode;
}
