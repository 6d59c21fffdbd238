package ddl

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// Limits of CREATE STATISTICS (statistics.h, vacuum.h).
const (
	statsMaxDimensions = 8     // STATS_MAX_DIMENSIONS
	statsMaxTarget     = 10000 // MAX_STATISTICS_TARGET
)

// statInfo is an extended statistics object in the parser's state. It
// holds what it uses by pointer, as PostgreSQL's catalog holds them by
// number: its schema, its relation (a table, a materialized view or a
// foreign table) and the columns of its keys. Renaming any of them is
// followed without further work; dropping any of them (DROP SCHEMA, DROP
// TABLE / MATERIALIZED VIEW / FOREIGN TABLE, ALTER TABLE DROP COLUMN,
// with their cascades) drops the statistics object, as PostgreSQL's
// automatic dependencies do, which statAlive checks.
type statInfo struct {
	name string
	ns   *schema.Schema
	// tb is the table, or the column-carrying table of a materialized
	// view (viewInfo.tb); nil for a foreign table.
	tb *table
	// ft is the foreign table; nil for a table or materialized view.
	ft *schema.ForeignTable
	// cols are the plain column keys: *schema.Column of tb, or
	// *schema.ForeignColumn of ft.
	cols []any
	// exprs are the expression keys, in the statement's order.
	exprs []statExpr
	kinds []string
	// target is the statistics target; nil for the default.
	target  *int
	comment string
}

// statExpr is an expression key: its canonical text when it was created
// and the columns it references (as statInfo.cols holds them), by the
// names they had then.
type statExpr struct {
	text string
	refs map[string]any
}

// statColumn is a column of the relation of a statistics object: its
// identity (as statInfo.cols holds it) and its current name.
type statColumn struct {
	key  any
	name string
}

// statRel returns the relation of si as a table for converting
// expressions (for a foreign table, one made of its columns' names,
// types and collations) and its columns in attribute order.
func (si *statInfo) statRel() (*schema.Table, []statColumn) {
	var cols []statColumn
	if si.ft == nil {
		for _, c := range si.tb.t.Columns {
			cols = append(cols, statColumn{c, c.Name})
		}
		return si.tb.t, cols
	}
	t := &schema.Table{Schema: si.ft.Schema, Name: si.ft.Name}
	for _, c := range si.ft.Columns {
		t.Columns = append(t.Columns, &schema.Column{Name: c.Name, Type: c.Type, Collation: c.Collation})
		cols = append(cols, statColumn{c, c.Name})
	}
	return t, cols
}

// statRelQName returns the current name of the relation of si.
func (si *statInfo) statRelQName() qname {
	if si.ft != nil {
		return si.ft.QName()
	}
	return si.tb.t.QName()
}

// statRelAlive reports whether the relation of si still exists: the
// table, the materialized view (whose column-carrying table is si.tb) or
// the foreign table.
func (st *state) statRelAlive(si *statInfo) bool {
	q := si.statRelQName()
	switch {
	case si.ft != nil:
		return st.fdw != nil && st.fdw.tables[q] == si.ft
	case st.tables[q] == si.tb:
		return true
	default:
		vi := st.views[q]
		return vi != nil && vi.tb == si.tb
	}
}

// statAlive reports whether the schema, the relation and every column
// that si uses still exist.
func (st *state) statAlive(si *statInfo) bool {
	if st.schemas[si.ns.Name] != si.ns || !st.statRelAlive(si) {
		return false
	}
	_, cols := si.statRel()
	has := func(c any) bool { return slices.ContainsFunc(cols, func(x statColumn) bool { return x.key == c }) }
	for _, c := range si.cols {
		if !has(c) {
			return false
		}
	}
	for _, e := range si.exprs {
		for _, c := range e.refs {
			if !has(c) {
				return false
			}
		}
	}
	return true
}

// liveStats drops the statistics objects whose schema, table or columns
// are gone and returns the others.
func (st *state) liveStats() []*statInfo {
	st.stats = slices.DeleteFunc(st.stats, func(si *statInfo) bool { return !st.statAlive(si) })
	return st.stats
}

// findStat returns the statistics object called name in schema ns, or nil.
func (st *state) findStat(ns, name string) *statInfo {
	for _, si := range st.liveStats() {
		if si.ns.Name == ns && si.name == name {
			return si
		}
	}
	return nil
}

// lookupStat finds a statistics object by a possibly qualified name, the
// way search_path does; nil when there is none.
func (st *state) lookupStat(names []*pg_query.Node) *statInfo {
	sch, name := splitName(names)
	if sch != "" {
		return st.findStat(sch, name)
	}
	for _, s := range st.path() {
		if si := st.findStat(s, name); si != nil {
			return si
		}
	}
	return nil
}

// createStatistics applies CREATE STATISTICS [IF NOT EXISTS] [name]
// [(kinds)] ON keys FROM table.
func (p *parser) createStatistics(s *pg_query.CreateStatsStmt, start int) error {
	if len(s.Relations) != 1 {
		return fmt.Errorf("only a single relation is allowed in CREATE STATISTICS: name one table after FROM")
	}
	rv := s.Relations[0].GetRangeVar()
	if rv == nil {
		return fmt.Errorf("CREATE STATISTICS only supports relation names in the FROM clause: name one table after FROM")
	}
	q, ok := p.st.lookupRel(rv.Schemaname, rv.Relname)
	if !ok {
		return fmt.Errorf("relation %s does not exist", rvName(rv))
	}
	si := &statInfo{tb: p.st.tables[q]}
	if si.tb == nil {
		switch v := p.st.views[q]; {
		case v != nil && v.v.Materialized:
			si.tb = v.tb
		case v != nil:
			return fmt.Errorf("cannot define statistics for relation %s: it is a view; statistics are for tables, materialized views and foreign tables", q)
		case p.st.fdw != nil && p.st.fdw.tables[q] != nil:
			si.ft = p.st.fdw.tables[q]
		case p.st.rels[q] == relSequence || p.st.rels[q] == relIndex:
			return fmt.Errorf("cannot define statistics for relation %s: it is not a table; statistics are for tables, materialized views and foreign tables", q)
		default:
			return p.unsupported(start, "CREATE STATISTICS", q.String(), "statistics on this kind of relation are not modeled")
		}
	}
	t, relCols := si.statRel()
	column := func(name string) any {
		for _, c := range relCols {
			if c.name == name {
				return c.key
			}
		}
		return nil
	}
	if len(s.Defnames) > 0 {
		sch, name := splitName(s.Defnames)
		nq, err := p.st.createName(sch, name)
		if err != nil {
			return err
		}
		si.name, si.ns = nq.Name, p.st.schemas[nq.Schema]
		if p.st.findStat(nq.Schema, nq.Name) != nil {
			if s.IfNotExists {
				return nil // NOTICE: already exists, skipping
			}
			return fmt.Errorf("statistics object %s already exists: choose another name, or write IF NOT EXISTS", schema.QuoteIdent(nq.Name))
		}
	} else {
		// PostgreSQL 16+: the name is chosen in the table's schema.
		si.ns = p.st.schemas[q.Schema]
		si.name = p.st.chooseStatName(q.Name, statNameAddition(s.Exprs), "stat", q.Schema)
	}
	c := newConv(t, p.st)
	for _, n := range s.Exprs {
		e := n.GetStatsElem()
		if e == nil {
			return fmt.Errorf("malformed CREATE STATISTICS element")
		}
		name := e.Name
		if name == "" {
			text, err := c.expr(e.Expr, "")
			if err != nil {
				return fmt.Errorf("statistics expression: %w", err)
			}
			// a parenthesized plain column is a column key
			for _, col := range relCols {
				if text == schema.QuoteIdent(col.name) {
					name = col.name
					break
				}
			}
			if name == "" {
				if slices.ContainsFunc(si.exprs, func(x statExpr) bool { return x.text == text }) {
					return fmt.Errorf("duplicate expression in statistics definition: list each expression once")
				}
				refs := map[string]any{}
				for _, r := range ExprReferences(text).Columns {
					if col := column(r.Column); col != nil && r.Table == (schema.QName{}) {
						refs[r.Column] = col
					}
				}
				si.exprs = append(si.exprs, statExpr{text: text, refs: refs})
				continue
			}
		}
		col := column(name)
		if col == nil {
			return fmt.Errorf("column %s does not exist", schema.QuoteIdent(name))
		}
		if slices.Contains(si.cols, col) {
			return fmt.Errorf("duplicate column name in statistics definition: list each column once")
		}
		si.cols = append(si.cols, col)
	}
	n := len(si.cols) + len(si.exprs)
	switch {
	case n < 2 && len(si.exprs) != 1:
		return fmt.Errorf("extended statistics require at least 2 columns: list two or more columns or expressions, or a single expression")
	case n > statsMaxDimensions:
		return fmt.Errorf("cannot have more than %d columns in statistics: split them into several statistics objects", statsMaxDimensions)
	case n == 1 && len(s.StatTypes) > 0:
		return fmt.Errorf("when building statistics on a single expression, statistics kinds may not be specified: leave the kind list out")
	}
	if n >= 2 {
		want := map[string]bool{}
		for _, k := range s.StatTypes {
			kind := strVal(k)
			if !slices.Contains(schema.StatisticsKinds, kind) {
				return fmt.Errorf("unrecognized statistics kind %s: use ndistinct, dependencies or mcv", strconv.Quote(kind))
			}
			want[kind] = true
		}
		for _, kind := range schema.StatisticsKinds {
			if len(want) == 0 || want[kind] {
				si.kinds = append(si.kinds, kind)
			}
		}
	}
	p.st.stats = append(p.st.stats, si)
	return nil
}

// statNameAddition joins the names of the keys for a generated name, as
// ChooseExtendedStatisticNameAddition does: "expr" for an expression
// (even a parenthesized column), each name cut to 63 bytes, stopping once
// 64 bytes are reached.
func statNameAddition(elems []*pg_query.Node) string {
	names := make([]string, 0, len(elems))
	for _, n := range elems {
		if e := n.GetStatsElem(); e != nil {
			names = append(names, e.Name)
		}
	}
	return joinStatNames(names)
}

// joinStatNames joins key names ("" for an expression) for a generated
// statistics name (see statNameAddition).
func joinStatNames(names []string) string {
	var b strings.Builder
	for _, name := range names {
		if name == "" {
			name = "expr"
		}
		if b.Len() > 0 {
			b.WriteByte('_')
		}
		if len(name) > maxIdentLen {
			name = name[:maxIdentLen]
		}
		b.WriteString(name)
		if b.Len() > maxIdentLen {
			break
		}
	}
	return b.String()
}

// cloneStatistics copies the extended statistics objects of src onto dst
// for CREATE TABLE ... (LIKE src INCLUDING STATISTICS), as
// generateClonedExtStatsStmt does: in src's creation order, with the same
// kinds and keys (columns in src's column order, then the expressions),
// names generated in dst's schema, no target, and the comment only with
// INCLUDING COMMENTS.
func (st *state) cloneStatistics(src, dst *table, comments bool) {
	for _, si := range slices.Clone(st.liveStats()) {
		if si.tb != src {
			continue
		}
		ci := &statInfo{ns: st.schemas[dst.t.Schema], tb: dst, kinds: slices.Clone(si.kinds)}
		var names []string
		for _, c := range src.t.Columns {
			if slices.Contains(si.cols, any(c)) {
				names = append(names, c.Name)
				if nc := dst.t.Column(c.Name); nc != nil {
					ci.cols = append(ci.cols, nc)
				}
			}
		}
		for _, e := range si.exprs {
			text := si.exprNow(e)
			refs := map[string]any{}
			for _, r := range ExprReferences(text).Columns {
				if nc := dst.t.Column(r.Column); nc != nil && r.Table == (schema.QName{}) {
					refs[r.Column] = nc
				}
			}
			ci.exprs = append(ci.exprs, statExpr{text: text, refs: refs})
			names = append(names, "")
		}
		if comments {
			ci.comment = si.comment
		}
		ci.name = st.chooseStatName(dst.t.Name, joinStatNames(names), "stat", dst.t.Schema)
		st.stats = append(st.stats, ci)
	}
}

// chooseStatName picks a name for a statistics object in schemaName that
// no statistics object of the schema has, numbering the label on
// collision (ChooseExtendedStatisticName).
func (st *state) chooseStatName(name1, name2, label, schemaName string) string {
	mod := label
	for pass := 1; ; pass++ {
		name := makeObjectName(name1, name2, mod)
		if st.findStat(schemaName, name) == nil {
			return name
		}
		mod = label + strconv.Itoa(pass)
	}
}

// alterStatistics applies ALTER STATISTICS [IF EXISTS] name SET STATISTICS
// target.
func (p *parser) alterStatistics(s *pg_query.AlterStatsStmt) error {
	si := p.st.lookupStat(s.Defnames)
	if si == nil {
		if s.MissingOk {
			return nil
		}
		return statMissing(s.Defnames)
	}
	if s.Stxstattarget == nil { // SET STATISTICS DEFAULT (PostgreSQL 17+)
		si.target = nil
		return nil
	}
	v, err := intVal(s.Stxstattarget)
	if err != nil {
		return fmt.Errorf("statistics target: %w", err)
	}
	switch {
	case v == -1:
		si.target = nil
	case v < -1:
		return fmt.Errorf("statistics target %d is too low: use 0 to %d, or -1 for the default", v, statsMaxTarget)
	default:
		t := int(min(v, statsMaxTarget)) // PostgreSQL lowers it with a warning
		si.target = &t
	}
	return nil
}

// statMissing is the error for a statistics object that does not exist.
func statMissing(names []*pg_query.Node) error {
	return fmt.Errorf("statistics object %s does not exist", displayName(splitName(names)))
}

// renameStatistics applies ALTER STATISTICS [IF EXISTS] name RENAME TO
// new.
func (p *parser) renameStatistics(s *pg_query.RenameStmt) error {
	names := s.Object.GetList().GetItems()
	si := p.st.lookupStat(names)
	if si == nil {
		if s.MissingOk {
			return nil
		}
		return statMissing(names)
	}
	if p.st.findStat(si.ns.Name, s.Newname) != nil {
		return fmt.Errorf("statistics object %s already exists in schema %s", schema.QuoteIdent(s.Newname), schema.QuoteIdent(si.ns.Name))
	}
	si.name = s.Newname
	return nil
}

// setStatisticsSchema applies ALTER STATISTICS [IF EXISTS] name SET
// SCHEMA new.
func (p *parser) setStatisticsSchema(s *pg_query.AlterObjectSchemaStmt) error {
	names := s.Object.GetList().GetItems()
	si := p.st.lookupStat(names)
	if si == nil {
		if s.MissingOk {
			return nil
		}
		return statMissing(names)
	}
	ns := p.st.schemas[s.Newschema]
	if ns == nil {
		return fmt.Errorf("schema %s does not exist", schema.QuoteIdent(s.Newschema))
	}
	if ns != si.ns && p.st.findStat(ns.Name, si.name) != nil {
		return fmt.Errorf("statistics object %s already exists in schema %s", schema.QuoteIdent(si.name), schema.QuoteIdent(ns.Name))
	}
	si.ns = ns
	return nil
}

// commentStatistics applies COMMENT ON STATISTICS.
func (p *parser) commentStatistics(s *pg_query.CommentStmt) error {
	names := s.Object.GetList().GetItems()
	si := p.st.lookupStat(names)
	if si == nil {
		return statMissing(names)
	}
	si.comment = s.Comment
	return nil
}

// dropStatistics applies DROP STATISTICS [IF EXISTS] for one name.
func (p *parser) dropStatistics(o *pg_query.Node, missingOK bool) error {
	names := o.GetList().GetItems()
	si := p.st.lookupStat(names)
	if si == nil {
		if missingOK {
			return nil
		}
		return statMissing(names)
	}
	p.st.stats = slices.DeleteFunc(p.st.stats, func(x *statInfo) bool { return x == si })
	return nil
}

// statisticsList returns the model of the statistics objects that exist.
func (st *state) statisticsList() []*schema.Statistics {
	var out []*schema.Statistics
	for _, si := range st.liveStats() {
		_, cols := si.statRel()
		s := &schema.Statistics{Schema: si.ns.Name, Name: si.name, Table: si.statRelQName(),
			Kinds: slices.Clone(si.kinds), Comment: si.comment}
		if si.target != nil {
			v := *si.target
			s.Target = &v
		}
		for _, c := range cols { // stxkeys is sorted by attnum
			if slices.Contains(si.cols, c.key) {
				s.Columns = append(s.Columns, c.name)
			}
		}
		for _, e := range si.exprs {
			s.Exprs = append(s.Exprs, si.exprNow(e))
		}
		out = append(out, s)
	}
	return out
}

// exprNow returns the canonical text of expression key e of si with the
// columns it references under their current names.
func (si *statInfo) exprNow(e statExpr) string {
	t, cols := si.statRel()
	renamed := map[string]string{}
	for old, key := range e.refs {
		for _, c := range cols {
			if c.key == key && c.name != old {
				renamed[old] = c.name
			}
		}
	}
	if len(renamed) == 0 {
		return e.text
	}
	n, err := parseExprText(e.text)
	if err != nil {
		return e.text
	}
	editTree(n, func(n *pg_query.Node) bool {
		cr := n.GetColumnRef()
		if cr == nil || len(cr.Fields) != 1 {
			return false
		}
		s := cr.Fields[0].GetString_()
		if s == nil || renamed[s.Sval] == "" {
			return false
		}
		s.Sval = renamed[s.Sval]
		return true
	})
	out, err := newConv(t, nil).expr(n, "")
	if err != nil {
		return e.text
	}
	return out
}

// statisticsUsers lists, for a drop (cascade.go), the statistics objects
// whose expression keys use a function, type or relation that d takes
// away: PostgreSQL records those as normal dependencies, so the drop
// needs CASCADE and then takes the statistics object with it. Their
// columns and relation are automatic dependencies (statAlive).
func (p *parser) statisticsUsers(d *dropSet) []dependent {
	st := p.st
	var out []dependent
	for _, si := range st.liveStats() {
		used := false
		for _, e := range si.exprs {
			used = used || p.exprUses(d, e.text, nil, true)
		}
		if !used {
			continue
		}
		q := qname{Schema: si.ns.Name, Name: si.name}
		out = append(out, dependent{key: "h " + q.String(), what: "statistics object " + q.String(),
			remove: func() { st.stats = slices.DeleteFunc(st.stats, func(x *statInfo) bool { return x == si }) }})
	}
	return out
}
