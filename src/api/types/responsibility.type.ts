import { Field, ID, ObjectType } from 'type-graphql';
import { SourceSpan } from './source-span.type';

@ObjectType('Responsibility', { simpleResolvers: true, description: 'An Agency’s part in a Plan, Task or Project (职责, RESPONSIBLE_FOR): drafts, leads, issues …' })
export class Responsibility {
  @Field(() => ID, { description: 'Stable id of the relationship (关系标识).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'drafts (起草), issues (印发), leads (牵头), cooperates (配合), carries_out (实施), interprets (解读), reports (报告).' })
  role?: string;

  @Field(() => [SourceSpan], { description: 'The sentences saying so (出处).' })
  sources!: SourceSpan[];
}
