package ddl

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/stratadb/strata/schema"
)

// viewInfo is a view with the parser's bookkeeping around it.
type viewInfo struct {
	v *schema.View
	// types are the columns' types as the canonicaliser inferred them
	// ("" when unknown), for queries over the view.
	types []string
	// tb carries a materialized view's indexes through the index code:
	// a table of the view's name and columns that is not in state.tables.
	tb *table
	// pos is where the view was last created or replaced.
	pos Pos
}

// parserCatalog gives the canonicaliser the relations the parser knows.
type parserCatalog struct{ st *state }

func (c parserCatalog) relationColumns(q qname) ([]string, []string, bool) {
	if tb := c.st.tables[q]; tb != nil {
		var names, types []string
		for _, col := range tableColumns(tb) {
			names = append(names, col.Name)
			types = append(types, col.Type)
		}
		return names, types, true
	}
	if vi := c.st.views[q]; vi != nil {
		return vi.v.ColumnNames(), slices.Clone(vi.types), true
	}
	if c.st.fdw != nil {
		if ft := c.st.fdw.tables[q]; ft != nil {
			return foreignColumns(ft)
		}
	}
	return nil, nil, false
}

func foreignColumns(ft *schema.ForeignTable) ([]string, []string, bool) {
	var names, types []string
	for _, col := range ft.Columns {
		names, types = append(names, col.Name), append(types, col.Type)
	}
	return names, types, true
}

func (c parserCatalog) functions(q qname) []*schema.Function {
	var out []*schema.Function
	for _, f := range c.st.funcs {
		if f.QName() == q {
			out = append(out, f)
		}
	}
	return out
}

func (c parserCatalog) baseOfDomain(t string) string { return c.st.domains[t] }

// tableColumns returns every column of a table in position order,
// inherited ones first (a partition's columns are its parent's).
func tableColumns(tb *table) []*schema.Column {
	return tb.t.Columns
}

// viewQuery canonicalises a view's query for the parser; columns is the
// view's column list (may be shorter than the query's outputs, or nil).
func (p *parser) viewQuery(n *pg_query.Node, columns []string, start int, object string) (string, []outCol, error) {
	q := &queryCanon{cat: parserCatalog{p.st}, names: p.st}
	text, outs, err := q.canonicalQuery(n, columns)
	p.undecided(q, start, object)
	return text, outs, err
}

// undecided records where the canonicaliser kept the user's text.
func (p *parser) undecided(q *queryCanon, start int, object string) {
	if len(q.undecided) > 0 {
		p.res.Undecided = append(p.res.Undecided, Skipped{Pos: p.pos(start), Kind: q.undecidedNote(), Object: object})
	}
}

// createView applies CREATE [OR REPLACE] VIEW.
func (p *parser) createView(s *pg_query.ViewStmt, start int) error {
	rv := s.View
	if rv.Relpersistence == "t" {
		return errors.New("temporary views are not schema: leave them out of the files Strata reads")
	}
	q, err := p.st.createName(rv.Schemaname, rv.Relname)
	if err != nil {
		return err
	}
	aliases := strList(s.Aliases)
	text, outs, err := p.viewQuery(s.Query, aliases, start, q.String())
	if err != nil {
		return fmt.Errorf("view %s: %w", q, err)
	}
	if err := p.checkQueryRelations(text, q, "view"); err != nil {
		return err
	}
	if len(aliases) > len(outs) {
		return fmt.Errorf("CREATE VIEW %s specifies more column names than columns", q)
	}
	v := &schema.View{Schema: q.Schema, Name: q.Name, Query: text}
	types := make([]string, len(outs))
	for i, o := range outs {
		v.Columns = append(v.Columns, &schema.ViewColumn{Name: o.name})
		types[i] = o.typ
	}
	for _, o := range relOptions(s.Options) {
		name, val, _ := strings.Cut(o, "=")
		if name == "check_option" {
			v.CheckOption = strings.ToLower(val)
			continue
		}
		v.Options = append(v.Options, o)
	}
	switch s.WithCheckOption {
	case pg_query.ViewCheckOption_LOCAL_CHECK_OPTION:
		v.CheckOption = "local"
	case pg_query.ViewCheckOption_CASCADED_CHECK_OPTION:
		v.CheckOption = "cascaded"
	}
	if old := p.st.views[q]; old != nil {
		if !s.Replace {
			return fmt.Errorf("relation %s already exists", q)
		}
		if old.v.Materialized {
			return fmt.Errorf("%s is not a view", q)
		}
		if len(v.Columns) < len(old.v.Columns) {
			return fmt.Errorf("cannot drop columns from view %s", q)
		}
		for i, c := range old.v.Columns {
			if v.Columns[i].Name != c.Name {
				return fmt.Errorf("cannot change name of view column %s to %s", schema.QuoteIdent(c.Name), schema.QuoteIdent(v.Columns[i].Name))
			}
			if i < len(old.types) && changedViewType(old.types[i], types[i]) {
				return fmt.Errorf("cannot change data type of view column %s of %s from %s to %s; cast the column to %s in the new query, or drop the view and create it again",
					schema.QuoteIdent(c.Name), q, old.types[i], types[i], old.types[i])
			}
			v.Columns[i].Comment, v.Columns[i].Default, v.Columns[i].Grants = c.Comment, c.Default, c.Grants
		}
		// CREATE OR REPLACE keeps the options not given again? No:
		// PostgreSQL replaces the reloptions with the new list. It keeps
		// the comment and the privileges, the view's and its columns'.
		v.Comment, v.Grants = old.v.Comment, old.v.Grants
		p.st.dacl.inherit(old.v, v)
		// PostgreSQL refuses to change the type of a column, so the
		// columns keep those of the version replaced where the
		// canonicaliser inferred them (a query over the view itself
		// reads them from there anyway).
		for i, t := range old.types {
			if t != "" {
				types[i] = t
			}
		}
		old.v, old.types, old.pos = v, types, p.pos(start)
		return p.checkCycleTypes(old)
	}
	if err := p.st.addRel(q, relOther); err != nil {
		return err
	}
	p.st.views[q] = &viewInfo{v: v, types: types, pos: p.pos(start)}
	return nil
}

