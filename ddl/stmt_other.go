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
	case *pg_query.Node_ViewStmt:
		kind, what = "CREATE VIEW", "views are not modeled yet"
		relation(x.ViewStmt.View, relOther)
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
	case *pg_query.Node_CreateDomainStmt:
		kind, what = "CREATE DOMAIN", "domains are not modeled yet"
		typ(x.CreateDomainStmt.Domainname)
		p.recordDomain(x.CreateDomainStmt)
	case *pg_query.Node_CompositeTypeStmt:
		kind, what = "CREATE TYPE", "composite types are not modeled yet"
		rv := x.CompositeTypeStmt.Typevar
		relation(rv, relOther)
		typ([]*pg_query.Node{pg_query.MakeStrNode(rv.GetSchemaname()), pg_query.MakeStrNode(rv.GetRelname())}[boolIndex(rv.GetSchemaname() == ""):])
	case *pg_query.Node_CreateRangeStmt:
		kind, what = "CREATE TYPE", "range types are not modeled yet"
		typ(x.CreateRangeStmt.TypeName)
	case *pg_query.Node_DefineStmt:
		d := x.DefineStmt
		kind = "CREATE " + objectTypeWord(d.Kind)
		sch, name := splitName(d.Defnames)
		object = qualified(sch, name)
		if d.Kind == pg_query.ObjectType_OBJECT_TYPE {
			typ(d.Defnames)
		}
	case *pg_query.Node_CreateFunctionStmt:
		kind = "CREATE FUNCTION"
		if x.CreateFunctionStmt.IsProcedure {
			kind = "CREATE PROCEDURE"
		}
		sch, name := splitName(x.CreateFunctionStmt.Funcname)
		object, what = qualified(sch, name), "functions are not modeled yet"
	case *pg_query.Node_CreateTrigStmt:
		kind, what = "CREATE TRIGGER", "triggers are not modeled yet"
		object = x.CreateTrigStmt.Trigname + " ON " + rvName(x.CreateTrigStmt.Relation)
	case *pg_query.Node_RuleStmt:
		kind, what = "CREATE RULE", "rules are not modeled"
		object = x.RuleStmt.Rulename + " ON " + rvName(x.RuleStmt.Relation)
	case *pg_query.Node_CreatePolicyStmt:
		kind, what = "CREATE POLICY", "policies are not modeled yet"
		object = x.CreatePolicyStmt.PolicyName + " ON " + rvName(x.CreatePolicyStmt.Table)
	case *pg_query.Node_GrantStmt:
		kind, what = "GRANT", "privileges are not modeled yet"
		if !x.GrantStmt.IsGrant {
			kind = "REVOKE"
		}
	case *pg_query.Node_CreateStatsStmt:
		kind, what = "CREATE STATISTICS", "extended statistics are not modeled yet"
	default:
		kind = leadingWords(p.src[start:])
	}
	return p.unsupported(start, kind, object, what)
}

// recordDomain keeps the base type of a domain (see state.domains). A
// domain whose name or base type cannot be resolved is left out.
func (p *parser) recordDomain(d *pg_query.CreateDomainStmt) {
	sch, name := splitName(d.Domainname)
	q, err := p.st.createName(sch, name)
	if err != nil {
		return
	}
	base, err := canonicalType(d.TypeName, p.st)
	if err != nil {
		return
	}
	p.st.domains[q.String()] = p.st.exprTarget(base)
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
