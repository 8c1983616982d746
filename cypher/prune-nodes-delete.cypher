// prune-nodes-delete: of these nodes (cited by the documents, gone from their new slices), delete
// with their relationships those that only these documents supported.
// @param documents LIST<STRING> the ids of the documents being written or removed
// @param ids LIST<STRING> ids of the nodes to prune
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE all(d IN n.srcDoc WHERE d IN $documents)
DETACH DELETE n
