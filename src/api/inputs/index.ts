// GraphQL inputs and argument classes, and their translation to store queries.
export * from './page.args';
export * from './node-sort.input';
export * from './plan-filter.input';
export * from './work-filter.input';
export * from './project-filter.input';
export * from './name-filter.input';
export * from './document-filter.input';
export * from './document-sort.input';
export * from './connection-args';
export * from './to-node-query';
