import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { SourceSpan } from './source-span.type';

export enum PlanFactField {
  DOC_NUMBER = 'DOC_NUMBER',
  TASK_COUNT = 'TASK_COUNT',
  PROJECT_COUNT = 'PROJECT_COUNT',
  ISSUE_DATE = 'ISSUE_DATE',
}
registerEnumType(PlanFactField, {
  name: 'PlanFactField',
  description: 'A fact a plan declares about itself (规划声明事项).',
  valuesConfig: {
    DOC_NUMBER: { description: 'Official document number, Plan.docNumber (发文字号).' },
    TASK_COUNT: { description: 'Number of tasks declared, Plan.taskCount (重点任务数).' },
    PROJECT_COUNT: { description: 'Number of engineering projects declared, Plan.projectCount (工程数).' },
    ISSUE_DATE: { description: 'Issue date, Plan.issuedOn or issuedIn (印发日期).' },
  },
});

@ObjectType('PlanFact', {
  simpleResolvers: true,
  description: 'A declared fact of a plan with the sentences that state it (规划声明及出处).',
})
export class PlanFact {
  @Field(() => PlanFactField, { description: 'Which fact (事项).' })
  field!: PlanFactField;

  @Field({ description: 'The value as the Plan field gives it (值).' })
  value!: string;

  @Field(() => [SourceSpan], {
    description: 'Whole sentences naming or describing the plan that write this value (出处); empty when none does.',
  })
  sources!: SourceSpan[];
}
