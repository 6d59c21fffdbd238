package ddl

import (
	"slices"

	pg_query "github.com/pganalyze/pg_query_go/v6"
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
			// a[1] or c.field: the value is of the element's type.
			q.undecided = append(q.undecided, "an assignment to part of column "+rt.Name)
			t = ""
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

// updateStmt canonicalises UPDATE s (see modifyStmt).
func (q *queryCanon) updateStmt(s *pg_query.UpdateStmt, outer *scope) ([]outCol, error) {
	names := []string{entryName(s.Relation)}
	for _, f := range s.FromClause {
		names = append(names, fromNames(f)...)
	}
	sc, err := q.modifyLevel(outer, names, s.WithClause)
	if err != nil {
		return nil, err
	}
	te, item := q.target(s.Relation, sc)
	sc.items = append(sc.items, item)
	if err := q.fromItems(s.FromClause, sc); err != nil {
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
	names := []string{entryName(s.Relation)}
	for _, f := range s.UsingClause {
		names = append(names, fromNames(f)...)
	}
	sc, err := q.modifyLevel(outer, names, s.WithClause)
	if err != nil {
		return nil, err
	}
	_, item := q.target(s.Relation, sc)
	sc.items = append(sc.items, item)
	if err := q.fromItems(s.UsingClause, sc); err != nil {
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
				// canonicalisation.
				if err := q.walk(m.Source, sc); err != nil {
					return nil, err
				}
				continue
			}
			rt.Val = row.Args[m.Colno-1]
		}
		t, _ := te.col(rt.Name)
		if len(rt.Indirection) > 0 {
			q.undecided = append(q.undecided, "an assignment to part of column "+rt.Name)
			t = ""
		}
		v, err := q.assigned(rt.Val, t, sc)
		if err != nil {
			return nil, err
		}
		rt.Val = v
	}
	return list, nil
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
	var out []*pg_query.Node
	var outs []outCol
	for _, t := range list {
		rt := t.GetResTarget()
		if rt == nil {
			out = append(out, t)
			continue
		}
		if cr := rt.Val.GetColumnRef(); cr != nil && isStar(cr) {
			ts, cols := q.starTargets(t, cr, sc, "a * in RETURNING over columns that are unknown")
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
