import { buildGraph } from '../../../src/ingest';
import { record } from '../../fixtures/genre/records';

/** The names of one label's nodes read from one passage, built as a document of its own named `id`. */
export const namesRead = (label: string, text: string, id = 'passage'): string[] =>
  buildGraph([record(id, text)])
    .nodes.filter((n) => n.label === label)
    .map((n) => n.name);
