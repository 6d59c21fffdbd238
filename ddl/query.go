package ddl

import (
	"fmt"
	"slices"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/stratadb/strata/schema"
)

// The view query canonicaliser. A view's query is compared in the form
// PostgreSQL stores it: what pg_get_viewdef prints with an empty
// search_path, parsed again and re-printed by pg_query's deparser. The
// user's text and PostgreSQL's printout go through the same functions
// below, which redo the parts of parse analysis and ruleutils.c that show
// in the printout:
//
//   - relations are schema-qualified the way search_path found them when
//     the statement ran (pg_catalog relations unqualified), a redundant
//     alias (FROM t AS t) is dropped;
//   - every column reference is qualified by the name of its range-table
//     entry (its alias, else the relation's name), whatever PostgreSQL
//     major printed it (15 qualifies single-table views, 16 does not);
//   - * and t.* in a target list are expanded into the columns, USING
//     join columns merged;
//   - every output column is named (AS name), by the view's column list
//     at the top level and by PostgreSQL's FigureColname rules elsewhere;
//   - GROUP BY and ORDER BY by position or output name become the target
//     expression;
//   - expressions go through the expression analyzer (expr_infer.go):
//     literal types, implicit casts, IN/BETWEEN/LIKE rewrites; untyped
//     literals and NULLs of the target list become text.
//
// Where it cannot decide (a column of a relation whose columns it does
// not know, a FROM function whose result columns are unknown), the user's
// text is kept as written there: both sides then agree only when they
// were written alike, and never are different queries made equal.

// queryCatalog gives the canonicaliser the columns of the relations a
// query may name.
type queryCatalog interface {
	// relationColumns returns the column names and canonical types ("" when
	// not known) of relation q, ok=false when q is unknown.
	relationColumns(q qname) (names, types []string, ok bool)
	// functions returns the user functions called name (qualified).
	functions(q qname) []*schema.Function
	// baseOfDomain returns the base type (nested domains resolved) of
	// domain type t, or "" when t is not a domain.
	baseOfDomain(t string) string
}

// queryCanon canonicalises one query.
type queryCanon struct {
	cat   queryCatalog
	names resolver // nil on the inspector side: every name is qualified
	// sublinks are the output types of canonicalised subqueries of
	// expressions, for the analyzer's hook.
	sublinks map[*pg_query.SubLink]string
	// undecided counts the places where the user's text was kept.
	undecided []string
}

// rangeEntry is one range-table entry: a relation, subquery, function or
// WITH query in FROM, or an aliased join.
type rangeEntry struct {
	name  string // the name the query's column references use
	print string // the name printed (made unique like ruleutils does)
	cols  []string
	types []string
	known bool   // cols is the complete list
	rel   string // the relation's qualified name, for whole-row casts
	// scalar is true for a function in FROM returning single values: a
	// reference to the whole row is its one column.
	scalar bool
}

// colType returns the type of column c of e.
func (e *rangeEntry) col(c string) (string, bool) {
	for i, n := range e.cols {
		if n == c {
			return e.types[i], true
		}
	}
	return "", false
}

// visibleCol is one column a FROM item exposes to a bare name or a *.
type visibleCol struct {
	entry string // range entry qualifying it
	name  string
	typ   string
}

// fromItem is one top-level FROM item with the columns it exposes.
type fromItem struct {
	cols  []visibleCol
	known bool
}

// scope is one query level.
type scope struct {
	outer   *scope
	entries []*rangeEntry // every entry visible by name
	items   []fromItem
	ctes    map[string]*rangeEntry
	// outputs are the output columns, for ORDER BY / GROUP BY by name.
	outputs []outCol
	// reserved are the printed names of the level's entries, chosen
	// before anything nested is printed; pending are those not yet taken
	// by their entry, in FROM order.
	reserved, pending []string
}

// fromNames returns the names of the range-table entries of FROM item n,
// in the order PostgreSQL adds them ("" for an entry without a name).
func fromNames(n *pg_query.Node) []string {
	switch x := n.GetNode().(type) {
	case *pg_query.Node_RangeVar:
		if a := x.RangeVar.Alias; a != nil && a.Aliasname != "" {
			return []string{a.Aliasname}
		}
		return []string{x.RangeVar.Relname}
	case *pg_query.Node_RangeSubselect:
		if a := x.RangeSubselect.Alias; a != nil {
			return []string{a.Aliasname}
		}
		return []string{""}
	case *pg_query.Node_RangeTableFunc:
		if a := x.RangeTableFunc.Alias; a != nil && a.Aliasname != "" {
			return []string{a.Aliasname}
		}
		return []string{"xmltable"}
	case *pg_query.Node_RangeFunction:
		if a := x.RangeFunction.Alias; a != nil && a.Aliasname != "" {
			return []string{a.Aliasname}
		}
		for _, f := range x.RangeFunction.Functions {
			if l := f.GetList(); l != nil && len(l.Items) > 0 {
				return []string{figureName(l.Items[0])}
			}
		}
		return []string{""}
	case *pg_query.Node_JoinExpr:
		out := append(fromNames(x.JoinExpr.Larg), fromNames(x.JoinExpr.Rarg)...)
		if a := x.JoinExpr.Alias; a != nil && a.Aliasname != "" {
			out = append(out, a.Aliasname)
		}
		return out
	}
	return []string{""}
}