// changedViewType reports whether CREATE OR REPLACE VIEW changes the type
// of a view column from old to typ, both as the canonicaliser inferred
// them ("" where it did not). Type modifiers are left out of the
// comparison (PostgreSQL compares them too, but the canonicaliser does not
// always know them), so that only a certain change is reported.
func changedViewType(old, typ string) bool {
	if old == "" || typ == "" {
		return false
	}
	base := func(t string) string {
		if strings.HasPrefix(t, `"`) {
			return t
		}
		arr := strings.HasSuffix(t, "[]")
		if i := strings.IndexByte(t, '('); i > 0 {
			t = strings.TrimSpace(t[:i])
			if arr {
				t += "[]"
			}
		}
		return t
	}
	return base(old) != base(typ)
}

// checkQueryRelations checks that the relations canonical query text (of
// the view or materialized view q) selects from exist, as PostgreSQL
// does when it creates the view. A relation counts as missing only where
// the parser knows a schema's whole content: a schema the files create and
// no extension fills, or, for a name search_path did not find (the
// canonical text leaves it unqualified, for pg_catalog), a name that is
// not a system catalog's (those all start with "pg_") when no extension
// lives in a schema of search_path. With Options.SkipUnsupported, or after
// a statement left unmodeled, the parser does not know every relation and
// checks nothing.
func (p *parser) checkQueryRelations(text string, q qname, word string) error {
	st := p.st
	if p.opts.SkipUnsupported || len(p.res.Unsupported) > 0 {
		return nil
	}
	tree, err := pg_query.Parse(text)
	if err != nil {
		return nil
	}
	ctes := map[string]bool{}
	var rels []*pg_query.RangeVar
	var visit func(n *pg_query.Node)
	visit = func(n *pg_query.Node) {
		if c := n.GetCommonTableExpr(); c != nil {
			ctes[c.Ctename] = true
		}
		if rv := n.GetRangeVar(); rv != nil {
			rels = append(rels, rv)
		}
		walkNodes(n, visit)
	}
	for _, s := range tree.Stmts {
		visit(s.Stmt)
	}
	extIn := func(schemas ...string) bool {
		for _, e := range st.exts {
			if slices.Contains(schemas, e.Schema) {
				return true
			}
		}
		return false
	}
	for _, rv := range rels {
		r := qname{Schema: rv.Schemaname, Name: rv.Relname}
		missing := false
		switch r.Schema {
		case "":
			missing = !ctes[r.Name] && !strings.HasPrefix(r.Name, "pg_") && !extIn(append(st.path(), "pg_catalog")...)
		case "pg_catalog":
			missing = !strings.HasPrefix(r.Name, "pg_") && !extIn("pg_catalog")
		default:
			missing = st.schemas[r.Schema] != nil && st.rels[r] == 0 && !extIn(r.Schema)
		}
		if missing {
			return fmt.Errorf("%s %s: relation %s does not exist; create it before the %s, or correct the name", word, q, displayName(rv.Schemaname, rv.Relname), word)
		}
	}
	return nil
}

