// Report: targets and Markdown. Public surface.
export { renderMarkdown } from './markdown';
export { checkTargets, type TargetCheck } from './targets';
export type { BenchResults, Section } from './results';
