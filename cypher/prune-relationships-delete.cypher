// prune-relationships-delete: delete relationships that only this document supported and that its
// new slice no longer has.
// @param document STRING the document id
// @param keepIds LIST<STRING> ids of the relationships in the slice
MATCH ()-[r]->()
WHERE $document IN r.sourceDocs AND NOT r.id IN $keepIds
  AND all(d IN r.srcDoc WHERE d = $document)
DELETE r
