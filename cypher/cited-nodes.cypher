// cited-nodes: ids of the nodes citing any of these documents (a source span in one). One scan of
// the :Entity nodes for a whole write, however many documents it covers; the store works out
// which of them the new slices no longer have.
// @param documents LIST<STRING> the ids of the documents being written or removed
MATCH (n:Entity)
WHERE any(d IN n.sourceDocs WHERE d IN $documents)
RETURN n.id AS id
