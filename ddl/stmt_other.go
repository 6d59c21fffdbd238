package ddl

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// other handles every statement the model does not cover: it is
// unsupported (an error, or counted with Options.SkipUnsupported). Names of
// relations and types such statements create are still recorded, so that
// later statements resolve and generate names like PostgreSQL would.
func (p *parser) other(n *pg_query.Node, start int) error {
	kind, object, what := "", "", ""
	relation := func(rv *pg_query.RangeVar, k relKind) {
		if rv == nil {
			return
		}
		object = rvName(rv)
		if q, err := p.st.createName(rv.Schemaname, rv.Relname); err == nil {
			object = q.String()
			if p.st.rels[q] == 0 {
				p.st.rels[q] = k
			}
		}
	}
	// qualified names an object created by name (schema optional) the
	// way it is created: in the creation schema of search_path when the
	// statement does not name a schema.
	qualified := func(sch, name string) string {
		if q, err := p.st.createName(sch, name); err == nil {
			return q.String()
		}
		return displayName(sch, name)
	}
	typ := func(names []*pg_query.Node) {
		sch, name := splitName(names)
		object = displayName(sch, name)
		if q, err := p.st.createName(sch, name); err == nil {
			object = q.String()
			p.st.types[q] = true
		}
	}
	switch x := n.GetNode().(type) {
	case *pg_query.Node_CreateTableAsStmt:
		kind = "CREATE TABLE AS"
		if x.CreateTableAsStmt.Objtype == pg_query.ObjectType_OBJECT_MATVIEW {
			kind = "CREATE MATERIALIZED VIEW"
		}
		what = "the columns come from a query"
		relation(x.CreateTableAsStmt.GetInto().GetRel(), relOther)
	case *pg_query.Node_CreateForeignTableStmt:
		kind, what = "CREATE FOREIGN TABLE", "foreign tables are not modeled yet"
		relation(x.CreateForeignTableStmt.GetBaseStmt().GetRelation(), relOther)
	case *pg_query.Node_DefineStmt:
		d := x.DefineStmt
		switch d.Kind {
		case pg_query.ObjectType_OBJECT_COLLATION:
			return p.createCollation(d, start)
		case pg_query.ObjectType_OBJECT_OPERATOR:
			return p.createOperator(d)
		case pg_query.ObjectType_OBJECT_AGGREGATE:
			return p.createAggregate(d)
		}
		kind = "CREATE " + objectTypeWord(d.Kind)
		sch, name := splitName(d.Defnames)
		object = qualified(sch, name)
		if d.Kind == pg_query.ObjectType_OBJECT_TYPE {
			typ(d.Defnames)
		}
	case *pg_query.Node_CreateOpClassStmt:
		return p.createOpClass(x.CreateOpClassStmt)
	case *pg_query.Node_CreateOpFamilyStmt:
		return p.createOpFamily(x.CreateOpFamilyStmt)
	case *pg_query.Node_AlterOpFamilyStmt:
		return p.alterOpFamily(x.AlterOpFamilyStmt)
	case *pg_query.Node_CreateStatsStmt:
		return p.createStatistics(x.CreateStatsStmt, start)
	case *pg_query.Node_AlterStatsStmt:
		return p.alterStatistics(x.AlterStatsStmt)
	default:
		kind = leadingWords(p.src[start:])
	}
	return p.unsupported(start, kind, object, what)
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// leadingWords returns the first keywords of a statement, upper-cased,
// as its kind: "CREATE CAST", "ALTER DEFAULT PRIVILEGES", "DO".
func leadingWords(src string) string {
	var words []string
	for _, w := range strings.Fields(src) {
		w = strings.TrimRight(w, ";(")
		if w == "" || strings.ContainsAny(w, `"'$.(`) || len(words) == 3 {
			break
		}
		up := strings.ToUpper(w)
		if up == "OR" || up == "REPLACE" || up == "IF" || up == "NOT" || up == "EXISTS" {
			continue
		}
		words = append(words, up)
		if up != "CREATE" && up != "ALTER" && up != "DROP" && up != "DEFAULT" && up != "EVENT" && up != "FOREIGN" && up != "TEXT" && up != "SEARCH" && up != "OPERATOR" && up != "USER" && up != "ACCESS" {
			break
		}
	}
	if len(words) == 0 {
		return "statement"
	}
	return strings.Join(words, " ")
}
