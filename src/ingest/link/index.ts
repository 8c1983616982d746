// Link stage (关联): derives lineage between plans' tasks and later results and tasks.
export { link, type LinkOptions } from './link';
export { parsePeriod, type Interval } from './period';
