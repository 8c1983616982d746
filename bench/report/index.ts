// Report: targets and Markdown. Public surface.
export { keptTargetRows, withKeptTargets } from './kept-targets';
export { renderMarkdown } from './markdown';
export { checkTargets, type TargetCheck } from './targets';
export type { BenchResults, Section } from './results';