// checkCycleTypes checks, after CREATE OR REPLACE VIEW made vi's view
// select from itself or from views that select from it (ViewCycles), that
// the canonicaliser inferred the type of every column of every view (not
// materialized) of that cycle: the model holds them (viewList stores
// them), to create a first version of each view. PostgreSQL keeps the
// types of the versions replaced, which is what the inferred types are.
// The error is at the statement that last created or replaced the view
// whose type is unknown.
func (p *parser) checkCycleTypes(vi *viewInfo) error {
	q := vi.v.QName()
	refs := QueryReferences(vi.v.Query).Relations
	if !slices.ContainsFunc(refs, func(r qname) bool { return p.st.views[r] != nil }) {
		return nil
	}
	var views []*schema.View
	for _, x := range p.st.views {
		views = append(views, x.v)
	}
	cycle := ViewCycles(views)[q]
	for _, m := range cycle {
		x := p.st.views[m]
		if x.v.Materialized {
			continue // created from its query, over the others
		}
		var unknown []string
		for i, c := range x.v.Columns {
			if x.types[i] == "" {
				unknown = append(unknown, schema.QuoteIdent(c.Name))
			}
		}
		if len(unknown) == 0 {
			continue
		}
		what := fmt.Sprintf("view %s selects from itself, so the model must hold its column types, "+
			"and the type of column %s cannot be inferred offline from the query of the version it replaces", q, strings.Join(unknown, ", "))
		if len(cycle) > 1 {
			what = fmt.Sprintf("views %s select from each other, so the model must hold their column types, "+
				"and the type of column %s of view %s cannot be inferred offline from its query", qnameList(cycle), strings.Join(unknown, ", "), m)
		}
		return &Error{Pos: x.pos, Msg: what + "; read this source with --dev-url URL (a PostgreSQL server where Strata loads " +
			"the files into a temporary database, reads the types from it and drops it)"}
	}
	return nil
}

func qnameList(qs []qname) string {
	parts := make([]string, len(qs))
	for i, q := range qs {
		parts[i] = q.String()
	}
	return strings.Join(parts, ", ")
}

// SelectsFromItself reports whether v is a view whose query names v itself:
// PostgreSQL allows it when CREATE OR REPLACE VIEW replaces a first version
// that did not. Such a view is in a cycle of ViewCycles.
func SelectsFromItself(v *schema.View) bool {
	return !v.Materialized && slices.Contains(QueryReferences(v.Query).Relations, v.QName())
}

// ViewCycles returns the views of views that are in a cycle of views: a
// view whose query selects from itself, or views (materialized views
// too) that select from each other (v from w and w from v, or longer
// cycles), which only CREATE OR REPLACE VIEW makes possible. Each such
// view maps to the views of its cycle (its strongly connected component
// of "selects from"), sorted by name, itself included. The views of a
// cycle that are not materialized hold their column types in the model
// (schema.ViewColumn.Type): PostgreSQL can only create them over first
// versions with the same column names and types, and their queries cannot
// tell them. A materialized view of a cycle is created from its query
// over those first versions.
func ViewCycles(views []*schema.View) map[schema.QName][]schema.QName {
	byName := map[schema.QName]*schema.View{}
	for _, v := range views {
		byName[v.QName()] = v
	}
	edges := map[schema.QName][]schema.QName{}
	var names []schema.QName
	for q, v := range byName {
		names = append(names, q)
		for _, r := range QueryReferences(v.Query).Relations {
			if byName[r] != nil && !slices.Contains(edges[q], r) {
				edges[q] = append(edges[q], r)
			}
		}
		slices.SortFunc(edges[q], compareQNames)
	}
	slices.SortFunc(names, compareQNames)
	// Tarjan's strongly connected components.
	index, low := map[schema.QName]int{}, map[schema.QName]int{}
	onStack := map[schema.QName]bool{}
	var stack []schema.QName
	out := map[schema.QName][]schema.QName{}
	var connect func(q schema.QName)
	connect = func(q schema.QName) {
		index[q], low[q] = len(index)+1, len(index)+1
		stack = append(stack, q)
		onStack[q] = true
		for _, r := range edges[q] {
			if index[r] == 0 {
				connect(r)
				low[q] = min(low[q], low[r])
			} else if onStack[r] {
				low[q] = min(low[q], index[r])
			}
		}
		if low[q] != index[q] {
			return
		}
		var comp []schema.QName
		for {
			r := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			onStack[r] = false
			comp = append(comp, r)
			if r == q {
				break
			}
		}
		if len(comp) == 1 && !slices.Contains(edges[q], q) {
			return
		}
		slices.SortFunc(comp, compareQNames)
		for _, r := range comp {
			out[r] = comp
		}
	}
	for _, q := range names {
		if index[q] == 0 {
			connect(q)
		}
	}
	return out
}

// createMatview applies CREATE MATERIALIZED VIEW; CREATE TABLE AS is not
// modeled (its columns come from running the query).
func (p *parser) createTableAs(s *pg_query.CreateTableAsStmt, start int) error {
	if s.Objtype != pg_query.ObjectType_OBJECT_MATVIEW {
		return p.needsDatabase(start, "CREATE TABLE AS", s.GetInto().GetRel())
	}
	into := s.Into
	rv := into.Rel
	q, err := p.st.createName(rv.Schemaname, rv.Relname)
	if err != nil {
		return err
	}
	if p.st.rels[q] != 0 {
		if s.IfNotExists {
			return nil
		}
		return fmt.Errorf("relation %s already exists", q)
	}
	aliases := strList(into.ColNames)
	text, outs, err := p.viewQuery(s.Query, aliases, start, q.String())
	if err != nil {
		return fmt.Errorf("materialized view %s: %w", q, err)
	}
	if err := p.checkQueryRelations(text, q, "materialized view"); err != nil {
		return err
	}
	if len(aliases) > len(outs) {
		return fmt.Errorf("too many column names were specified for materialized view %s", q)
	}
	v := &schema.View{Schema: q.Schema, Name: q.Name, Materialized: true, Query: text,
		Options: relOptions(into.Options), WithNoData: into.SkipData}
	types := make([]string, len(outs))
	t := &schema.Table{Schema: q.Schema, Name: q.Name}
	for i, o := range outs {
		v.Columns = append(v.Columns, &schema.ViewColumn{Name: o.name})
		types[i] = o.typ
		t.Columns = append(t.Columns, &schema.Column{Name: o.name, Type: o.typ})
	}
	if err := p.st.addRel(q, relOther); err != nil {
		return err
	}
	p.st.views[q] = &viewInfo{v: v, types: types, tb: &table{t: t, checks: map[string]*conInfo{}}}
	return nil
}

// matviewTable returns the index-carrying table of materialized view
// schemaName.name, or nil.
func (p *parser) matviewTable(schemaName, name string) *table {
	q, ok := p.st.lookupRel(schemaName, name)
	if !ok {
		return nil
	}
	if vi := p.st.views[q]; vi != nil {
		return vi.tb
	}
	return nil
}

// lookupView finds a view (materialized when mat) by name.
func (p *parser) lookupView(schemaName, name string, mat bool) (*viewInfo, error) {
	q, ok := p.st.lookupRel(schemaName, name)
	if !ok {
		return nil, fmt.Errorf("relation %s does not exist", displayName(schemaName, name))
	}
	vi := p.st.views[q]
	if vi == nil || vi.v.Materialized != mat {
		if mat {
			return nil, fmt.Errorf("%s is not a materialized view", q)
		}
		return nil, fmt.Errorf("%s is not a view", q)
	}
	return vi, nil
}

// dropView applies DROP VIEW / DROP MATERIALIZED VIEW for one name.
func (p *parser) dropView(o *pg_query.Node, missingOK, mat bool) error {
	sch, name := listName(o)
	if _, ok := p.st.lookupRel(sch, name); !ok && missingOK {
		return nil
	}
	vi, err := p.lookupView(sch, name, mat)
	if err != nil {
		return err
	}
	p.removeView(vi)
	return nil
}

func (p *parser) removeView(vi *viewInfo) {
	q := vi.v.QName()
	delete(p.st.views, q) // before its dependents, which may name it
	p.dropDependents(q)
	if vi.tb != nil {
		for _, ix := range vi.tb.idx {
			delete(p.st.rels, ix.q)
			delete(p.st.indexes, ix.q)
		}
	}
	p.st.rules = slices.DeleteFunc(p.st.rules, func(r *schema.Rule) bool { return r.TableName() == q })
	delete(p.st.views, q)
	delete(p.st.rels, q)
}

// renameView renames (or moves) a view to nq; the queries of the views
// over it follow, as they name the relation by OID.
func (p *parser) moveView(vi *viewInfo, nq qname) error {
	q := vi.v.QName()
	if p.st.rels[nq] != 0 {
		return fmt.Errorf("relation %s already exists", nq)
	}
	delete(p.st.views, q)
	delete(p.st.rels, q)
	vi.v.Schema, vi.v.Name = nq.Schema, nq.Name
	if vi.tb != nil {
		vi.tb.t.Schema, vi.tb.t.Name = nq.Schema, nq.Name
		if nq.Schema != q.Schema {
			for _, ix := range vi.tb.idx {
				delete(p.st.rels, ix.q)
				delete(p.st.indexes, ix.q)
				ix.q.Schema = nq.Schema
				p.st.rels[ix.q] = relIndex
				p.st.indexes[ix.q] = ix
			}
		}
	}
	p.st.views[nq] = vi
	p.st.rels[nq] = relOther
	for _, r := range p.st.rules {
		if r.TableName() == q {
			r.Schema, r.Table = nq.Schema, nq.Name
		}
	}
	p.relationMoved(q, nq)
	return nil
}

// relationMoved rewrites the queries of views (and rule definitions) that
// name relation q: PostgreSQL stores them by OID, so they print the new
// name nq.
func (p *parser) relationMoved(q, nq qname) {
	for _, vi := range p.st.views {
		if s, ok := renameInQuery(vi.v.Query, q, nq); ok {
			vi.v.Query = s
		}
	}
	for _, r := range p.st.rules {
		if s, ok := renameInQuery(r.Definition, q, nq); ok {
			r.Definition = s
		}
		if r.TableName() == q {
			r.Schema, r.Table = nq.Schema, nq.Name
		}
	}
}