// takeName returns the reserved printed name of the next entry of sc, or
// a fresh unique one.
func (q *queryCanon) takeName(sc *scope, name string) string {
	if len(sc.pending) > 0 {
		n := sc.pending[0]
		sc.pending = sc.pending[1:]
		return n
	}
	return q.uniqueName(sc, name)
}

// outCol is an output column of a query.
type outCol struct {
	name string
	typ  string
	expr *pg_query.Node // canonical expression
}

func (s *scope) entry(name string) *rangeEntry {
	for x := s; x != nil; x = x.outer {
		for i := len(x.entries) - 1; i >= 0; i-- {
			if x.entries[i].name == name {
				return x.entries[i]
			}
		}
	}
	return nil
}

func (s *scope) cte(name string) *rangeEntry {
	for x := s; x != nil; x = x.outer {
		if e := x.ctes[name]; e != nil {
			return e
		}
	}
	return nil
}

// canonicalQuery canonicalises the SELECT statement n. columns, when not
// nil, names the output columns (a view's column list, or the names the
// catalog has); it returns the canonical text and the output columns.
func (q *queryCanon) canonicalQuery(n *pg_query.Node, columns []string) (string, []outCol, error) {
	s := n.GetSelectStmt()
	if s == nil {
		return "", nil, fmt.Errorf("a view's query must be a SELECT or VALUES statement")
	}
	q.sublinks = map[*pg_query.SubLink]string{}
	outs, err := q.selectStmt(s, nil)
	if err != nil {
		return "", nil, err
	}
	for i := range outs {
		if i < len(columns) && columns[i] != "" {
			outs[i].name = columns[i]
		}
	}
	q.nameOutputs(s, outs)
	text, err := deparseQuery(n)
	if err != nil {
		return "", nil, err
	}
	return text, outs, nil
}

// nameOutputs puts the output names on the target lists of s (every leaf
// of a set operation: ruleutils prints each with the output's names).
func (q *queryCanon) nameOutputs(s *pg_query.SelectStmt, outs []outCol) {
	if s.Op != pg_query.SetOperation_SETOP_NONE {
		q.nameOutputs(s.Larg, outs)
		q.nameOutputs(s.Rarg, outs)
		return
	}
	for i, t := range s.TargetList {
		rt := t.GetResTarget()
		if rt == nil || i >= len(outs) {
			continue
		}
		if cr := rt.Val.GetColumnRef(); cr != nil && isStar(cr) {
			continue // a * kept as written (its columns are unknown)
		}
		rt.Name = outs[i].name
	}
}

// deparseQuery prints a statement with pg_query's deparser.
func deparseQuery(n *pg_query.Node) (string, error) {
	tree := &pg_query.ParseResult{Version: parseTreeVersion, Stmts: []*pg_query.RawStmt{{Stmt: n}}}
	s, err := pg_query.Deparse(tree)
	if err != nil {
		return "", fmt.Errorf("printing query: %w", err)
	}
	return s, nil
}

