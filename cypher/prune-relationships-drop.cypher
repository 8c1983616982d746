// prune-relationships-drop: drop these documents' spans from the relationships (cited by them,
// gone from their new slices) that other documents still support.
// @param documents LIST<STRING> the ids of the documents being written or removed
// @param rows LIST<MAP> {id, from}: the relationship and its start node
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r]->()
WHERE r.id = row.id
WITH r, [i IN range(0, size(r.srcDoc) - 1) WHERE NOT r.srcDoc[i] IN $documents] AS kept
SET r.srcDoc = [i IN kept | r.srcDoc[i]],
    r.srcStart = [i IN kept | r.srcStart[i]],
    r.srcEnd = [i IN kept | r.srcEnd[i]],
    r.srcText = [i IN kept | r.srcText[i]],
    r.sourceDocs = [d IN r.sourceDocs WHERE NOT d IN $documents]
