package ddl

import (
	"slices"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/stratadb/strata/schema"
)

// References are the objects that a canonical expression or query names:
// what must exist before it can be created, and what it stops using when
// it is dropped. They are read from the parse tree, never from the text.
//
// Canonical forms qualify every name outside pg_catalog, so only qualified
// names are reported: an unqualified function, type or relation is a
// built-in one (or, for relations, a WITH query's name).
type References struct {
	// Relations are the tables, views, sequences and other relations named
	// in FROM clauses or by regclass literals ('s.t'::regclass), sorted.
	Relations []schema.QName
	// Columns are the columns referenced through a relation of Relations
	// (t.c, or alias.c with the alias resolved), sorted. A bare column name
	// (as in a default or check expression of a table) has an empty Table.
	Columns []schema.ColumnRef
	// Functions are the functions called, by name only: overloads are not
	// resolved. Sorted.
	Functions []schema.QName
	// Types are the types named by casts and other type names, without
	// array bounds or modifiers, sorted.
	Types []schema.QName
	// Operators are the schema-qualified operators used
	// (OPERATOR(s.op)), sorted.
	Operators []schema.QName
}

// ExprReferences returns the references of a canonical expression (a
// default, check, index expression or predicate, policy clause or trigger
// condition). An expression that does not parse has no references.
func ExprReferences(expr string) References {
	if strings.TrimSpace(expr) == "" {
		return References{}
	}
	tree, err := pg_query.Parse("SELECT " + expr)
	if err != nil || len(tree.Stmts) != 1 {
		return References{}
	}
	return treeReferences(tree.Stmts[0].Stmt)
}

// QueryReferences returns the references of a canonical query (a view's
// SELECT, or any other statement: the tree is walked whole). A query that
// does not parse has no references.
func QueryReferences(query string) References {
	if strings.TrimSpace(query) == "" {
		return References{}
	}
	tree, err := pg_query.Parse(query)
	if err != nil {
		return References{}
	}
	var r References
	for _, s := range tree.Stmts {
		r = r.merge(treeReferences(s.Stmt))
	}
	return r
}

// NodeReferences returns the references of a parse tree node.
func NodeReferences(n *pg_query.Node) References {
	if n == nil {
		return References{}
	}
	return treeReferences(n)
}

// merge returns the union of r and o, sorted and without duplicates.
func (r References) merge(o References) References {
	out := References{
		Relations: append(slices.Clone(r.Relations), o.Relations...),
		Columns:   append(slices.Clone(r.Columns), o.Columns...),
		Functions: append(slices.Clone(r.Functions), o.Functions...),
		Types:     append(slices.Clone(r.Types), o.Types...),
		Operators: append(slices.Clone(r.Operators), o.Operators...),
	}
	out.sort()
	return out
}

func (r *References) sort() {
	r.Relations = sortedQNames(r.Relations)
	r.Functions = sortedQNames(r.Functions)
	r.Types = sortedQNames(r.Types)
	r.Operators = sortedQNames(r.Operators)
	slices.SortFunc(r.Columns, func(a, b schema.ColumnRef) int {
		if a.Table != b.Table {
			if a.Table.Less(b.Table) {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Column, b.Column)
	})
	r.Columns = slices.Compact(r.Columns)
}

func sortedQNames(qs []schema.QName) []schema.QName {
	slices.SortFunc(qs, func(a, b schema.QName) int {
		if a == b {
			return 0
		}
		if a.Less(b) {
			return -1
		}
		return 1
	})
	return slices.Compact(qs)
}

// refScope maps the names a query level can use for its relations (alias,
// or the relation's own name) to the relations.
type refScope struct {
	names map[string]schema.QName
	outer *refScope
}

func (s *refScope) lookup(name string) (schema.QName, bool) {
	for x := s; x != nil; x = x.outer {
		if q, ok := x.names[name]; ok {
			return q, true
		}
	}
	return schema.QName{}, false
}

// refWalker collects references from a tree.
type refWalker struct {
	r References
}

func treeReferences(n *pg_query.Node) References {
	w := &refWalker{}
	w.node(n, nil)
	w.r.sort()
	return w.r
}

// node visits n in scope. A SELECT opens a scope holding the relations of
// its FROM clause, so that the column references below resolve their
// aliases.
func (w *refWalker) node(n *pg_query.Node, scope *refScope) {
	if n == nil {
		return
	}
	switch x := n.GetNode().(type) {
	case *pg_query.Node_SelectStmt:
		w.selectStmt(x.SelectStmt, scope)
		return
	case *pg_query.Node_InsertStmt:
		s := x.InsertStmt
		assigned := slices.Clone(s.Cols)
		if oc := s.OnConflictClause; oc != nil {
			assigned = append(assigned, oc.TargetList...)
			for _, e := range oc.GetInfer().GetIndexElems() {
				if ie := e.GetIndexElem(); ie != nil && ie.Name != "" {
					assigned = append(assigned, &pg_query.Node{Node: &pg_query.Node_ResTarget{ResTarget: &pg_query.ResTarget{Name: ie.Name}}})
				}
			}
		}
		w.modifyStmt(s.Relation, nil, assigned, n, scope)
		return
	case *pg_query.Node_UpdateStmt:
		w.modifyStmt(x.UpdateStmt.Relation, x.UpdateStmt.FromClause, x.UpdateStmt.TargetList, n, scope)
		return
	case *pg_query.Node_DeleteStmt:
		w.modifyStmt(x.DeleteStmt.Relation, x.DeleteStmt.UsingClause, nil, n, scope)
		return
	case *pg_query.Node_RangeVar:
		w.rangeVar(x.RangeVar)
	case *pg_query.Node_ColumnRef:
		w.columnRef(x.ColumnRef, scope)
		return
	case *pg_query.Node_FuncCall:
		if q, ok := qualifiedName(x.FuncCall.Funcname); ok {
			w.r.Functions = append(w.r.Functions, q)
		}
	case *pg_query.Node_TypeCast:
		w.typeName(x.TypeCast.TypeName)
		if t := x.TypeCast.TypeName; t != nil && isRegclass(t) {
			if s := x.TypeCast.Arg.GetAConst().GetSval(); s != nil {
				if q, ok := regclassName(s.Sval); ok {
					w.r.Relations = append(w.r.Relations, q)
				}
			}
		}
	case *pg_query.Node_TypeName:
		w.typeName(x.TypeName)
	case *pg_query.Node_AExpr:
		if q, ok := qualifiedName(x.AExpr.Name); ok {
			w.r.Operators = append(w.r.Operators, q)
		}
	}
	w.children(n.ProtoReflect(), scope)
}

// children visits every node below message m.
func (w *refWalker) children(m protoreflect.Message, scope *refScope) {
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if fd.Kind() != protoreflect.MessageKind || fd.IsMap() {
			return true
		}
		visit := func(m protoreflect.Message) {
			switch x := m.Interface().(type) {
			case *pg_query.Node:
				w.node(x, scope)
			case *pg_query.RangeVar:
				w.rangeVar(x)
			case *pg_query.SelectStmt:
				// A branch of a set operation (UNION, ...): its own
				// FROM clause scopes its column references.
				w.selectStmt(x, scope)
			case *pg_query.TypeName:
				w.typeName(x)
				w.children(m, scope)
			default:
				w.children(m, scope)
			}
		}
		if fd.IsList() {
			l := v.List()
			for i := 0; i < l.Len(); i++ {
				visit(l.Get(i).Message())
			}
			return true
		}
		visit(v.Message())
		return true
	})
}

// selectStmt opens a scope for s's FROM clause (and WITH queries) and
// visits the whole statement in it.
func (w *refWalker) selectStmt(s *pg_query.SelectStmt, outer *refScope) {
	scope := &refScope{names: map[string]schema.QName{}, outer: outer}
	for _, f := range s.FromClause {
		w.fromNames(f, scope)
	}
	w.children(s.ProtoReflect(), scope)
}

// modifyStmt opens a scope for an INSERT, UPDATE or DELETE n of relation
// rv (its name or alias, EXCLUDED, and the FROM or USING items from) and
// visits the whole statement in it; the columns assigned (the target
// columns of INSERT, the SET list of UPDATE and of ON CONFLICT DO UPDATE,
// the inference columns) are references to rv's columns.
func (w *refWalker) modifyStmt(rv *pg_query.RangeVar, from, assigned []*pg_query.Node, n *pg_query.Node, outer *refScope) {
	scope := &refScope{names: map[string]schema.QName{}, outer: outer}
	if rv != nil && rv.Schemaname != "" {
		q := schema.QName{Schema: rv.Schemaname, Name: rv.Relname}
		scope.names["excluded"] = q
		w.fromNames(&pg_query.Node{Node: &pg_query.Node_RangeVar{RangeVar: rv}}, scope)
		for _, a := range assigned {
			if rt := a.GetResTarget(); rt != nil && rt.Name != "" {
				w.r.Columns = append(w.r.Columns, schema.ColumnRef{Table: q, Column: rt.Name})
			}
		}
	}
	for _, f := range from {
		w.fromNames(f, scope)
	}
	w.children(n.ProtoReflect(), scope)
}

