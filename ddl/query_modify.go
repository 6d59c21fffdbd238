package ddl

import (
	"slices"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// Data-modifying statements: INSERT, UPDATE and DELETE in a BEGIN ATOMIC
// function body, in a rule action or in a WITH query. They are
// canonicalised like view queries (query.go), in the form ruleutils
// prints them (pg_get_function_sqlbody, pg_get_ruledef):
//
//   - the target relation is schema-qualified; its name (or alias) is a
//     range-table entry of the statement's level, taken before any nested
//     query names its own entries (FROM items in a subquery of an UPDATE
//     of items prints as items items_1);
//   - INSERT always lists its target columns (the table's first columns
//     when none were written), and each value of VALUES is converted to
//     its column's type the way an assignment does (an untyped literal
//     becomes a constant of that type, an implicit cast at the top is not
//     printed); so is each value of SET;
//   - SET (a, b) = (x, y) is split into a = x, b = y;
//   - an assignment to part of a column (SET a[i] = x, SET c.f = x,
//     INSERT INTO t (a[i], c.f), in any combination such as cs[1].f or
//     c.arr[2:3]) keeps its subscripts and field names; each subscript is
//     converted to integer like an assignment, and the value to the type
//     of the part: an array's element type after subscripts, the array
//     type after a slice, a field's type after a field name;
//   - the SELECT of INSERT ... SELECT is a subquery that cannot see the
//     target; its output names are not printed (they do not matter);
//   - ON CONFLICT's inference columns and predicate name the target's
//     columns unqualified, as ruleutils prints them; DO UPDATE sees the
//     target and EXCLUDED;
//   - RETURNING is a target list: * expanded, every column named.
//
// Where the target's columns are unknown, the statement is canonicalised
// as far as it can be and the place is recorded in undecided.

// modifyStmt canonicalises the INSERT, UPDATE or DELETE statement n in
// place as a query level below outer and returns the output columns of its
// RETURNING list; ok is false (and n untouched) for another statement.
func (q *queryCanon) modifyStmt(n *pg_query.Node, outer *scope) (outs []outCol, ok bool, err error) {
	switch x := n.GetNode().(type) {
	case *pg_query.Node_InsertStmt:
		outs, err = q.insertStmt(x.InsertStmt, outer)
	case *pg_query.Node_UpdateStmt:
		outs, err = q.updateStmt(x.UpdateStmt, outer)
	case *pg_query.Node_DeleteStmt:
		outs, err = q.deleteStmt(x.DeleteStmt, outer)
	default:
		return nil, false, nil
	}
	return outs, true, err
}

// modifyLevel returns the scope of a data-modifying statement below outer
// whose range-table entries are named names (the target first), with the
// queries of its WITH clause canonicalised and visible.
func (q *queryCanon) modifyLevel(outer *scope, names []string, with *pg_query.WithClause) (*scope, error) {
	sc := &scope{outer: outer, ctes: map[string]*rangeEntry{}}
	for _, n := range names {
		sc.reserved = append(sc.reserved, q.uniqueName(sc, n))
	}
	sc.pending = slices.Clone(sc.reserved)
	if with != nil {
		for _, c := range with.Ctes {
			if cte := c.GetCommonTableExpr(); cte != nil {
				if err := q.cte(cte, with.Recursive, sc); err != nil {
					return nil, err
				}
			}
		}
	}
	return sc, nil
}

// target qualifies the target relation rv of a data-modifying statement
// in sc and returns its entry and the columns it exposes; the columns are
// not yet visible to column references.
func (q *queryCanon) target(rv *pg_query.RangeVar, sc *scope) (*rangeEntry, fromItem) {
	item := q.relation(rv, sc)
	e := sc.entries[len(sc.entries)-1]
	if !e.known {
		q.undecided = append(q.undecided, "the columns of "+e.rel)
	}
	return e, item
}

// entryName is the name by which the statement's columns reference the
// relation rv: its alias, else its name.
func entryName(rv *pg_query.RangeVar) string {
	if rv.Alias != nil && rv.Alias.Aliasname != "" {
		return rv.Alias.Aliasname
	}
	return rv.Relname
}

// insertStmt canonicalises INSERT s (see modifyStmt).
func (q *queryCanon) insertStmt(s *pg_query.InsertStmt, outer *scope) ([]outCol, error) {
	names := []string{entryName(s.Relation)}
	oc := s.OnConflictClause
	if oc != nil && oc.Action == pg_query.OnConflictAction_ONCONFLICT_UPDATE {
		names = append(names, "excluded")
	}
	sc, err := q.modifyLevel(outer, names, s.WithClause)
	if err != nil {
		return nil, err
	}
	te, item := q.target(s.Relation, sc)
	sel := s.SelectStmt.GetSelectStmt()
	values := sel != nil && len(sel.ValuesLists) > 0 && sel.WithClause == nil &&
		len(sel.SortClause) == 0 && sel.LimitCount == nil && sel.LimitOffset == nil
	var selOuts []outCol
	if sel != nil && !values {
		// A subquery that does not see the target: its outputs go to
		// the target columns by position.
		if selOuts, err = q.selectStmt(sel, sc); err != nil {
			return nil, err
		}
		clearOutputNames(sel)
	}
	if len(s.Cols) == 0 && sel != nil && te.known {
		n := len(selOuts)
		if values {
			n = len(sel.ValuesLists[0].GetList().GetItems())
		}
		for i := 0; i < n && i < len(te.cols); i++ {
			s.Cols = append(s.Cols, &pg_query.Node{Node: &pg_query.Node_ResTarget{ResTarget: &pg_query.ResTarget{Name: te.cols[i], Location: -1}}})
		}
	}
	var types []string
	for _, c := range s.Cols {
		rt := c.GetResTarget()
		if rt == nil {
			types = append(types, "")
			continue
		}
		rt.Location = -1
		t, _ := te.col(rt.Name)
		if len(rt.Indirection) > 0 {
			if t, err = q.assignedPart(rt, t, sc); err != nil {
				return nil, err
			}
		}
		types = append(types, t)
	}
	if values {
		for _, row := range sel.ValuesLists {
			l := row.GetList()
			for i, v := range l.GetItems() {
				t := ""
				if i < len(types) {
					t = types[i]
				}
				if l.Items[i], err = q.assigned(v, t, sc); err != nil {
					return nil, err
				}
			}
		}
	}
	saved := sc.items
	sc.items = append(sc.items, item)
	if oc != nil {
		if err := q.onConflict(oc, te, sc); err != nil {
			return nil, err
		}
	}
	sc.items = append(saved, item)
	var outs []outCol
	s.ReturningList, outs, err = q.returning(s.ReturningList, sc)
	return outs, err
}

// onConflict canonicalises the ON CONFLICT clause of an INSERT into te,
// whose columns are visible in sc.
func (q *queryCanon) onConflict(oc *pg_query.OnConflictClause, te *rangeEntry, sc *scope) error {
	if inf := oc.Infer; inf != nil {
		inf.Location = -1
		for _, e := range inf.IndexElems {
			ie := e.GetIndexElem()
			if ie == nil || ie.Expr == nil {
				continue
			}
			v, err := q.expr(ie.Expr, sc)
			if err != nil {
				return err
			}
			ie.Expr = unqualified((&analyzer{}).strip(v).n, te.print)
		}
		if inf.WhereClause != nil {
			w, err := q.predicate(inf.WhereClause, sc)
			if err != nil {
				return err
			}
			inf.WhereClause = unqualified(w, te.print)
		}
	}
	oc.Location = -1
	if oc.Action != pg_query.OnConflictAction_ONCONFLICT_UPDATE {
		return nil
	}
	ex := &rangeEntry{name: "excluded", print: "excluded", cols: te.cols, types: te.types, known: te.known, rel: te.rel}
	sc.items = append(sc.items, q.addEntry(sc, ex))
	list, err := q.setList(oc.TargetList, te, sc)
	if err != nil {
		return err
	}
	oc.TargetList = list
	if oc.WhereClause != nil {
		w, err := q.predicate(oc.WhereClause, sc)
		if err != nil {
			return err
		}
		oc.WhereClause = w
	}
	return nil
}

// modifyTarget opens the scope of an UPDATE or DELETE of rel whose FROM
// (USING) list is from: the target relation's entry comes first, then the
// list's items. It returns the scope and the target's entry.
func (q *queryCanon) modifyTarget(rel *pg_query.RangeVar, from []*pg_query.Node, with *pg_query.WithClause, outer *scope) (*scope, *rangeEntry, error) {
	names := []string{entryName(rel)}
	for _, f := range from {
		names = append(names, fromNames(f)...)
	}
	sc, err := q.modifyLevel(outer, names, with)
	if err != nil {
		return nil, nil, err
	}
	te, item := q.target(rel, sc)
	sc.items = append(sc.items, item)
	if err := q.fromItems(from, sc); err != nil {
		return nil, nil, err
	}
	return sc, te, nil
}

// updateStmt canonicalises UPDATE s (see modifyStmt).
func (q *queryCanon) updateStmt(s *pg_query.UpdateStmt, outer *scope) ([]outCol, error) {
	sc, te, err := q.modifyTarget(s.Relation, s.FromClause, s.WithClause, outer)
	if err != nil {
		return nil, err
	}
	if s.TargetList, err = q.setList(s.TargetList, te, sc); err != nil {
		return nil, err
	}
	if s.WhereClause != nil {
		if s.WhereClause, err = q.predicate(s.WhereClause, sc); err != nil {
			return nil, err
		}
	}
	var outs []outCol
	s.ReturningList, outs, err = q.returning(s.ReturningList, sc)
	return outs, err
}

// deleteStmt canonicalises DELETE s (see modifyStmt).
func (q *queryCanon) deleteStmt(s *pg_query.DeleteStmt, outer *scope) ([]outCol, error) {
	sc, _, err := q.modifyTarget(s.Relation, s.UsingClause, s.WithClause, outer)
	if err != nil {
		return nil, err
	}
	if s.WhereClause != nil {
		if s.WhereClause, err = q.predicate(s.WhereClause, sc); err != nil {
			return nil, err
		}
	}
	var outs []outCol
	s.ReturningList, outs, err = q.returning(s.ReturningList, sc)
	return outs, err
}

// setList canonicalises the SET list of an UPDATE or of ON CONFLICT DO
// UPDATE on te: SET (a, b) = (x, y) becomes a = x, b = y, as PostgreSQL
// stores it, and each value is converted to its column's type.
func (q *queryCanon) setList(list []*pg_query.Node, te *rangeEntry, sc *scope) ([]*pg_query.Node, error) {
	for _, n := range list {
		rt := n.GetResTarget()
		if rt == nil {
			continue
		}
		rt.Location = -1
		if m := rt.Val.GetMultiAssignRef(); m != nil {
			row := m.Source.GetRowExpr()
			if row == nil || int(m.Colno) > len(row.Args) || m.Colno < 1 {
				// (a, b) = (SELECT ...): one subquery for several
				// columns, printed as written after its own
				// canonicalisation; a target that is part of a
				// column has its subscripts canonicalised.
				if len(rt.Indirection) > 0 {
					t, _ := te.col(rt.Name)
					if _, err := q.assignedPart(rt, t, sc); err != nil {
						return nil, err
					}
				}
				if err := q.walk(m.Source, sc); err != nil {
					return nil, err
				}
				continue
			}
			rt.Val = row.Args[m.Colno-1]
		}
		t, _ := te.col(rt.Name)
		if len(rt.Indirection) > 0 {
			var err error
			if t, err = q.assignedPart(rt, t, sc); err != nil {
				return nil, err
			}
		}
		v, err := q.assigned(rt.Val, t, sc)
		if err != nil {
			return nil, err
		}
		rt.Val = v
	}
	return list, nil
}

// assignedPart canonicalises in place the subscripts of rt, an
// assignment to part of a column of type t ("" when unknown): a[i],
// a[i:j], c.f, and combinations such as cs[1].f or c.arr[2]. It returns
// the type the assigned value is converted to, as PostgreSQL's
// transformAssignmentIndirection does: after a run of subscripts, the
// element type of the array (the array type itself when one of them is a
// slice); after a field name, the type of that field of the composite
// type (or row type of a relation). Subscripts are converted to integer
// like an assignment (a['1'] is stored as a[1]). Where the type of a part
// is unknown (a subscripted type other than an array, such as jsonb; a
// type whose fields the catalog does not know), the place is recorded in
// undecided and "" returned.
func (q *queryCanon) assignedPart(rt *pg_query.ResTarget, t string, sc *scope) (string, error) {
	ind := rt.Indirection
	for i := 0; i < len(ind); {
		if ind[i].GetAIndices() == nil {
			f := ind[i].GetString_()
			if f == nil {
				t = ""
				break
			}
			t = q.fieldType(t, f.Sval)
			i++
			continue
		}
		arr := t
		if base := q.cat.baseOfDomain(t); base != "" {
			arr = base
		}
		// An array's subscripts are integers; those of another type
		// (jsonb) are canonicalised, but not converted.
		subType := ""
		if strings.HasSuffix(arr, "[]") {
			subType = tInt4
		}
		slice := false
		for ; i < len(ind) && ind[i].GetAIndices() != nil; i++ {
			ai := ind[i].GetAIndices()
			slice = slice || ai.IsSlice
			for _, sub := range []**pg_query.Node{&ai.Lidx, &ai.Uidx} {
				if *sub == nil {
					continue
				}
				v, err := q.assigned(*sub, subType, sc)
				if err != nil {
					return "", err
				}
				*sub = v
			}
		}
		switch {
		case subType == "":
			t = ""
		case slice:
			t = arr
		default:
			t = strings.TrimSuffix(arr, "[]")
		}
	}
	if t == "" {
		q.undecided = append(q.undecided, "an assignment to part of column "+rt.Name)
	}
	return t, nil
}

// fieldType returns the type of field f of the composite type t (a
// stand-alone composite type, or the row type of a table or view; or a
// domain over one), "" when unknown.
func (q *queryCanon) fieldType(t, f string) string {
	if base := q.cat.baseOfDomain(t); base != "" {
		t = base
	}
	parts, ok := splitQualifiedName(t)
	if t == "" || !ok || len(parts) != 2 {
		return ""
	}
	rel := qname{Schema: parts[0], Name: parts[1]}
	names, types, ok := q.cat.relationColumns(rel)
	if !ok {
		cc, isCC := q.cat.(compositeCatalog)
		if !isCC {
			return ""
		}
		if names, types, ok = cc.compositeType(rel); !ok {
			return ""
		}
	}
	if i := slices.Index(names, f); i >= 0 && i < len(types) {
		return types[i]
	}
	return ""
}

// compositeCatalog is implemented by the catalogs that know the
// stand-alone composite types (CREATE TYPE ... AS (...)).
type compositeCatalog interface {
	// compositeType returns the attribute names and canonical types of
	// composite type q, ok=false when there is none.
	compositeType(q qname) (names, types []string, ok bool)
}

func (c parserCatalog) compositeType(q qname) ([]string, []string, bool) {
	if c.st.udt == nil || c.st.udt.composites[q] == nil {
		return nil, nil, false
	}
	return attributes(c.st.udt.composites[q])
}

func (c *Catalog) compositeType(q qname) ([]string, []string, bool) {
	if c == nil {
		return nil, nil, false
	}
	for _, ct := range c.CompositeTypes {
		if ct.QName() == q {
			return attributes(ct)
		}
	}
	return nil, nil, false
}

func attributes(ct *schema.CompositeType) ([]string, []string, bool) {
	var names, types []string
	for _, a := range ct.Attributes {
		names, types = append(names, a.Name), append(types, a.Type)
	}
	return names, types, true
}

// assigned canonicalises a value assigned to a column of type t (""
// when unknown): converted to t like an assignment, the implicit cast at
// the top not printed; DEFAULT stays.
func (q *queryCanon) assigned(n *pg_query.Node, t string, sc *scope) (*pg_query.Node, error) {
	if d := n.GetSetToDefault(); d != nil {
		d.Location = -1
		return n, nil
	}
	v, err := q.expr(n, sc)
	if err != nil {
		return nil, err
	}
	a := &analyzer{ctx: q.ctx(sc)}
	return a.strip(a.coerce(v, t)).n, nil
}

// returning canonicalises a RETURNING list like a target list and returns
// it (* expanded) with its output columns.
func (q *queryCanon) returning(list []*pg_query.Node, sc *scope) ([]*pg_query.Node, []outCol, error) {
	return q.targetList(list, sc, "a * in RETURNING over columns that are unknown")
}

// targetList canonicalises a SELECT target list or a RETURNING list in sc
// and returns it (* expanded) with its output columns, each named as
// PostgreSQL names it. starWhat says what a * that cannot be expanded is
// over, for the error.
func (q *queryCanon) targetList(list []*pg_query.Node, sc *scope, starWhat string) ([]*pg_query.Node, []outCol, error) {
	var out []*pg_query.Node
	var outs []outCol
	for _, t := range list {
		rt := t.GetResTarget()
		if rt == nil {
			out = append(out, t)
			continue
		}
		if cr := rt.Val.GetColumnRef(); cr != nil && isStar(cr) {
			ts, cols := q.starTargets(t, cr, sc, starWhat)
			out, outs = append(out, ts...), append(outs, cols...)
			continue
		}
		name := rt.Name
		if name == "" {
			name = figureName(rt.Val)
		}
		v, err := q.targetExpr(rt.Val, sc)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, resTarget(v.n, name))
		outs = append(outs, outCol{name: name, typ: v.t, expr: v.n})
	}
	return out, outs, nil
}

// clearOutputNames removes the output names of the target lists of s
// (every leaf of a set operation): ruleutils does not print them where
// they are not visible (the SELECT of INSERT ... SELECT).
func clearOutputNames(s *pg_query.SelectStmt) {
	if s.Op != pg_query.SetOperation_SETOP_NONE {
		clearOutputNames(s.Larg)
		clearOutputNames(s.Rarg)
		return
	}
	for _, t := range s.TargetList {
		if rt := t.GetResTarget(); rt != nil {
			rt.Name = ""
		}
	}
}

// unqualified removes the qualification entry. from the column references
// of expression n, in place: ruleutils prints ON CONFLICT's inference
// clause with bare column names of the target.
func unqualified(n *pg_query.Node, entry string) *pg_query.Node {
	var visit func(*pg_query.Node)
	visit = func(x *pg_query.Node) {
		if x == nil {
			return
		}
		if cr := x.GetColumnRef(); cr != nil {
			if len(cr.Fields) == 2 && fieldName(cr.Fields[0]) == entry && cr.Fields[1].GetAStar() == nil {
				cr.Fields = cr.Fields[1:]
			}
			return
		}
		walkNodes(x, visit)
	}
	visit(n)
	return n
}
