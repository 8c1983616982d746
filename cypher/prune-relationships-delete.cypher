// prune-relationships-delete: of these relationships (cited by the documents, gone from their new
// slices), delete those that only these documents supported. Each is found from its start node.
// @param documents LIST<STRING> the ids of the documents being written or removed
// @param rows LIST<MAP> {id, from}: the relationship and its start node
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r]->()
WHERE r.id = row.id AND all(d IN r.srcDoc WHERE d IN $documents)
DELETE r
