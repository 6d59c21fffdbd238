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
// number: its schema, its table and the columns of its keys. Renaming any
// of them is followed without further work; dropping any of them (DROP
// SCHEMA, DROP TABLE, ALTER TABLE DROP COLUMN, with their cascades) drops
// the statistics object, as PostgreSQL's automatic dependencies do, which
// statAlive checks.
type statInfo struct {
	name string
	ns   *schema.Schema
	tb   *table
	// cols are the plain column keys.
	cols []*schema.Column
	// exprs are the expression keys, in the statement's order.
	exprs []statExpr
	kinds []string
	// target is the statistics target; nil for the default.
	target  *int
	comment string
}

// statExpr is an expression key: its canonical text when it was created
// and the columns it references, by the names they had then.
type statExpr struct {
	text string
	refs map[string]*schema.Column
}

// statAlive reports whether the schema, the table and every column that
// si uses still exist.
func (st *state) statAlive(si *statInfo) bool {
	if st.schemas[si.ns.Name] != si.ns || st.tables[si.tb.t.QName()] != si.tb {
		return false
	}
	has := func(c *schema.Column) bool { return slices.Contains(si.tb.t.Columns, c) }
	if !slices.ContainsFunc(si.cols, func(c *schema.Column) bool { return !has(c) }) {
		for _, e := range si.exprs {
			for _, c := range e.refs {
				if !has(c) {
					return false
				}
			}
		}
		return true
	}
	return false
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
	tb := p.st.tables[q]
	if tb == nil {
		if v := p.st.views[q]; v != nil && !v.v.Materialized {
			return fmt.Errorf("cannot define statistics for relation %s: it is a view", q)
		}
		if p.st.rels[q] == relSequence || p.st.rels[q] == relIndex {
			return fmt.Errorf("cannot define statistics for relation %s: it is not a table", q)
		}
		return p.unsupported(start, "CREATE STATISTICS", q.String(), "statistics on materialized views and foreign tables are not modeled yet")
	}
	si := &statInfo{tb: tb}
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
	c := newConv(tb.t, p.st)
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
			for _, col := range tb.t.Columns {
				if text == schema.QuoteIdent(col.Name) {
					name = col.Name
					break
				}
			}
			if name == "" {
				if slices.ContainsFunc(si.exprs, func(x statExpr) bool { return x.text == text }) {
					return fmt.Errorf("duplicate expression in statistics definition: list each expression once")
				}
				refs := map[string]*schema.Column{}
				for _, r := range ExprReferences(text).Columns {
					if col := tb.t.Column(r.Column); col != nil && r.Table == (schema.QName{}) {
						refs[r.Column] = col
					}
				}
				si.exprs = append(si.exprs, statExpr{text: text, refs: refs})
				continue
			}
		}
		col := tb.t.Column(name)
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
			if slices.Contains(si.cols, c) {
				names = append(names, c.Name)
				if nc := dst.t.Column(c.Name); nc != nil {
					ci.cols = append(ci.cols, nc)
				}
			}
		}
		for _, e := range si.exprs {
			text := statExprNow(e, src.t)
			refs := map[string]*schema.Column{}
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
		t := si.tb.t
		s := &schema.Statistics{Schema: si.ns.Name, Name: si.name, Table: t.QName(),
			Kinds: slices.Clone(si.kinds), Comment: si.comment}
		if si.target != nil {
			v := *si.target
			s.Target = &v
		}
		for _, c := range t.Columns { // stxkeys is sorted by attnum
			if slices.Contains(si.cols, c) {
				s.Columns = append(s.Columns, c.Name)
			}
		}
		for _, e := range si.exprs {
			s.Exprs = append(s.Exprs, statExprNow(e, t))
		}
		out = append(out, s)
	}
	return out
}

// statExprNow returns the canonical text of e with the columns it
// references under their current names.
func statExprNow(e statExpr, t *schema.Table) string {
	renamed := map[string]string{}
	for old, c := range e.refs {
		if c.Name != old {
			renamed[old] = c.Name
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
