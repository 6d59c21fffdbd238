package ddl

import (
	"fmt"
	"strconv"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/stratadb/strata/schema"
)

// Helpers that read pg_query nodes.

// strVal returns the text of a String node ("" for anything else).
func strVal(n *pg_query.Node) string { return n.GetString_().GetSval() }

// strList returns the texts of a list of String nodes.
func strList(nodes []*pg_query.Node) []string {
	out := make([]string, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, strVal(n))
	}
	return out
}

// splitName splits a dotted name list (schema.name or name) into its
// schema ("" when unqualified) and name; a database-qualified name keeps
// the last two parts.
func splitName(nodes []*pg_query.Node) (string, string) {
	parts := strList(nodes)
	switch len(parts) {
	case 0:
		return "", ""
	case 1:
		return "", parts[0]
	default:
		return parts[len(parts)-2], parts[len(parts)-1]
	}
}

// rvName returns the display name of a RangeVar.
func rvName(rv *pg_query.RangeVar) string {
	if rv == nil {
		return ""
	}
	return displayName(rv.Schemaname, rv.Relname)
}

// intVal reads a numeric option value: an Integer, a Float written with
// digits only (pg_query keeps integers beyond 32 bits as Float), or a
// numeric String.
func intVal(n *pg_query.Node) (int64, error) {
	switch x := n.GetNode().(type) {
	case *pg_query.Node_Integer:
		return int64(x.Integer.Ival), nil
	case *pg_query.Node_Float:
		v, err := strconv.ParseInt(x.Float.Fval, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("value %s is out of range for a 64-bit integer", x.Float.Fval)
		}
		return v, nil
	case *pg_query.Node_String_:
		v, err := strconv.ParseInt(x.String_.Sval, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("value %q is not an integer", x.String_.Sval)
		}
		return v, nil
	case *pg_query.Node_AConst:
		if iv := x.AConst.GetIval(); iv != nil {
			return int64(iv.Ival), nil
		}
		if fv := x.AConst.GetFval(); fv != nil {
			return intVal(&pg_query.Node{Node: &pg_query.Node_Float{Float: fv}})
		}
	}
	return 0, fmt.Errorf("expected an integer value")
}

// defString returns an option value as PostgreSQL's defGetString prints
// it, which is how reloptions store values.
func defString(d *pg_query.DefElem) string {
	if d.Arg == nil {
		return "true"
	}
	switch x := d.Arg.GetNode().(type) {
	case *pg_query.Node_Integer:
		return strconv.Itoa(int(x.Integer.Ival))
	case *pg_query.Node_Float:
		return x.Float.Fval
	case *pg_query.Node_Boolean:
		if x.Boolean.Boolval {
			return "true"
		}
		return "false"
	case *pg_query.Node_String_:
		return x.String_.Sval
	case *pg_query.Node_TypeName:
		return strings.Join(strList(x.TypeName.Names), ".")
	case *pg_query.Node_List:
		return strings.Join(strList(x.List.Items), ".")
	}
	return ""
}

// relOptions converts a WITH (...) list into "name=value" strings as
// pg_class.reloptions holds them; options of the TOAST table keep their
// "toast." prefix.
func relOptions(opts []*pg_query.Node) []string {
	var out []string
	for _, n := range opts {
		d := n.GetDefElem()
		if d == nil {
			continue
		}
		name := d.Defname
		if d.Defnamespace != "" {
			name = d.Defnamespace + "." + name
		}
		out = append(out, name+"="+defString(d))
	}
	return out
}

// collationText spells a collation name the way the model stores it: ""
// for the default collation, unqualified (quoted if needed) for pg_catalog
// collations, schema-qualified otherwise.
func collationText(names []*pg_query.Node) string {
	s, n := splitName(names)
	if n == "" || (n == "default" && (s == "" || s == "pg_catalog")) {
		return ""
	}
	if s == "" || s == "pg_catalog" {
		return schema.QuoteIdent(n)
	}
	return schema.QName{Schema: s, Name: n}.String()
}

// exprColumns returns the distinct column names an expression of a table
// refers to, in order of appearance (pull_var_clause on the raw tree).
func exprColumns(n *pg_query.Node) []string {
	var out []string
	walkColumnRefs(n, func(name string) {
		if !containsString(out, name) {
			out = append(out, name)
		}
	})
	return out
}

// walkColumnRefs calls fn for the column name of every ColumnRef in the
// raw expression tree n, not descending into subqueries.
func walkColumnRefs(n *pg_query.Node, fn func(string)) {
	if n == nil {
		return
	}
	if cr := n.GetColumnRef(); cr != nil {
		if f := cr.Fields; len(f) > 0 {
			if s := f[len(f)-1].GetString_(); s != nil {
				fn(s.Sval)
			}
		}
		return
	}
	if n.GetSubLink() != nil {
		return
	}
	walkNode(n, fn)
}

// walkNode visits the children of n (any node kind) with walkColumnRefs.
func walkNode(n *pg_query.Node, fn func(string)) {
	walkMsg(n.ProtoReflect(), fn, true)
}

func walkMsg(m protoreflect.Message, fn func(string), top bool) {
	if !top {
		if n, ok := m.Interface().(*pg_query.Node); ok {
			walkColumnRefs(n, fn)
			return
		}
	}
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if fd.Kind() != protoreflect.MessageKind {
			return true
		}
		if fd.IsList() {
			l := v.List()
			for i := 0; i < l.Len(); i++ {
				walkMsg(l.Get(i).Message(), fn, false)
			}
			return true
		}
		if !fd.IsMap() {
			walkMsg(v.Message(), fn, false)
		}
		return true
	})
}