// fromNames records the names under which the relations of a FROM item
// can be referenced.
func (w *refWalker) fromNames(n *pg_query.Node, scope *refScope) {
	switch x := n.GetNode().(type) {
	case *pg_query.Node_RangeVar:
		rv := x.RangeVar
		if rv.Schemaname == "" {
			return
		}
		q := schema.QName{Schema: rv.Schemaname, Name: rv.Relname}
		if rv.Alias != nil && rv.Alias.Aliasname != "" {
			scope.names[rv.Alias.Aliasname] = q
		} else {
			scope.names[rv.Relname] = q
		}
	case *pg_query.Node_JoinExpr:
		w.fromNames(x.JoinExpr.Larg, scope)
		w.fromNames(x.JoinExpr.Rarg, scope)
	}
}

func (w *refWalker) rangeVar(rv *pg_query.RangeVar) {
	if rv == nil || rv.Schemaname == "" {
		return
	}
	w.r.Relations = append(w.r.Relations, schema.QName{Schema: rv.Schemaname, Name: rv.Relname})
}

func (w *refWalker) columnRef(c *pg_query.ColumnRef, scope *refScope) {
	var parts []string
	for _, f := range c.Fields {
		s := f.GetString_()
		if s == nil {
			break // a star
		}
		parts = append(parts, s.Sval)
	}
	switch {
	case len(parts) == 1 && len(c.Fields) == 1:
		w.r.Columns = append(w.r.Columns, schema.ColumnRef{Column: parts[0]})
	case len(parts) == 2:
		if q, ok := scope.lookup(parts[0]); ok {
			w.r.Columns = append(w.r.Columns, schema.ColumnRef{Table: q, Column: parts[1]})
		}
	case len(parts) == 3:
		q := schema.QName{Schema: parts[0], Name: parts[1]}
		w.r.Columns = append(w.r.Columns, schema.ColumnRef{Table: q, Column: parts[2]})
	}
}

func (w *refWalker) typeName(t *pg_query.TypeName) {
	if t == nil {
		return
	}
	if q, ok := qualifiedName(t.Names); ok && q.Schema != "pg_catalog" {
		w.r.Types = append(w.r.Types, q)
	}
}

// qualifiedName returns a two-part name list as a QName; other lists
// (unqualified or pg_catalog names) are not user objects.
func qualifiedName(names []*pg_query.Node) (schema.QName, bool) {
	if len(names) != 2 {
		return schema.QName{}, false
	}
	s, n := names[0].GetString_(), names[1].GetString_()
	if s == nil || n == nil || s.Sval == "pg_catalog" {
		return schema.QName{}, false
	}
	return schema.QName{Schema: s.Sval, Name: n.Sval}, true
}

func isRegclass(t *pg_query.TypeName) bool {
	n := t.Names
	if len(n) == 0 {
		return false
	}
	last := n[len(n)-1].GetString_()
	return last != nil && last.Sval == "regclass"
}

// regclassName reads the text of a regclass literal ("s.t", "\"S\".t")
// as a qualified name; an unqualified one is not a user relation of a
// canonical form.
func regclassName(v string) (schema.QName, bool) {
	parts, ok := splitQualifiedName(v)
	if !ok || len(parts) != 2 {
		return schema.QName{}, false
	}
	return schema.QName{Schema: parts[0], Name: parts[1]}, true
}

// ConstraintRef names a constraint of a table.
type ConstraintRef struct {
	Table schema.QName
	Name  string
}

// ArbiterConstraints returns the constraints that the ON CONFLICT ON
// CONSTRAINT clauses of the canonical statements in text name (an INSERT
// whose target is not schema-qualified is left out): PostgreSQL resolves
// them when it parses the statement, so a function whose SQL-standard
// body names one can only be created after it.
func ArbiterConstraints(text string) []ConstraintRef {
	tree, err := pg_query.Parse(text)
	if err != nil {
		return nil
	}
	var out []ConstraintRef
	var visit func(*pg_query.Node)
	visit = func(n *pg_query.Node) {
		if n == nil {
			return
		}
		if s := n.GetInsertStmt(); s != nil {
			rv := s.Relation
			if c := s.OnConflictClause.GetInfer().GetConname(); c != "" && rv != nil && rv.Schemaname != "" {
				out = append(out, ConstraintRef{Table: schema.QName{Schema: rv.Schemaname, Name: rv.Relname}, Name: c})
			}
		}
		walkNodes(n, visit)
	}
	for _, s := range tree.Stmts {
		visit(s.Stmt)
	}
	return out
}
