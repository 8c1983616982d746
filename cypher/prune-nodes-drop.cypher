// prune-nodes-drop: drop these documents' spans from the nodes (cited by them, gone from their new
// slices) that other documents still support; the full-text field follows the remaining sentences.
// @param documents LIST<STRING> the ids of the documents being written or removed
// @param ids LIST<STRING> ids of the nodes to prune (those deleted already are not found)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, [i IN range(0, size(n.srcDoc) - 1) WHERE NOT n.srcDoc[i] IN $documents] AS kept
WITH n, [i IN kept | n.srcDoc[i]] AS docs, [i IN kept | n.srcStart[i]] AS starts,
     [i IN kept | n.srcEnd[i]] AS ends, [i IN kept | n.srcText[i]] AS texts
SET n.srcDoc = docs, n.srcStart = starts, n.srcEnd = ends, n.srcText = texts,
    n.sourceDocs = [d IN n.sourceDocs WHERE NOT d IN $documents],
    n.sourceText = reduce(s = '', t IN texts | CASE WHEN s = '' THEN t ELSE s + '\n' + t END)
