// prune-nodes-drop: drop these documents' spans from nodes other documents still support and that
// none of their new slices has; the full-text field follows the remaining sentences.
// @param documents LIST<STRING> the ids of the documents being written or removed
// @param keepIds LIST<STRING> ids of the nodes in their slices
MATCH (n:Entity)
WHERE any(d IN n.sourceDocs WHERE d IN $documents) AND NOT n.id IN $keepIds
WITH n, [i IN range(0, size(n.srcDoc) - 1) WHERE NOT n.srcDoc[i] IN $documents] AS kept
WITH n, [i IN kept | n.srcDoc[i]] AS docs, [i IN kept | n.srcStart[i]] AS starts,
     [i IN kept | n.srcEnd[i]] AS ends, [i IN kept | n.srcText[i]] AS texts
SET n.srcDoc = docs, n.srcStart = starts, n.srcEnd = ends, n.srcText = texts,
    n.sourceDocs = [d IN n.sourceDocs WHERE NOT d IN $documents],
    n.sourceText = reduce(s = '', t IN texts | CASE WHEN s = '' THEN t ELSE s + '\n' + t END)
