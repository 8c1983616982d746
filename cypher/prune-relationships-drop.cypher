// prune-relationships-drop: drop these documents' spans from relationships other documents still
// support and that none of their new slices has.
// @param documents LIST<STRING> the ids of the documents being written or removed
// @param keepIds LIST<STRING> ids of the relationships in their slices
MATCH ()-[r]->()
WHERE any(d IN r.sourceDocs WHERE d IN $documents) AND NOT r.id IN $keepIds
WITH r, [i IN range(0, size(r.srcDoc) - 1) WHERE NOT r.srcDoc[i] IN $documents] AS kept
SET r.srcDoc = [i IN kept | r.srcDoc[i]],
    r.srcStart = [i IN kept | r.srcStart[i]],
    r.srcEnd = [i IN kept | r.srcEnd[i]],
    r.srcText = [i IN kept | r.srcText[i]],
    r.sourceDocs = [d IN r.sourceDocs WHERE NOT d IN $documents]
