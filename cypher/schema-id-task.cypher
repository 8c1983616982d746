// schema-id-task: every :Task node has a unique id (also the index MERGE and id look-ups use).
// Parameters: none.
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE
