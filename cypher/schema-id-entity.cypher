// schema-id-entity: every :Entity node has a unique id (also the index MERGE and id look-ups use).
// Parameters: none.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
