// schema-id-indicator: every :Indicator node has a unique id (also the index MERGE and id look-ups use).
// Parameters: none.
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE
