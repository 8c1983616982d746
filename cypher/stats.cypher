// stats: node counts by label, relationship counts by type, and Tasks/Results by domain and year.
// Parameters: none.
MATCH (n:Entity)
WITH n.label AS label, count(*) AS c
WITH collect({label: label, count: c}) AS nodes
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS c
  RETURN collect({type: type, count: c}) AS rels
}
CALL () {
  MATCH (t:Task|Result)
  WITH t.label AS label, coalesce(t.domain, '') AS domain, t.year AS year, count(*) AS c
  RETURN collect({label: label, domain: domain, year: year, count: c}) AS groups
}
RETURN nodes, rels, groups
