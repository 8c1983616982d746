// prune-nodes-drop: drop this document's spans from nodes other documents still support and that
// its new slice no longer has; the full-text field follows the remaining sentences.
// @param document STRING the document id
// @param keepIds LIST<STRING> ids of the nodes in the slice
MATCH (n:Entity)
WHERE $document IN n.sourceDocs AND NOT n.id IN $keepIds
WITH n, [i IN range(0, size(n.srcDoc) - 1) WHERE n.srcDoc[i] <> $document] AS kept
WITH n, [i IN kept | n.srcDoc[i]] AS docs, [i IN kept | n.srcStart[i]] AS starts,
     [i IN kept | n.srcEnd[i]] AS ends, [i IN kept | n.srcText[i]] AS texts
SET n.srcDoc = docs, n.srcStart = starts, n.srcEnd = ends, n.srcText = texts,
    n.sourceDocs = [d IN n.sourceDocs WHERE d <> $document],
    n.sourceText = reduce(s = '', t IN texts | CASE WHEN s = '' THEN t ELSE s + '\n' + t END)
