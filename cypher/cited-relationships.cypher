// cited-relationships: ids (and start nodes, to find them again by index) of the relationships
// citing any of these documents. One scan of the relationships for a whole write.
// @param documents LIST<STRING> the ids of the documents being written or removed
MATCH (a:Entity)-[r]->(:Entity)
WHERE any(d IN r.sourceDocs WHERE d IN $documents)
RETURN r.id AS id, a.id AS from
