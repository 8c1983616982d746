// GraphQL object types, enums and connections (one concept per file). Every object type sets
// simpleResolvers: its fields read plain properties of the views, so graphql-js serves them with
// its default resolver instead of a type-graphql wrapper per field per row.
export * from './enums';
export * from './vocabulary.enums';
export * from './period.scalar';
export * from './node.interface';
export * from './text-span.type';
export * from './source-span.type';
export * from './judgement.type';
export * from './document.type';
export * from './plan.type';
export * from './project.type';
export * from './task.type';
export * from './result.type';
export * from './indicator.type';
export * from './platform.type';
export * from './agency.type';
export * from './target.type';
export * from './measurement.type';
export * from './responsibility.type';
export * from './lineage-link.type';
export * from './indicator-point.type';
export * from './search-hit.type';
export * from './search-connection.type';
export * from './graph-path.type';
export * from './stats.type';
export * from './connection';
export * from './connections';
export * from './relationship-view';
export * from './relation.type';
export * from './plan-fact.type';
export * from './plan-diff.type';
