import { Field, ID, InputType, Int } from 'type-graphql';

// Not renamed EngineeringProjectFilter like the output types: GraphQL has no type aliases, and every
// operation declaring `$f: ProjectFilter` would stop validating (src/api/README.md, Names).
@InputType('ProjectFilter', { description: 'Narrow the list of engineering projects (工程筛选).' })
export class ProjectFilter {
  @Field(() => ID, { nullable: true, description: 'Id of the plan it belongs to (所属规划).' })
  plan?: string;

  @Field(() => Int, { nullable: true, description: 'Year (年份).' })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Domain (领域).' })
  domain?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of an agency responsible for it in any role (drafts, issues, leads …) (负责部门).',
  })
  agency?: string;

  @Field(() => ID, { nullable: true, description: 'Id of a document that names the project (来源文档).' })
  document?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the name, case-insensitive (名称包含).' })
  nameContains?: string;
}
