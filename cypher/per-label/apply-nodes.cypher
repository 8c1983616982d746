// apply-nodes-__LABEL__: upsert a batch of __LABEL__ nodes by id with their full state. Every node is
// :Entity plus its ontology label, spelled literally: the store makes one statement per label
// from this template and the ontology's closed list (src/model/labels.ts), never from input.
// @param rows LIST<MAP> {id, props}: props holds every stored property, id included
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:__LABEL__
