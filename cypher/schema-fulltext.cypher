// schema-fulltext: Chinese full-text index (cjk analyzer: character bigrams) over names, aliases
// and the source sentences of every node.
// Parameters: none.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliasText, n.sourceText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }
