// get-nodes: nodes by id (their stored properties; the document record left out), null if unknown.
// @param ids LIST<STRING>
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n {.*, docRecord: null} AS node