// selectStmt canonicalises s in place and returns its output columns.
func (q *queryCanon) selectStmt(s *pg_query.SelectStmt, outer *scope) ([]outCol, error) {
	sc := &scope{outer: outer, ctes: map[string]*rangeEntry{}}
	// ruleutils names the range-table entries of a level before it
	// prints anything below it: nested queries (WITH queries included)
	// avoid every name of this level.
	var names []string
	for _, f := range s.FromClause {
		names = append(names, fromNames(f)...)
	}
	for _, n := range names {
		u := q.uniqueName(sc, n)
		sc.reserved = append(sc.reserved, u)
	}
	sc.pending = slices.Clone(sc.reserved)
	if w := s.WithClause; w != nil {
		for _, c := range w.Ctes {
			cte := c.GetCommonTableExpr()
			if cte == nil {
				continue
			}
			if err := q.cte(cte, w.Recursive, sc); err != nil {
				return nil, err
			}
		}
	}
	if s.Op != pg_query.SetOperation_SETOP_NONE {
		l, err := q.selectStmt(s.Larg, sc)
		if err != nil {
			return nil, err
		}
		r, err := q.selectStmt(s.Rarg, sc)
		if err != nil {
			return nil, err
		}
		outs := make([]outCol, len(l))
		for i := range l {
			outs[i] = outCol{name: l[i].name, typ: l[i].typ}
			if i < len(r) && r[i].typ != l[i].typ {
				outs[i].typ = commonType([]string{l[i].typ, r[i].typ})
			}
		}
		// ORDER BY of a set operation names output columns: ruleutils
		// prints their positions.
		for _, sb := range s.SortClause {
			b := sb.GetSortBy()
			if b == nil {
				continue
			}
			if cr := b.Node.GetColumnRef(); cr != nil && len(cr.Fields) == 1 {
				for i, o := range outs {
					if o.name == fieldName(cr.Fields[0]) {
						b.Node = pg_query.MakeAConstIntNode(int64(i+1), -1)
						break
					}
				}
			}
		}
		if err := q.limits(s, sc); err != nil {
			return nil, err
		}
		return outs, nil
	}
	if len(s.ValuesLists) > 0 {
		// Each column of VALUES takes the common type of its values
		// (text for untyped literals only).
		var rows [][]typed
		var outs []outCol
		for _, row := range s.ValuesLists {
			l := row.GetList()
			if l == nil {
				continue
			}
			var vs []typed
			for i, item := range l.Items {
				v, err := q.expr(item, sc)
				if err != nil {
					return nil, err
				}
				vs = append(vs, v)
				if len(outs) <= i {
					outs = append(outs, outCol{name: fmt.Sprintf("column%d", i+1)})
				}
			}
			rows = append(rows, vs)
		}
		a := &analyzer{ctx: q.ctx(sc)}
		for i := range outs {
			var ts []string
			for _, vs := range rows {
				if i < len(vs) {
					ts = append(ts, vs[i].t)
				}
			}
			t := commonType(ts)
			if t == tUnknown {
				t = tText
			}
			outs[i].typ = t
			for _, vs := range rows {
				if i < len(vs) {
					vs[i] = a.coerce(vs[i], t)
				}
			}
		}
		k := 0
		for _, row := range s.ValuesLists {
			l := row.GetList()
			if l == nil {
				continue
			}
			for i := range l.Items {
				if i < len(rows[k]) {
					l.Items[i] = rows[k][i].n
				}
			}
			k++
		}
		return outs, nil
	}
	if err := q.fromItems(s.FromClause, sc); err != nil {
		return nil, err
	}
	targets, outs, err := q.targetList(s.TargetList, sc, "a * over relations of unknown columns")
	if err != nil {
		return nil, err
	}
	s.TargetList = targets
	sc.outputs = outs
	if s.WhereClause != nil {
		v, err := q.predicate(s.WhereClause, sc)
		if err != nil {
			return nil, err
		}
		s.WhereClause = v
	}
	for i, g := range s.GroupClause {
		v, err := q.sortGroupExpr(g, sc, true)
		if err != nil {
			return nil, err
		}
		s.GroupClause[i] = v
	}
	if s.HavingClause != nil {
		v, err := q.predicate(s.HavingClause, sc)
		if err != nil {
			return nil, err
		}
		s.HavingClause = v
	}
	for _, d := range s.DistinctClause {
		if d != nil && d.Node != nil {
			if err := q.walk(d, sc); err != nil {
				return nil, err
			}
		}
	}
	for i, d := range s.DistinctClause {
		if d != nil && d.Node != nil {
			v, err := q.sortGroupExpr(d, sc, false)
			if err != nil {
				return nil, err
			}
			s.DistinctClause[i] = v
		}
	}
	for _, w := range s.WindowClause {
		if err := q.walk(w, sc); err != nil {
			return nil, err
		}
	}
	for _, sb := range s.SortClause {
		b := sb.GetSortBy()
		if b == nil {
			continue
		}
		v, err := q.sortGroupExpr(b.Node, sc, false)
		if err != nil {
			return nil, err
		}
		b.Node = v
	}
	if err := q.limits(s, sc); err != nil {
		return nil, err
	}
	for _, l := range s.LockingClause {
		if err := q.walk(l, sc); err != nil {
			return nil, err
		}
	}
	return outs, nil
}

// limits canonicalises LIMIT and OFFSET (bigint values).
func (q *queryCanon) limits(s *pg_query.SelectStmt, sc *scope) error {
	for _, p := range []**pg_query.Node{&s.LimitCount, &s.LimitOffset} {
		if *p == nil {
			continue
		}
		if c := (*p).GetAConst(); c != nil && c.Isnull {
			continue // LIMIT ALL / NULL
		}
		v, err := q.expr(*p, sc)
		if err != nil {
			return err
		}
		*p = v.n
	}
	return nil
}

// cte canonicalises one WITH query and makes it visible in sc.
func (q *queryCanon) cte(c *pg_query.CommonTableExpr, recursive bool, sc *scope) error {
	sel := c.Ctequery.GetSelectStmt()
	e := &rangeEntry{name: c.Ctename}
	if sel == nil {
		// INSERT, UPDATE or DELETE: its columns are those of RETURNING.
		outs, ok, err := q.modifyStmt(c.Ctequery, sc)
		if err != nil {
			return err
		}
		if !ok {
			q.undecided = append(q.undecided, "a WITH query of an unknown kind")
			return nil
		}
		e.cols, e.types, e.known = outNames(outs, c.Aliascolnames)
		sc.ctes[c.Ctename] = e
		return nil
	}
	if recursive && sel.Op != pg_query.SetOperation_SETOP_NONE {
		// The non-recursive term gives the columns.
		l, err := q.selectStmt(sel.Larg, sc)
		if err != nil {
			return err
		}
		e.cols, e.types, e.known = outNames(l, c.Aliascolnames)
		sc.ctes[c.Ctename] = e
		if _, err := q.selectStmt(sel.Rarg, sc); err != nil {
			return err
		}
		return nil
	}
	outs, err := q.selectStmt(sel, sc)
	if err != nil {
		return err
	}
	e.cols, e.types, e.known = outNames(outs, c.Aliascolnames)
	sc.ctes[c.Ctename] = e
	return nil
}

