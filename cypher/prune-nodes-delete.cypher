// prune-nodes-delete: delete (with their relationships) nodes that only this document supported
// and that its new slice no longer has.
// @param document STRING the document id
// @param keepIds LIST<STRING> ids of the nodes in the slice
MATCH (n:Entity)
WHERE $document IN n.sourceDocs AND NOT n.id IN $keepIds
  AND all(d IN n.srcDoc WHERE d = $document)
DETACH DELETE n
