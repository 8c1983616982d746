// Government work reports in multi-year series: each report's plan, SUCCEEDS, and lineage from year N's targets to year N+1's results.
export { linkSeries, readSeries } from './series';
export { identityReader, type ReportIdentity, type SeriesReport } from './report-identity';
