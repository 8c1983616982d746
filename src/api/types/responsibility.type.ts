import { Field, ID, ObjectType } from 'type-graphql';
import type { Role } from '../../model';
import { SourceSpan } from './source-span.type';
import { RoleEnum } from './vocabulary.enums';

@ObjectType('Responsibility', {
  simpleResolvers: true,
  description: 'An Agency’s part in a Plan, Task or Project (职责, RESPONSIBLE_FOR): drafts, leads, issues …',
})
export class Responsibility {
  @Field(() => ID, { description: 'Stable id of the relationship (关系标识).' })
  id!: string;

  @Field(() => RoleEnum, { nullable: true, description: 'The agency’s part (职责类型).' })
  role?: Role;

  @Field(() => [SourceSpan], { description: 'The sentences saying so (出处).' })
  sources!: SourceSpan[];
}
