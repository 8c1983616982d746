// prune-relationships-delete: delete relationships that only these documents supported and that
// none of their new slices has. One scan for a whole batch of documents.
// @param documents LIST<STRING> the ids of the documents being written or removed
// @param keepIds LIST<STRING> ids of the relationships in their slices
MATCH ()-[r]->()
WHERE any(d IN r.sourceDocs WHERE d IN $documents) AND NOT r.id IN $keepIds
  AND all(d IN r.srcDoc WHERE d IN $documents)
DELETE r
