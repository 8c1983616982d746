// shortest-path: a shortest path between two nodes ignoring direction, at most 10 hops (the
// store's MAX_PATH_HOPS) and at most $maxHops; among equals, the one whose node ids, then
// relationship ids, sort first.
// @param from STRING node id
// @param to STRING node id
// @param maxHops INTEGER
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..10]-(b))
WITH p
WHERE length(p) <= $maxHops
WITH p
ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
LIMIT 1
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | {props: r {.*}, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels
