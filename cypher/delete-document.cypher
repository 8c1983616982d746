// delete-document: delete a Document node and its remaining relationships; returns 1 if it existed.
// @param id STRING the document id
MATCH (d:Document {id: $id})
DETACH DELETE d
RETURN count(*) AS deleted
