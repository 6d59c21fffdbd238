package ddl

import (
	"strconv"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// CloneIndexName returns the name PostgreSQL gives the copy of a
// partitioned table's index that it creates on partition part (when the
// partition is created, or attached without an equal index of its own):
// ChooseIndexName over the partition's name and the index's column names,
// with the label "idx", or "pkey", "key" or "excl" for the index behind a
// constraint (con not nil; i is then ignored). taken reports whether a
// name is used already (by a relation of the schema, or, for a constraint,
// by a constraint); the label is numbered until the name is free, as
// PostgreSQL does. The result is what PostgreSQL chose if the names taken
// now are the names taken then.
func CloneIndexName(part schema.QName, i *schema.Index, con *schema.Constraint, taken func(name string) bool) string {
	var keys []schema.IndexKey
	var include []string
	label := "idx"
	switch {
	case con != nil && con.Kind == schema.PrimaryKey:
		label = "pkey"
	case con != nil && con.Kind == schema.Exclude:
		label = "excl"
		for _, e := range con.Elements {
			keys = append(keys, e.Key)
		}
		include = con.Include
	case con != nil:
		label = "key"
		for _, c := range con.Columns {
			keys = append(keys, schema.IndexKey{Column: c})
		}
		include = con.Include
	default:
		keys, include = i.Keys, i.Include
	}
	add := ""
	if label != "pkey" {
		var elems []*pg_query.IndexElem
		for _, k := range keys {
			e := &pg_query.IndexElem{Name: k.Column}
			if k.Column == "" {
				e.Expr = exprNode(k.Expr)
			}
			elems = append(elems, e)
		}
		for _, c := range include {
			elems = append(elems, &pg_query.IndexElem{Name: c})
		}
		add = nameAddition(indexColumnNames(elems))
	}
	mod := label
	for pass := 1; ; pass++ {
		name := makeObjectName(part.Name, add, mod)
		if !taken(name) {
			return name
		}
		mod = label + strconv.Itoa(pass)
	}
}