// outNames returns the column names and types of outputs renamed by
// aliases (a list of String nodes).
func outNames(outs []outCol, aliases []*pg_query.Node) ([]string, []string, bool) {
	names := make([]string, len(outs))
	types := make([]string, len(outs))
	known := true
	for i, o := range outs {
		names[i], types[i] = o.name, o.typ
		if o.name == "?column?" && o.expr == nil {
			known = false
		}
	}
	for i, a := range aliases {
		if i < len(names) {
			if s := a.GetString_(); s != nil {
				names[i] = s.Sval
			}
		}
	}
	return names, types, known
}

// fromItem canonicalises one FROM item and adds its entries to sc.
func (q *queryCanon) fromItem(n *pg_query.Node, sc *scope) (fromItem, error) {
	switch x := n.GetNode().(type) {
	case *pg_query.Node_RangeVar:
		return q.rangeVar(x.RangeVar, sc), nil
	case *pg_query.Node_RangeSubselect:
		rs := x.RangeSubselect
		sel := rs.Subquery.GetSelectStmt()
		if sel == nil {
			return fromItem{}, nil
		}
		outer := sc.outer
		if rs.Lateral {
			outer = sc
		}
		// A non-lateral subquery sees the WITH queries of its level.
		sub := &scope{outer: outer, ctes: sc.ctes}
		outs, err := q.selectStmt(sel, sub)
		if err != nil {
			return fromItem{}, err
		}
		name := ""
		var aliases []*pg_query.Node
		if rs.Alias != nil {
			name, aliases = rs.Alias.Aliasname, rs.Alias.Colnames
		}
		cols, types, known := outNames(outs, aliases)
		return q.addEntry(sc, &rangeEntry{name: name, cols: cols, types: types, known: known, rel: "record"}), nil
	case *pg_query.Node_RangeFunction:
		return q.rangeFunction(x.RangeFunction, sc)
	case *pg_query.Node_RangeTableFunc:
		return q.tableFunc(x.RangeTableFunc, sc)
	case *pg_query.Node_JoinExpr:
		return q.join(x.JoinExpr, sc)
	}
	q.undecided = append(q.undecided, "a FROM item of an unknown kind")
	return fromItem{}, nil
}

func (q *queryCanon) addEntry(sc *scope, e *rangeEntry) fromItem {
	if e.print == "" {
		e.print = q.takeName(sc, e.name)
	}
	sc.entries = append(sc.entries, e)
	item := fromItem{known: e.known}
	for i, c := range e.cols {
		item.cols = append(item.cols, visibleCol{entry: e.print, name: c, typ: e.types[i]})
	}
	return item
}

// uniqueName returns name, or name_N when an entry of sc or of an outer
// level already prints as name (ruleutils' set_rtable_names).
func (q *queryCanon) uniqueName(sc *scope, name string) string {
	if name == "" {
		return name
	}
	taken := func(n string) bool {
		for x := sc; x != nil; x = x.outer {
			for _, e := range x.entries {
				if e.print == n {
					return true
				}
			}
			if slices.Contains(x.reserved, n) {
				return true
			}
		}
		return false
	}
	if !taken(name) {
		return name
	}
	for i := 1; ; i++ {
		n := fmt.Sprintf("%s_%d", name, i)
		if !taken(n) {
			return n
		}
	}
}

// printed returns the entry of sc (or an outer level) printed as name.
func (s *scope) printed(name string) *rangeEntry {
	for x := s; x != nil; x = x.outer {
		for i := len(x.entries) - 1; i >= 0; i-- {
			if x.entries[i].print == name {
				return x.entries[i]
			}
		}
	}
	return nil
}

// rangeVar qualifies a relation and records it.
func (q *queryCanon) rangeVar(rv *pg_query.RangeVar, sc *scope) fromItem {
	rv.Location = -1
	rv.Catalogname = ""
	if rv.Schemaname == "" {
		if e := sc.cte(rv.Relname); e != nil {
			ce := *e
			ce.print = ""
			if rv.Alias != nil && rv.Alias.Aliasname != "" {
				ce.name = rv.Alias.Aliasname
				ce.cols = renameCols(ce.cols, rv.Alias.Colnames)
			}
			item := q.addEntry(sc, &ce)
			if ce.print != rv.Relname {
				if rv.Alias == nil {
					rv.Alias = &pg_query.Alias{}
				}
				rv.Alias.Aliasname = ce.print
			} else if rv.Alias != nil && len(rv.Alias.Colnames) == 0 {
				rv.Alias = nil
			}
			return item
		}
	}
	return q.relation(rv, sc)
}

