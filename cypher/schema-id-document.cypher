// schema-id-document: every :Document node has a unique id (also the index MERGE and id look-ups use).
// Parameters: none.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE
