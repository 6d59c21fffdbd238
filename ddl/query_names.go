package ddl

import (
	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// figureName returns the name PostgreSQL gives an output column written
// without AS (FigureColname), from the expression as the user wrote it.
func figureName(n *pg_query.Node) string {
	name, _ := figureColnameStrength(n)
	if name == "" {
		return "?column?"
	}
	return name
}
