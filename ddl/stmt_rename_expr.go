package ddl

import (
	"fmt"
	"slices"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/stratadb/strata/schema"
)

// PostgreSQL stores expressions as trees that refer to columns, types,
// relations and functions by number, so renaming one of them changes how
// every expression that mentions it prints. The parser keeps canonical text
// instead; after a rename it parses each stored expression again, edits the
// names in the tree and canonicalizes the result, which gives the text
// pg_get_expr prints after the same rename.

// exprSite is one stored expression of the model and the type its value
// is coerced to (see exprContext.target).
type exprSite struct {
	text   *string
	target string
}

// exprSites returns the expressions of tb: column defaults and generated
// expressions, check and exclusion constraints (modeled, inherited and
// hidden ones), index expressions and predicates, and partition keys.
func (st *state) exprSites(tb *table) []exprSite {
	var out []exprSite
	add := func(s *string, target string) {
		if *s != "" {
			out = append(out, exprSite{text: s, target: target})
		}
	}
	for _, c := range tb.t.Columns {
		add(&c.Default, st.exprTarget(c.Type))
		add(&c.Generated, st.exprTarget(c.Type))
	}
	for _, c := range tb.constraints() {
		add(&c.Expr, "boolean")
		add(&c.Where, "boolean")
		for i := range c.Elements {
			add(&c.Elements[i].Key.Expr, "")
		}
	}
	for _, ix := range tb.idx {
		if ix.idx == nil {
			continue
		}
		for i := range ix.idx.Keys {
			add(&ix.idx.Keys[i].Expr, "")
		}
		add(&ix.idx.Where, "boolean")
	}
	for _, ix := range tb.t.Indexes {
		for i := range ix.Keys {
			add(&ix.Keys[i].Expr, "")
		}
		add(&ix.Where, "boolean")
	}
	if pk := tb.t.PartitionKey; pk != nil {
		for i := range pk.Keys {
			add(&pk.Keys[i].Expr, "")
		}
	}
	return out
}

// constraints returns every constraint object tb refers to: the modeled
// ones, inherited or cloned ones and those behind its indexes, each once.
func (tb *table) constraints() []*schema.Constraint {
	out := slices.Clone(tb.t.Constraints)
	add := func(c *schema.Constraint) {
		if c != nil && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	for _, ci := range sortedChecks(tb) {
		add(ci.c)
	}
	for _, ix := range tb.idx {
		add(ix.con)
	}
	return out
}

// rewriteExprs applies edit to every node of every stored expression of
// tables and canonicalizes again the expressions edit changed. edit
// returns true when it changed the node. Only expressions whose text
// contains the old name are parsed again: name is the renamed object's raw
// name, which appears as is in the text unless it holds a quote character.
func (st *state) rewriteExprs(tables []*table, name string, edit func(*pg_query.Node) bool) error {
	if strings.ContainsAny(name, `"'`) {
		name = ""
	}
	seen := map[*string]bool{}
	for _, tb := range tables {
		var cols map[string]string
		for _, s := range st.exprSites(tb) {
			if seen[s.text] || !strings.Contains(*s.text, name) {
				continue
			}
			seen[s.text] = true
			n, err := parseExprText(*s.text)
			if err != nil {
				return err
			}
			if !editTree(n, edit) {
				continue
			}
			if cols == nil {
				cols = make(map[string]string, len(tb.t.Columns))
				for _, c := range tb.t.Columns {
					cols[c.Name] = c.Type
				}
			}
			out, err := canonicalExpr(n, &exprContext{columns: cols, target: s.target})
			if err != nil {
				return fmt.Errorf("expression %s of table %s after the rename: %w", *s.text, tb.t.QName(), err)
			}
			*s.text = out
		}
	}
	return nil
}

// allTables returns every table of the state, in name order.
func (st *state) allTables() []*table {
	out := make([]*table, 0, len(st.tables))
	for _, tb := range st.tables {
		out = append(out, tb)
	}
	slices.SortFunc(out, func(a, b *table) int {
		if a.t.QName().Less(b.t.QName()) {
			return -1
		}
		return 1
	})
	return out
}

// editTree calls edit for n and every node below it and reports whether
// any call changed something.
func editTree(n *pg_query.Node, edit func(*pg_query.Node) bool) bool {
	changed := edit(n)
	n.ProtoReflect().Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if editMsg(fd, v, edit) {
			changed = true
		}
		return true
	})
	return changed
}

