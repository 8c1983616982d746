// apply-relationships-__TYPE__: upsert a batch of __TYPE__ relationships by id between existing
// nodes; returns how many were written so the store can refuse a batch with a missing end (and
// roll back). The type is spelled literally: the store makes one statement per type from this
// template and the ontology's closed list (src/model/labels.ts), never from input.
// @param rows LIST<MAP> {id, from, to, props}: props holds every stored property, id included
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
SET r = row.props
RETURN count(r) AS written
