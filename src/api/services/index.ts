// Query logic behind the resolvers: pagination, relationship walks, timelines and attainment,
// lineage links, shortest paths and search snippets. Pure where possible, unit-tested.
export * from './pagination';
export * from './node-page';
export * from './related';
export * from './points';
export * from './timeline';
export * from './attainment';
export * from './lineage';
export * from './path';
export * from './snippet';
export * from './links';
export * from './indicator-timeline';
export * from '../context/version-memo';
export * from './plan-facts';
export * from './search';
export * from './nested';
export * from './owned-tasks';
export * from './plan-diff';
export * from './issued-documents';