// relation qualifies rv, which names a table or view (never a WITH
// query: the target of INSERT, UPDATE and DELETE), and records it.
func (q *queryCanon) relation(rv *pg_query.RangeVar, sc *scope) fromItem {
	rv.Location = -1
	rv.Catalogname = ""
	schemaName := rv.Schemaname
	if schemaName == "" && q.names != nil {
		schemaName = q.names.relationSchema(rv.Relname)
	}
	if schemaName == "" {
		schemaName = "pg_catalog"
	}
	if schemaName == "pg_catalog" {
		rv.Schemaname = ""
	} else {
		rv.Schemaname = schemaName
	}
	e := &rangeEntry{name: rv.Relname, rel: qname{Schema: schemaName, Name: rv.Relname}.String()}
	if schemaName == "pg_catalog" {
		e.rel = schemaName + "." + rv.Relname
	}
	if cols, types, ok := q.cat.relationColumns(qname{Schema: schemaName, Name: rv.Relname}); ok {
		e.cols, e.types, e.known = cols, types, true
	}
	if a := rv.Alias; a != nil {
		if a.Aliasname != "" {
			e.name = a.Aliasname
		}
		e.cols = renameCols(e.cols, a.Colnames)
	}
	e.print = q.takeName(sc, e.name)
	if e.print != rv.Relname {
		if rv.Alias == nil {
			rv.Alias = &pg_query.Alias{}
		}
		rv.Alias.Aliasname = e.print
	} else if rv.Alias != nil && len(rv.Alias.Colnames) == 0 {
		rv.Alias = nil
	}
	return q.addEntry(sc, e)
}

func renameCols(cols []string, aliases []*pg_query.Node) []string {
	if len(aliases) == 0 {
		return cols
	}
	out := append([]string(nil), cols...)
	for i, a := range aliases {
		if s := a.GetString_(); s != nil {
			if i < len(out) {
				out[i] = s.Sval
			} else {
				out = append(out, s.Sval)
			}
		}
	}
	return out
}

// join canonicalises a JOIN: both sides, then its condition.
func (q *queryCanon) join(j *pg_query.JoinExpr, sc *scope) (fromItem, error) {
	l, err := q.fromItem(j.Larg, sc)
	if err != nil {
		return fromItem{}, err
	}
	r, err := q.fromItem(j.Rarg, sc)
	if err != nil {
		return fromItem{}, err
	}
	var using []string
	if j.IsNatural && l.known && r.known {
		// ruleutils prints a natural join as JOIN ... USING (...).
		for _, lc := range l.cols {
			for _, rc := range r.cols {
				if lc.name == rc.name {
					j.UsingClause = append(j.UsingClause, pg_query.MakeStrNode(lc.name))
				}
			}
		}
		j.IsNatural = false
	}
	for _, u := range j.UsingClause {
		if s := u.GetString_(); s != nil {
			using = append(using, s.Sval)
		}
	}
	item := fromItem{known: l.known && r.known}
	merged := map[string]bool{}
	for _, u := range using {
		merged[u] = true
		src := l
		if j.Jointype == pg_query.JoinType_JOIN_RIGHT {
			src = r
		}
		found := false
		for _, c := range src.cols {
			if c.name == u {
				item.cols = append(item.cols, c)
				found = true
				break
			}
		}
		if !found || j.Jointype == pg_query.JoinType_JOIN_FULL {
			item.known = false
		}
	}
	for _, c := range l.cols {
		if !merged[c.name] {
			item.cols = append(item.cols, c)
		}
	}
	for _, c := range r.cols {
		if !merged[c.name] {
			item.cols = append(item.cols, c)
		}
	}
	if j.Quals != nil {
		// The condition sees both sides (already in sc).
		v, err := q.predicate(j.Quals, sc)
		if err != nil {
			return fromItem{}, err
		}
		j.Quals = v
	}
	if a := j.Alias; a != nil && a.Aliasname != "" {
		e := &rangeEntry{name: a.Aliasname, known: item.known, rel: "record"}
		for _, c := range item.cols {
			e.cols = append(e.cols, c.name)
			e.types = append(e.types, c.typ)
		}
		e.cols = renameCols(e.cols, a.Colnames)
		return q.addEntry(sc, e), nil
	}
	return item, nil
}

func isStar(cr *pg_query.ColumnRef) bool {
	return len(cr.Fields) > 0 && cr.Fields[len(cr.Fields)-1].GetAStar() != nil
}

// expandStar expands * or t.* into the columns; ok=false when some
// columns are unknown.
func (q *queryCanon) expandStar(cr *pg_query.ColumnRef, sc *scope) ([]visibleCol, bool) {
	if len(cr.Fields) == 1 {
		var out []visibleCol
		for _, it := range sc.items {
			if !it.known {
				return nil, false
			}
			out = append(out, it.cols...)
		}
		return out, len(sc.items) > 0
	}
	e := sc.entry(fieldName(cr.Fields[len(cr.Fields)-2]))
	if e == nil || !e.known {
		return nil, false
	}
	out := make([]visibleCol, len(e.cols))
	for i, c := range e.cols {
		out[i] = visibleCol{entry: e.print, name: c, typ: e.types[i]}
	}
	return out, true
}

func fieldName(n *pg_query.Node) string {
	if s := n.GetString_(); s != nil {
		return s.Sval
	}
	return ""
}

// fromItems adds the items of a FROM (or USING) list to sc, in order.
func (q *queryCanon) fromItems(list []*pg_query.Node, sc *scope) error {
	for _, f := range list {
		item, err := q.fromItem(f, sc)
		if err != nil {
			return err
		}
		sc.items = append(sc.items, item)
	}
	return nil
}

// starTargets expands the target t, a * (cr), into one qualified column
// per visible column, with the output columns. When the columns behind the
// * are unknown, t is kept as it is, as one output column of unknown
// name, and why is noted as undecided.
func (q *queryCanon) starTargets(t *pg_query.Node, cr *pg_query.ColumnRef, sc *scope, why string) ([]*pg_query.Node, []outCol) {
	cols, ok := q.expandStar(cr, sc)
	if !ok {
		q.undecided = append(q.undecided, why)
		return []*pg_query.Node{t}, []outCol{{name: "?column?"}}
	}
	targets := make([]*pg_query.Node, 0, len(cols))
	outs := make([]outCol, 0, len(cols))
	for _, c := range cols {
		n := pg_query.MakeColumnRefNode([]*pg_query.Node{pg_query.MakeStrNode(c.entry), pg_query.MakeStrNode(c.name)}, -1)
		targets = append(targets, resTarget(n, c.name))
		outs = append(outs, outCol{name: c.name, typ: c.typ, expr: n})
	}
	return targets, outs
}

func resTarget(n *pg_query.Node, name string) *pg_query.Node {
	return &pg_query.Node{Node: &pg_query.Node_ResTarget{ResTarget: &pg_query.ResTarget{Name: name, Val: n, Location: -1}}}
}

// targetExpr canonicalises an expression of a target list: a bare
// whole-row reference is printed t.*::type, an untyped literal is text.
func (q *queryCanon) targetExpr(n *pg_query.Node, sc *scope) (typed, error) {
	v, err := q.expr(n, sc)
	if err != nil {
		return typed{}, err
	}
	if cr := v.n.GetColumnRef(); cr != nil && len(cr.Fields) == 2 && cr.Fields[1].GetAStar() != nil {
		if e := sc.printed(fieldName(cr.Fields[0])); e != nil && e.rel != "" && e.rel != "record" {
			t := e.rel
			return typed{n: castNode(v.n, t), t: t}, nil
		}
	}
	a := &analyzer{ctx: q.ctx(sc)}
	if v.t == tUnknown && v.n.GetAConst() != nil {
		v = a.coerce(v, tText)
	}
	if v.domain != "" {
		// A bare column of a domain type: the output column is of the
		// domain type, as PostgreSQL types it.
		return typed{n: a.strip(v).n, t: v.domain}, nil
	}
	return a.strip(v), nil
}

// predicate canonicalises a boolean condition.
func (q *queryCanon) predicate(n *pg_query.Node, sc *scope) (*pg_query.Node, error) {
	if err := q.walk(n, sc); err != nil {
		return nil, err
	}
	a := &analyzer{ctx: q.ctx(sc)}
	v, err := a.expr(n)
	if err != nil {
		return nil, err
	}
	return a.strip(a.coerce(v, tBool)).n, nil
}

// expr canonicalises an expression of a query.
func (q *queryCanon) expr(n *pg_query.Node, sc *scope) (typed, error) {
	if err := q.walk(n, sc); err != nil {
		return typed{}, err
	}
	a := &analyzer{ctx: q.ctx(sc)}
	return a.expr(n)
}

func (q *queryCanon) ctx(sc *scope) *exprContext {
	return &exprContext{names: q.names, query: &queryScope{q: q, sc: sc}}
}

// sortGroupExpr canonicalises a GROUP BY, DISTINCT ON or ORDER BY item: a
// position or an output column's name stands for the target expression.
func (q *queryCanon) sortGroupExpr(n *pg_query.Node, sc *scope, group bool) (*pg_query.Node, error) {
	out, typ, err := q.sortGroupItem(n, sc, group)
	if err != nil {
		return nil, err
	}
	// A constant there must keep an explicit cast, as ruleutils prints
	// it: a bare integer would read as an output column number, another
	// bare constant is an error.
	if c := out.GetAConst(); c != nil && !c.Isnull && typ != "" && typ != tUnknown {
		out = castNode(out, typ)
	}
	return out, nil
}

// sortGroupItem resolves one GROUP BY, ORDER BY or DISTINCT ON item (an
// output column number or name, or an expression) and returns it with its
// type ("" when unknown).
func (q *queryCanon) sortGroupItem(n *pg_query.Node, sc *scope, group bool) (*pg_query.Node, string, error) {
	if c := n.GetAConst(); c != nil {
		if iv, ok := c.Val.(*pg_query.A_Const_Ival); ok {
			i := int(iv.Ival.Ival)
			if i >= 1 && i <= len(sc.outputs) && sc.outputs[i-1].expr != nil {
				return sc.outputs[i-1].expr, sc.outputs[i-1].typ, nil
			}
		}
	}
	if cr := n.GetColumnRef(); cr != nil && len(cr.Fields) == 1 {
		name := fieldName(cr.Fields[0])
		// ORDER BY prefers output names, GROUP BY input columns.
		inInput := false
		for _, it := range sc.items {
			for _, c := range it.cols {
				if c.name == name {
					inInput = true
				}
			}
		}
		if !group || !inInput {
			for _, o := range sc.outputs {
				if o.name == name && o.expr != nil {
					return o.expr, o.typ, nil
				}
			}
		}
	}
	switch n.GetNode().(type) {
	case *pg_query.Node_GroupingSet, *pg_query.Node_RowExpr:
		if err := q.walk(n, sc); err != nil {
			return nil, "", err
		}
		return n, "", nil
	}
	v, err := q.expr(n, sc)
	if err != nil {
		return nil, "", err
	}
	v = (&analyzer{}).strip(v)
	return v.n, v.t, nil
}

// walk qualifies the column references below n (in place) and
// canonicalises the subqueries of expressions, recording their types for
// the analyzer.
func (q *queryCanon) walk(n *pg_query.Node, sc *scope) error {
	if n == nil {
		return nil
	}
	switch x := n.GetNode().(type) {
	case *pg_query.Node_ColumnRef:
		q.qualify(n, x.ColumnRef, sc)
		return nil
	case *pg_query.Node_AExpr:
		// x IS [NOT] DISTINCT FROM NULL is stored as a null test.
		e := x.AExpr
		if e.Kind == pg_query.A_Expr_Kind_AEXPR_DISTINCT || e.Kind == pg_query.A_Expr_Kind_AEXPR_NOT_DISTINCT {
			arg := e.Lexpr
			if isNullConst(arg) {
				arg = e.Rexpr
			} else if !isNullConst(e.Rexpr) {
				break
			}
			t := pg_query.NullTestType_IS_NOT_NULL
			if e.Kind == pg_query.A_Expr_Kind_AEXPR_NOT_DISTINCT {
				t = pg_query.NullTestType_IS_NULL
			}
			n.Node = &pg_query.Node_NullTest{NullTest: &pg_query.NullTest{Arg: arg, Nulltesttype: t, Location: -1}}
			return q.walk(arg, sc)
		}
	case *pg_query.Node_SubLink:
		sl := x.SubLink
		if sl.SubLinkType == pg_query.SubLinkType_ANY_SUBLINK && len(sl.OperName) == 1 && fieldName(sl.OperName[0]) == "=" {
			sl.OperName = nil // x = ANY (SELECT ...) prints as x IN (SELECT ...)
		}
		if sl.Testexpr != nil {
			if err := q.walk(sl.Testexpr, sc); err != nil {
				return err
			}
		}
		if sel := sl.Subselect.GetSelectStmt(); sel != nil {
			outs, err := q.selectStmt(sel, sc)
			if err != nil {
				return err
			}
			t := ""
			switch sl.SubLinkType {
			case pg_query.SubLinkType_EXISTS_SUBLINK, pg_query.SubLinkType_ANY_SUBLINK, pg_query.SubLinkType_ALL_SUBLINK:
				t = tBool
			case pg_query.SubLinkType_EXPR_SUBLINK:
				if len(outs) == 1 {
					t = outs[0].typ
				}
			case pg_query.SubLinkType_ARRAY_SUBLINK:
				if len(outs) == 1 && outs[0].typ != "" && !isArray(outs[0].typ) {
					t = outs[0].typ + "[]"
				}
			}
			q.nameOutputs(sel, outs)
			q.sublinks[sl] = t
		}
		return nil
	case *pg_query.Node_SelectStmt:
		_, err := q.selectStmt(x.SelectStmt, sc)
		return err
	case *pg_query.Node_FuncCall:
		if f := x.FuncCall.AggFilter; f != nil {
			// FILTER (WHERE ...) is a condition of its own.
			p, err := q.predicate(f, sc)
			if err != nil {
				return err
			}
			x.FuncCall.AggFilter = nil
			err = q.walkChildren(n.ProtoReflect(), sc)
			x.FuncCall.AggFilter = p
			return err
		}
	}
	return q.walkChildren(n.ProtoReflect(), sc)
}