// renameInQuery replaces relation q by nq in a canonical statement. Where
// the relation had no alias, its columns were qualified by its name: they
// take the new one, as ruleutils names them by the relation.
func renameInQuery(query string, q, nq qname) (string, bool) {
	tree, err := pg_query.Parse(query)
	if err != nil || len(tree.Stmts) != 1 {
		return "", false
	}
	changed, refsToo := false, false
	var visit func(m *pg_query.Node)
	visit = func(n *pg_query.Node) {
		if n == nil {
			return
		}
		if rv := n.GetRangeVar(); rv != nil {
			if rv.Schemaname == q.Schema && rv.Relname == q.Name {
				if rv.Alias == nil {
					refsToo = true
				}
				rv.Schemaname, rv.Relname = nq.Schema, nq.Name
				if rv.Alias != nil && rv.Alias.Aliasname == nq.Name && len(rv.Alias.Colnames) == 0 {
					rv.Alias = nil
				}
				changed = true
			}
		}
		walkNodes(n, visit)
	}
	visit(tree.Stmts[0].Stmt)
	if !changed {
		return "", false
	}
	if refsToo && q.Name != nq.Name {
		var refs func(*pg_query.Node)
		refs = func(n *pg_query.Node) {
			if n == nil {
				return
			}
			if cr := n.GetColumnRef(); cr != nil && len(cr.Fields) == 2 && fieldName(cr.Fields[0]) == q.Name {
				cr.Fields[0] = pg_query.MakeStrNode(nq.Name)
				return
			}
			walkNodes(n, refs)
		}
		refs(tree.Stmts[0].Stmt)
	}
	s, err := pg_query.Deparse(tree)
	if err != nil {
		return "", false
	}
	return s, true
}

// alterView applies ALTER VIEW / ALTER MATERIALIZED VIEW subcommands
// (also ALTER TABLE on a view, which PostgreSQL accepts): SET/RESET
// (options), ALTER COLUMN SET/DROP DEFAULT.
func (p *parser) alterView(vi *viewInfo, s *pg_query.AlterTableStmt, start int) error {
	for _, c := range s.Cmds {
		cmd := c.GetAlterTableCmd()
		if cmd == nil {
			continue
		}
		switch cmd.Subtype {
		case pg_query.AlterTableType_AT_SetRelOptions:
			for _, o := range relOptions(cmd.Def.GetList().GetItems()) {
				name, val, _ := strings.Cut(o, "=")
				if name == "check_option" && !vi.v.Materialized {
					vi.v.CheckOption = strings.ToLower(val)
					continue
				}
				vi.v.Options = slices.DeleteFunc(vi.v.Options, func(x string) bool { return strings.HasPrefix(x, name+"=") })
				vi.v.Options = append(vi.v.Options, o)
			}
		case pg_query.AlterTableType_AT_ResetRelOptions:
			for _, n := range cmd.Def.GetList().GetItems() {
				d := n.GetDefElem()
				if d == nil {
					continue
				}
				if d.Defname == "check_option" {
					vi.v.CheckOption = ""
					continue
				}
				vi.v.Options = slices.DeleteFunc(vi.v.Options, func(x string) bool { return strings.HasPrefix(x, d.Defname+"=") })
			}
		case pg_query.AlterTableType_AT_ColumnDefault:
			var col *schema.ViewColumn
			for i, c := range vi.v.Columns {
				if c.Name == cmd.Name {
					col = vi.v.Columns[i]
				}
			}
			if col == nil {
				return fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(cmd.Name), vi.v.QName())
			}
			if cmd.Def == nil {
				col.Default = ""
				continue
			}
			typ := ""
			for i, c := range vi.v.Columns {
				if c == col {
					typ = vi.types[i]
				}
			}
			t := &schema.Table{Schema: vi.v.Schema, Name: vi.v.Name}
			d, err := newConv(t, p.st).expr(cmd.Def, typ)
			if err != nil {
				return err
			}
			col.Default = d
		case pg_query.AlterTableType_AT_ChangeOwner, pg_query.AlterTableType_AT_ClusterOn, pg_query.AlterTableType_AT_DropCluster:
			p.skip(start, "ALTER "+objectTypeWord(s.Objtype)+" OWNER TO")
		case pg_query.AlterTableType_AT_EnableRule, pg_query.AlterTableType_AT_DisableRule,
			pg_query.AlterTableType_AT_EnableAlwaysRule, pg_query.AlterTableType_AT_EnableReplicaRule:
			if err := p.setRuleState(vi.v.QName(), cmd); err != nil {
				return err
			}
		default:
			return p.unsupported(start, "ALTER "+objectTypeWord(s.Objtype), vi.v.QName().String(), "this subcommand on a view is not modeled")
		}
	}
	return nil
}

// commentOnView applies COMMENT ON VIEW / MATERIALIZED VIEW.
func (p *parser) commentOnView(s *pg_query.CommentStmt) error {
	sch, name := listName(s.Object)
	vi, err := p.lookupView(sch, name, s.Objtype == pg_query.ObjectType_OBJECT_MATVIEW)
	if err != nil {
		return err
	}
	vi.v.Comment = s.Comment
	return nil
}

