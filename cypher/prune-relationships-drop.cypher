// prune-relationships-drop: drop this document's spans from relationships other documents still
// support and that its new slice no longer has.
// @param document STRING the document id
// @param keepIds LIST<STRING> ids of the relationships in the slice
MATCH ()-[r]->()
WHERE $document IN r.sourceDocs AND NOT r.id IN $keepIds
WITH r, [i IN range(0, size(r.srcDoc) - 1) WHERE r.srcDoc[i] <> $document] AS kept
SET r.srcDoc = [i IN kept | r.srcDoc[i]],
    r.srcStart = [i IN kept | r.srcStart[i]],
    r.srcEnd = [i IN kept | r.srcEnd[i]],
    r.srcText = [i IN kept | r.srcText[i]],
    r.sourceDocs = [d IN r.sourceDocs WHERE d <> $document]
