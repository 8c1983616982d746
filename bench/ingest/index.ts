// Ingest throughput section: public surface.
export { benchIngest, type IngestRow, type IngestPlan } from './ingest';
export { ensureCorpus, type CorpusOnDisk } from './corpora';
