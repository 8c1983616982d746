// prune-nodes-delete: delete (with their relationships) nodes that only these documents supported
// and that none of their new slices has. One scan for a whole batch of documents.
// @param documents LIST<STRING> the ids of the documents being written or removed
// @param keepIds LIST<STRING> ids of the nodes in their slices
MATCH (n:Entity)
WHERE any(d IN n.sourceDocs WHERE d IN $documents) AND NOT n.id IN $keepIds
  AND all(d IN n.srcDoc WHERE d IN $documents)
DETACH DELETE n
