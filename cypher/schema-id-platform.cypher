// schema-id-platform: every :Platform node has a unique id (also the index MERGE and id look-ups use).
// Parameters: none.
CREATE CONSTRAINT platform_id IF NOT EXISTS FOR (n:Platform) REQUIRE n.id IS UNIQUE
