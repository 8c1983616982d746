// schema-id-result: every :Result node has a unique id (also the index MERGE and id look-ups use).
// Parameters: none.
CREATE CONSTRAINT result_id IF NOT EXISTS FOR (n:Result) REQUIRE n.id IS UNIQUE