// editMsg walks one field of a message for editTree.
func editMsg(fd protoreflect.FieldDescriptor, v protoreflect.Value, edit func(*pg_query.Node) bool) bool {
	if fd.Kind() != protoreflect.MessageKind || fd.IsMap() {
		return false
	}
	changed := false
	visit := func(m protoreflect.Message) {
		if n, ok := m.Interface().(*pg_query.Node); ok {
			if editTree(n, edit) {
				changed = true
			}
			return
		}
		m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
			if editMsg(fd, v, edit) {
				changed = true
			}
			return true
		})
	}
	if fd.IsList() {
		l := v.List()
		for i := 0; i < l.Len(); i++ {
			visit(l.Get(i).Message())
		}
	} else {
		visit(v.Message())
	}
	return changed
}

// renameColumnRef edits column references from old to new.
func renameColumnRef(old, new string) func(*pg_query.Node) bool {
	return func(n *pg_query.Node) bool {
		cr := n.GetColumnRef()
		if cr == nil || len(cr.Fields) == 0 {
			return false
		}
		s := cr.Fields[len(cr.Fields)-1].GetString_()
		if s == nil || s.Sval != old {
			return false
		}
		s.Sval = new
		return true
	}
}

// castTypeName returns the qualified name a TypeCast casts to, and whether
// it is an array, or ok=false when n is not a cast.
func castTypeName(n *pg_query.Node) (q qname, array, ok bool) {
	tc := n.GetTypeCast()
	if tc == nil || tc.TypeName == nil {
		return qname{}, false, false
	}
	sch, name := splitName(tc.TypeName.Names)
	return qname{Schema: sch, Name: name}, len(tc.TypeName.ArrayBounds) > 0, true
}

// castString returns the String value of the constant a TypeCast casts,
// or nil.
func castString(n *pg_query.Node) *pg_query.String {
	return n.GetTypeCast().GetArg().GetAConst().GetSval()
}

// renameRegclass edits regclass constants ('s.name'::regclass) naming
// relation old into ones naming new.
func renameRegclass(old, new qname) func(*pg_query.Node) bool {
	return func(n *pg_query.Node) bool {
		q, array, ok := castTypeName(n)
		if !ok || array || q.Name != "regclass" || (q.Schema != "" && q.Schema != "pg_catalog") {
			return false
		}
		s := castString(n)
		if s == nil || s.Sval != old.String() {
			return false
		}
		s.Sval = new.String()
		return true
	}
}

// renameTypeRef edits type names (casts, and names in any TypeName) from
// old to new.
func renameTypeRef(old, new qname) func(*pg_query.Node) bool {
	return func(n *pg_query.Node) bool {
		tc := n.GetTypeCast()
		if tc == nil || tc.TypeName == nil {
			return false
		}
		sch, name := splitName(tc.TypeName.Names)
		if sch != old.Schema || name != old.Name {
			return false
		}
		tc.TypeName.Names = []*pg_query.Node{pg_query.MakeStrNode(new.Schema), pg_query.MakeStrNode(new.Name)}
		return true
	}
}

// renameEnumLabel edits constants of enum type e from label old to new.
func renameEnumLabel(e qname, old, new string) func(*pg_query.Node) bool {
	return func(n *pg_query.Node) bool {
		q, array, ok := castTypeName(n)
		if !ok || array || q != e {
			return false
		}
		s := castString(n)
		if s == nil || s.Sval != old {
			return false
		}
		s.Sval = new
		return true
	}
}

// renameSchemaRef edits every schema-qualified name of schema old (types,
// functions, operators, collations, regclass constants) into new.
func renameSchemaRef(old, new string) func(*pg_query.Node) bool {
	names := func(list []*pg_query.Node) bool {
		if len(list) == 2 && strVal(list[0]) == old {
			list[0] = pg_query.MakeStrNode(new)
			return true
		}
		return false
	}
	return func(n *pg_query.Node) bool {
		switch x := n.GetNode().(type) {
		case *pg_query.Node_TypeCast:
			changed := false
			if tn := x.TypeCast.TypeName; tn != nil {
				changed = names(tn.Names)
			}
			if q, array, _ := castTypeName(n); !array && q.Name == "regclass" && (q.Schema == "" || q.Schema == "pg_catalog") {
				if s := castString(n); s != nil {
					if parts, ok := splitQualifiedName(s.Sval); ok && len(parts) == 2 && parts[0] == old {
						s.Sval = qname{Schema: new, Name: parts[1]}.String()
						changed = true
					}
				}
			}
			return changed
		case *pg_query.Node_FuncCall:
			return names(x.FuncCall.Funcname)
		case *pg_query.Node_AExpr:
			return names(x.AExpr.Name)
		case *pg_query.Node_CollateClause:
			return names(x.CollateClause.Collname)
		}
		return false
	}
}
