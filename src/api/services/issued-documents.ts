import type { GraphRelationship } from '../../model';
import type { ApiContext } from '../context/context';
import { relsOf } from './related';

// Who issues a document: an agency it says issues or drafts a plan it describes (Document.issuers).
// The documents filter by agency reads the same relationships from the agency's side.

/** Whether `rel` (RESPONSIBLE_FOR) says, in document `doc`, that its agency issues or drafts its plan. */
export const issuesIn = (rel: GraphRelationship, doc: string): boolean =>
  (rel.properties.role === 'issues' || rel.properties.role === 'drafts') && rel.sources.some((s) => s.document === doc);

/** Ids of the documents that name `agency` as an issuer of a plan they describe. */
export async function documentsIssuedBy(ctx: ApiContext, agency: string): Promise<Set<string>> {
  const duties = await relsOf(ctx, agency, 'OUT', ['RESPONSIBLE_FOR']);
  const described = await Promise.all(duties.map(async (r) => ({ r, docs: await relsOf(ctx, r.to, 'IN', ['DESCRIBES']) })));
  const out = new Set<string>();
  for (const { r, docs } of described) for (const d of docs) if (issuesIn(r, d.from)) out.add(d.from);
  return out;
}