// commentOnViewColumn applies COMMENT ON COLUMN of a view's column; ok is
// false when q is not a view.
func (p *parser) commentOnViewColumn(q qname, col, text string) (bool, error) {
	vi := p.st.views[q]
	if vi == nil {
		return false, nil
	}
	for _, c := range vi.v.Columns {
		if c.Name == col {
			c.Comment = text
			return true, nil
		}
	}
	return true, fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(col), q)
}

// views returns the views for the model, with the indexes of
// materialized views.
func (st *state) viewList() []*schema.View {
	var out []*schema.View
	for _, vi := range st.views {
		if vi.tb != nil {
			vi.v.Indexes = slices.Clone(vi.tb.t.Indexes)
		}
		out = append(out, vi.v)
	}
	// The views in a cycle hold their column types (checkCycleTypes
	// made sure they are known); no other view does.
	cycles := ViewCycles(out)
	for _, vi := range st.views {
		_, held := cycles[vi.v.QName()]
		held = held && !vi.v.Materialized
		for i, c := range vi.v.Columns {
			c.Type = ""
			if held {
				c.Type = vi.types[i]
			}
		}
	}
	return out
}

// anyNode reports whether match holds for n or a node below it (in
// parse-tree order; the walk stops at the first match).
func anyNode(n *pg_query.Node, match func(*pg_query.Node) bool) bool {
	found := false
	var visit func(*pg_query.Node)
	visit = func(n *pg_query.Node) {
		if n == nil || found {
			return
		}
		if match(n) {
			found = true
			return
		}
		walkNodes(n, visit)
	}
	visit(n)
	return found
}

// walkNodes calls visit on every Node directly below n (not recursively:
// visit recurses by calling walkNodes again).
func walkNodes(n *pg_query.Node, visit func(*pg_query.Node)) {
	walkMessage(n.ProtoReflect(), visit)
}

func walkMessage(m protoreflect.Message, visit func(*pg_query.Node)) {
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if fd.Kind() != protoreflect.MessageKind || fd.IsMap() {
			return true
		}
		one := func(m protoreflect.Message) {
			if nd, ok := m.Interface().(*pg_query.Node); ok {
				visit(nd)
				return
			}
			walkMessage(m, visit)
		}
		if fd.IsList() {
			l := v.List()
			for i := 0; i < l.Len(); i++ {
				one(l.Get(i).Message())
			}
		} else {
			one(v.Message())
		}
		return true
	})
}

// viewAlter handles ALTER VIEW / MATERIALIZED VIEW (and ALTER TABLE) on a
// view; ok is false when s is not about a view.
func (p *parser) viewAlter(s *pg_query.AlterTableStmt, start int) (bool, error) {
	rv := s.Relation
	if rv == nil {
		return false, nil
	}
	q, found := p.st.lookupRel(rv.Schemaname, rv.Relname)
	vi := p.st.views[q]
	if !found || vi == nil {
		if !found && s.MissingOk && (s.Objtype == pg_query.ObjectType_OBJECT_VIEW || s.Objtype == pg_query.ObjectType_OBJECT_MATVIEW) {
			return true, nil
		}
		return false, nil
	}
	return true, p.alterView(vi, s, start)
}

// viewRename handles ALTER VIEW/MATERIALIZED VIEW/TABLE ... RENAME [COLUMN]
// of a view; ok is false when s is not about a view.
func (p *parser) viewRename(s *pg_query.RenameStmt) (bool, error) {
	rv := s.Relation
	if rv == nil {
		return false, nil
	}
	switch s.RenameType {
	case pg_query.ObjectType_OBJECT_TABLE, pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW, pg_query.ObjectType_OBJECT_COLUMN:
	default:
		return false, nil
	}
	q, found := p.st.lookupRel(rv.Schemaname, rv.Relname)
	vi := p.st.views[q]
	if !found || vi == nil {
		return false, nil
	}
	if s.RenameType != pg_query.ObjectType_OBJECT_COLUMN {
		return true, p.moveView(vi, qname{Schema: q.Schema, Name: s.Newname})
	}
	return true, p.renameViewColumn(vi, s.Subname, s.Newname)
}

// renameViewColumn renames an output column of a view: the query's
// targets take the new name.
func (p *parser) renameViewColumn(vi *viewInfo, old, name string) error {
	idx := -1
	for i, c := range vi.v.Columns {
		if c.Name == name {
			return fmt.Errorf("column %s of relation %s already exists", schema.QuoteIdent(name), vi.v.QName())
		}
		if c.Name == old {
			idx = i
		}
	}
	if idx < 0 {
		return fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(old), vi.v.QName())
	}
	vi.v.Columns[idx].Name = name
	if vi.tb != nil {
		vi.tb.t.Columns[idx].Name = name
	}
	tree, err := pg_query.Parse(vi.v.Query)
	if err != nil || len(tree.Stmts) != 1 {
		return fmt.Errorf("view %s: re-reading its query: %v", vi.v.QName(), err)
	}
	if sel := tree.Stmts[0].Stmt.GetSelectStmt(); sel != nil {
		renameTarget(sel, idx, name)
	}
	s, err := pg_query.Deparse(tree)
	if err != nil {
		return err
	}
	vi.v.Query = s
	return nil
}

func renameTarget(s *pg_query.SelectStmt, idx int, name string) {
	if s.Op != pg_query.SetOperation_SETOP_NONE {
		renameTarget(s.Larg, idx, name)
		renameTarget(s.Rarg, idx, name)
		return
	}
	if idx < len(s.TargetList) {
		if rt := s.TargetList[idx].GetResTarget(); rt != nil {
			rt.Name = name
		}
	}
}

// viewSetSchema handles ALTER VIEW/MATERIALIZED VIEW/TABLE ... SET SCHEMA
// of a view; ok is false when s is not about a view.
func (p *parser) viewSetSchema(s *pg_query.AlterObjectSchemaStmt) (bool, error) {
	rv := s.Relation
	if rv == nil {
		return false, nil
	}
	q, found := p.st.lookupRel(rv.Schemaname, rv.Relname)
	vi := p.st.views[q]
	if !found || vi == nil {
		return false, nil
	}
	if p.st.schemas[s.Newschema] == nil {
		return true, fmt.Errorf("schema %s does not exist", schema.QuoteIdent(s.Newschema))
	}
	nq := qname{Schema: s.Newschema, Name: q.Name}
	if nq == q {
		return true, nil
	}
	return true, p.moveView(vi, nq)
}

// viewComment handles COMMENT ON VIEW / MATERIALIZED VIEW / RULE and on a
// view's column; ok is false when s is not about a view or rule.
func (p *parser) viewComment(s *pg_query.CommentStmt) (bool, error) {
	switch s.Objtype {
	case pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW:
		return true, p.commentOnView(s)
	case pg_query.ObjectType_OBJECT_RULE:
		return true, p.commentOnRule(s)
	case pg_query.ObjectType_OBJECT_COLUMN:
		items := s.Object.GetList().GetItems()
		if len(items) < 2 {
			return false, nil
		}
		sch, name := splitName(items[:len(items)-1])
		q, ok := p.st.lookupRel(sch, name)
		if !ok {
			return false, nil
		}
		return p.commentOnViewColumn(q, strVal(items[len(items)-1]), s.Comment)
	}
	return false, nil
}

// ViewQueryFromDef converts pg_get_viewdef output of a view whose columns
// are named columns into its canonical query; cat gives the relations and
// functions of the database.
func ViewQueryFromDef(def string, columns []string, cat *Catalog) (string, error) {
	n, err := parseOne(strings.TrimSpace(def))
	if err != nil {
		return "", err
	}
	q := &queryCanon{cat: cat}
	text, _, err := q.canonicalQuery(n, columns)
	if err != nil {
		return "", fmt.Errorf("view query %q: %w", def, err)
	}
	return text, nil
}

// ViewColumnTypes returns the types of the columns of view v of db as the
// canonicaliser infers them from its query, "" where it cannot tell. The
// planner uses them to decide whether CREATE OR REPLACE VIEW may replace
// an old version of a view.
func ViewColumnTypes(db *schema.Database, v *schema.View) []string {
	vt := &viewTyper{tables: map[qname]*schema.Table{}, views: map[qname]*schema.View{}, memo: map[qname][]string{}}
	for _, t := range db.Tables {
		vt.tables[t.QName()] = t
	}
	for _, x := range db.Views {
		vt.views[x.QName()] = x
	}
	vt.foreign = map[qname]*schema.ForeignTable{}
	for _, ft := range db.ForeignTables {
		vt.foreign[ft.QName()] = ft
	}
	vt.cat = &Catalog{Relation: vt.relation, Functions: db.Functions, Domains: db.Domains, CompositeTypes: db.CompositeTypes}
	return vt.types(v)
}

type viewTyper struct {
	tables  map[qname]*schema.Table
	views   map[qname]*schema.View
	memo    map[qname][]string
	cat     *Catalog
	foreign map[qname]*schema.ForeignTable
}

func (vt *viewTyper) relation(q schema.QName) ([]string, []string, bool) {
	if t := vt.tables[q]; t != nil {
		return TableColumns(t, vt.tables)
	}
	if v := vt.views[q]; v != nil {
		return v.ColumnNames(), vt.types(v), true
	}
	if ft := vt.foreign[q]; ft != nil {
		return foreignColumns(ft)
	}
	return nil, nil, false
}

func (vt *viewTyper) types(v *schema.View) []string {
	q := v.QName()
	if ts, ok := vt.memo[q]; ok {
		return ts
	}
	out := make([]string, len(v.Columns))
	if len(v.Columns) > 0 && v.Columns[0].Type != "" {
		// A view that selects from itself holds its types.
		for i, c := range v.Columns {
			out[i] = c.Type
		}
		vt.memo[q] = out
		return out
	}
	vt.memo[q] = make([]string, len(v.Columns)) // a cycle reads unknown types
	if n, err := parseOne(v.Query); err == nil {
		qc := &queryCanon{cat: vt.cat}
		if _, outs, err := qc.canonicalQuery(n, v.ColumnNames()); err == nil {
			for i := range out {
				if i < len(outs) {
					out[i] = outs[i].typ
				}
			}
		}
	}
	vt.memo[q] = out
	return out
}

// TableColumns returns the names and types of every column of table t,
// inherited ones first (the model leaves a column a partition or child
// only inherits out of its Columns); tables holds the parents.
func TableColumns(t *schema.Table, tables map[schema.QName]*schema.Table) ([]string, []string, bool) {
	var names, types []string
	seen := map[string]bool{}
	var parents []schema.QName
	if t.PartitionOf != nil {
		parents = append(parents, *t.PartitionOf)
	}
	parents = append(parents, t.Inherits...)
	for _, pq := range parents {
		if p := tables[pq]; p != nil {
			pn, pt, _ := TableColumns(p, tables)
			for i, n := range pn {
				if !seen[n] {
					seen[n] = true
					names, types = append(names, n), append(types, pt[i])
				}
			}
		}
	}
	for _, c := range t.Columns {
		if !seen[c.Name] {
			seen[c.Name] = true
			names, types = append(names, c.Name), append(types, c.Type)
		}
	}
	return names, types, true
}

// columnRenamed rewrites the queries of views and rules that use column
// old of relation q, which is now called name: PostgreSQL stores columns
// by number, so they print the new name (output columns keep theirs).
func (p *parser) columnRenamed(q qname, old, name string) {
	for _, vi := range p.st.views {
		if s, ok := renameColumnInQuery(vi.v.Query, q, old, name); ok {
			vi.v.Query = s
		}
	}
	for _, r := range p.st.rules {
		if s, ok := renameColumnInQuery(r.Definition, q, old, name); ok {
			r.Definition = s
		}
	}
}

// renameColumnInQuery renames column old of relation q in a canonical
// statement: every reference through a range-table entry of q.
func renameColumnInQuery(query string, q qname, old, name string) (string, bool) {
	tree, err := pg_query.Parse(query)
	if err != nil || len(tree.Stmts) != 1 {
		return "", false
	}
	entries := map[string]bool{}
	var find func(*pg_query.Node)
	find = func(n *pg_query.Node) {
		if n == nil {
			return
		}
		if rv := n.GetRangeVar(); rv != nil && rv.Schemaname == q.Schema && rv.Relname == q.Name {
			if rv.Alias != nil && rv.Alias.Aliasname != "" {
				entries[rv.Alias.Aliasname] = true
			} else {
				entries[rv.Relname] = true
			}
		}
		if rs := n.GetRuleStmt(); rs != nil && rs.Relation.Schemaname == q.Schema && rs.Relation.Relname == q.Name {
			entries["new"], entries["old"] = true, true
		}
		walkNodes(n, find)
	}
	find(tree.Stmts[0].Stmt)
	if len(entries) == 0 {
		return "", false
	}
	changed := false
	var fix func(*pg_query.Node)
	fix = func(n *pg_query.Node) {
		if n == nil {
			return
		}
		if cr := n.GetColumnRef(); cr != nil {
			if len(cr.Fields) == 2 && entries[fieldName(cr.Fields[0])] && fieldName(cr.Fields[1]) == old {
				cr.Fields[1] = pg_query.MakeStrNode(name)
				changed = true
			}
			return
		}
		walkNodes(n, fix)
	}
	fix(tree.Stmts[0].Stmt)
	if !changed {
		return "", false
	}
	s, err := pg_query.Deparse(tree)
	if err != nil {
		return "", false
	}
	return s, true
}

// refreshMatview applies REFRESH MATERIALIZED VIEW: the data is not
// schema, but whether the view is populated (WITH [NO] DATA) is.
func (p *parser) refreshMatview(s *pg_query.RefreshMatViewStmt) error {
	vi, err := p.lookupView(s.Relation.Schemaname, s.Relation.Relname, true)
	if err != nil {
		return err
	}
	vi.v.WithNoData = s.SkipData
	return nil
}

// dropDependents forgets the views and rules that use relation q, which is
// dropped (DROP ... CASCADE; without CASCADE PostgreSQL refuses, and the
// parser does not check), and theirs in turn.
func (p *parser) dropDependents(q qname) {
	for _, vi := range p.st.views {
		if slices.Contains(QueryReferences(vi.v.Query).Relations, q) {
			p.removeView(vi)
		}
	}
	p.st.rules = slices.DeleteFunc(p.st.rules, func(r *schema.Rule) bool {
		return r.TableName() == q || slices.Contains(QueryReferences(r.Definition).Relations, q)
	})
}
