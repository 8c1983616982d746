import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SourceSpan } from './source-span.type';

// Plan diff (规划对比): the ends (from/to plans, tasks, projects, indicators, targets) are
// resolved from ids in resolvers/plan-diff.

export enum ChangeStatus {
  NEW = 'NEW',
  CONTINUED = 'CONTINUED',
  DROPPED = 'DROPPED',
}
registerEnumType(ChangeStatus, {
  name: 'ChangeStatus',
  description: 'What the later plan does with an item of the earlier one (变化).',
  valuesConfig: {
    NEW: { description: 'Only in the later plan (新增).' },
    CONTINUED: { description: 'In both: carried on (延续).' },
    DROPPED: { description: 'Only in the earlier plan (不再出现).' },
  },
});

export enum TargetChangeStatus {
  RAISED = 'RAISED',
  LOWERED = 'LOWERED',
  UNCHANGED = 'UNCHANGED',
  NEW = 'NEW',
  DROPPED = 'DROPPED',
  INCOMPARABLE = 'INCOMPARABLE',
}
registerEnumType(TargetChangeStatus, {
  name: 'TargetChangeStatus',
  description: 'How an indicator’s target changed between the plans (目标变化).',
  valuesConfig: {
    RAISED: { description: 'The later target is higher (提高).' },
    LOWERED: { description: 'The later target is lower (降低).' },
    UNCHANGED: { description: 'The same value (不变).' },
    NEW: { description: 'Only the later plan sets one (新增).' },
    DROPPED: { description: 'Only the earlier plan set one (不再设定).' },
    INCOMPARABLE: { description: 'Both set one, in units that do not agree (单位不同).' },
  },
});

export enum EngineeringProjectMatch {
  NAME = 'NAME',
  DOMAIN = 'DOMAIN',
}
registerEnumType(EngineeringProjectMatch, {
  name: 'EngineeringProjectMatch',
  description: 'Why two projects count as the same (工程对应依据).',
  valuesConfig: {
    NAME: { description: 'The same name (同名).' },
    DOMAIN: { description: 'The same domain (同一领域).' },
  },
});

@ObjectType('TaskChange', {
  simpleResolvers: true,
  description: 'A task of either plan and what became of it (任务变化); `from` and `to` are the two sides.',
})
export class TaskChange {
  @Field(() => ChangeStatus, { description: 'NEW, CONTINUED or DROPPED (变化).' })
  status!: ChangeStatus;

  @Field(() => Int, { description: 'CONTINUED_BY links between the two tasks, through plans in between; 0 when not continued (跳数).' })
  hops!: number;

  @Field(() => Float, { nullable: true, description: 'Confidence of the weakest link of the chain (置信度).' })
  score?: number | null;

  @Field(() => [SourceSpan], { description: 'Quotes of both sides and of every link (证据).' })
  evidence!: SourceSpan[];
}

@ObjectType('EngineeringProjectChange', {
  simpleResolvers: true,
  description: 'An engineering project of either plan and what became of it (工程变化).',
})
export class EngineeringProjectChange {
  @Field(() => ChangeStatus, { description: 'NEW, CONTINUED or DROPPED (变化).' })
  status!: ChangeStatus;

  @Field(() => EngineeringProjectMatch, { nullable: true, description: 'For CONTINUED: why the two are the same project (对应依据).' })
  matchedBy?: EngineeringProjectMatch | null;
}

@ObjectType('TargetChange', {
  simpleResolvers: true,
  description: 'An indicator’s target in the earlier and the later plan (目标变化); each side is a quoted Target.',
})
export class TargetChange {
  @Field(() => TargetChangeStatus, { description: 'RAISED, LOWERED, UNCHANGED, NEW, DROPPED or INCOMPARABLE (变化).' })
  status!: TargetChangeStatus;

  @Field(() => Float, { nullable: true, description: 'Later value / earlier value (变化倍数).' })
  ratio?: number | null;
}

@ObjectType('PlanDiff', { simpleResolvers: true, description: 'What a later plan keeps, adds and drops from an earlier one (规划对比).' })
export class PlanDiff {
  // from, to, tasks, projects and targets are resolved in resolvers/plan-diff.
  @Field(() => Int, { description: 'Tasks continued (延续任务数).' })
  continuedTasks!: number;

  @Field(() => Int, { description: 'Tasks new in the later plan (新增任务数).' })
  newTasks!: number;

  @Field(() => Int, { description: 'Tasks of the earlier plan not carried on (未延续任务数).' })
  droppedTasks!: number;
}
