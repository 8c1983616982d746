// set-document: store the document record (JSON, text included) on its Document node.
// @param id STRING the document id
// @param record STRING the DocumentRecord as JSON
MERGE (d:Entity {id: $id})
SET d:Document, d.docRecord = $record