func (q *queryCanon) walkChildren(m protoreflect.Message, sc *scope) error {
	var err error
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if fd.Kind() != protoreflect.MessageKind || fd.IsMap() {
			return true
		}
		visit := func(m protoreflect.Message) {
			if err != nil {
				return
			}
			if nd, ok := m.Interface().(*pg_query.Node); ok {
				err = q.walk(nd, sc)
				return
			}
			err = q.walkChildren(m, sc)
		}
		if fd.IsList() {
			l := v.List()
			for i := 0; i < l.Len(); i++ {
				visit(l.Get(i).Message())
			}
		} else {
			visit(v.Message())
		}
		return err == nil
	})
	return err
}

// qualify rewrites column reference cr (the content of n) as
// entry.column: a bare column is looked up in the FROM items of its level
// and then of the outer levels; schema.table.column loses the schema; a
// bare name of a range entry is a whole-row reference, entry.*.
func (q *queryCanon) qualify(n *pg_query.Node, cr *pg_query.ColumnRef, sc *scope) {
	cr.Location = -1
	var parts []string
	for _, f := range cr.Fields {
		if s := f.GetString_(); s != nil {
			parts = append(parts, s.Sval)
		}
	}
	star := isStar(cr)
	set := func(entry, col string) {
		fields := []*pg_query.Node{pg_query.MakeStrNode(entry)}
		if col == "" {
			fields = append(fields, &pg_query.Node{Node: &pg_query.Node_AStar{AStar: &pg_query.A_Star{}}})
		} else {
			fields = append(fields, pg_query.MakeStrNode(col))
		}
		n.Node = &pg_query.Node_ColumnRef{ColumnRef: &pg_query.ColumnRef{Fields: fields, Location: -1}}
	}
	switch {
	case star && len(parts) >= 1:
		if e := sc.entry(parts[len(parts)-1]); e != nil {
			set(e.print, "")
		}
	case star:
		return
	case len(parts) == 1:
		for x := sc; x != nil; x = x.outer {
			found, undecided := "", false
			for _, it := range x.items {
				if !it.known {
					undecided = true
				}
				for _, c := range it.cols {
					if c.name == parts[0] && found == "" {
						found = c.entry
					}
				}
			}
			if found != "" {
				set(found, parts[0])
				return
			}
			if undecided {
				q.undecided = append(q.undecided, "column "+parts[0])
				return
			}
			for _, e := range x.entries {
				if e.name == parts[0] {
					if e.scalar && len(e.cols) == 1 {
						set(e.print, e.cols[0])
					} else {
						set(e.print, "")
					}
					return
				}
			}
		}
	default:
		// alias.column, schema.table.column, db.schema.table.column
		rel, col := parts[len(parts)-2], parts[len(parts)-1]
		if e := sc.entry(rel); e != nil {
			set(e.print, col)
		} else if len(parts) > 2 {
			set(rel, col)
		}
	}
}

// queryScope is the analyzer's view of a query level: it gives the types
// of qualified column references and of subqueries.
type queryScope struct {
	q  *queryCanon
	sc *scope
}

// column returns a (qualified) column reference with its type.
func (s *queryScope) column(r *pg_query.ColumnRef) typed {
	n := &pg_query.Node{Node: &pg_query.Node_ColumnRef{ColumnRef: r}}
	if len(r.Fields) != 2 {
		return typed{n: n}
	}
	e := s.sc.printed(fieldName(r.Fields[0]))
	if e == nil {
		return typed{n: n}
	}
	if r.Fields[1].GetAStar() != nil {
		t := e.rel
		if t == "record" {
			t = ""
		}
		return typed{n: n, t: t}
	}
	t, _ := e.col(fieldName(r.Fields[1]))
	if t == tUnknown {
		t = tText
	}
	if base := s.q.cat.baseOfDomain(t); base != "" {
		// A value of a domain type is coerced to the base type wherever
		// an operator or function uses it, and PostgreSQL prints that
		// cast (at the top of an expression it is stripped again).
		return typed{n: castNode(n, baseType(base)), t: baseType(base), implicit: true, domain: t}
	}
	return typed{n: n, t: t}
}

// sublink returns a subquery expression with its type.
func (s *queryScope) sublink(n *pg_query.Node, sl *pg_query.SubLink) typed {
	return typed{n: n, t: s.q.sublinks[sl]}
}

// undecidedNote describes where the canonicaliser kept the user's text.
func (q *queryCanon) undecidedNote() string {
	return strings.Join(q.undecided, "; ")
}

func isNullConst(n *pg_query.Node) bool {
	c := n.GetAConst()
	return c != nil && c.Isnull
}

// usesEntries reports whether expression n references one of entries.
func usesEntries(n *pg_query.Node, entries []*rangeEntry) bool {
	found := false
	var visit func(*pg_query.Node)
	visit = func(n *pg_query.Node) {
		if n == nil || found {
			return
		}
		if cr := n.GetColumnRef(); cr != nil && len(cr.Fields) >= 2 {
			name := fieldName(cr.Fields[0])
			for _, e := range entries {
				if e.print == name {
					found = true
				}
			}
			return
		}
		walkNodes(n, visit)
	}
	visit(n)
	return found
}
