package ddl

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
	"google.golang.org/protobuf/proto"

	"github.com/stratadb/strata/schema"
)

// trigState holds the parser's triggers, event triggers and policies.
type trigState struct {
	triggers map[objKey]*schema.Trigger
	policies map[objKey]*schema.Policy
	events   map[string]*schema.EventTrigger
}

// objKey identifies a trigger or policy: its table and its name.
type objKey struct {
	table qname
	name  string
}

// tps returns the trigger and policy state, created on first use.
func (st *state) tps() *trigState {
	if st.trig == nil {
		st.trig = &trigState{
			triggers: map[objKey]*schema.Trigger{},
			policies: map[objKey]*schema.Policy{},
			events:   map[string]*schema.EventTrigger{},
		}
	}
	return st.trig
}

// addTriggersAndPolicies puts the triggers, event triggers and policies
// into db.
func (st *state) addTriggersAndPolicies(db *schema.Database) {
	if st.trig == nil {
		return
	}
	for _, t := range st.trig.triggers {
		db.Triggers = append(db.Triggers, t)
	}
	for _, t := range st.trig.events {
		db.EventTriggers = append(db.EventTriggers, t)
	}
	for _, p := range st.trig.policies {
		db.Policies = append(db.Policies, p)
	}
}

// forgetRelationObjects drops the triggers and policies of relation q,
// which is being dropped.
func (st *state) forgetRelationObjects(q qname) {
	if st.trig == nil {
		return
	}
	for k := range st.trig.triggers {
		if k.table == q {
			delete(st.trig.triggers, k)
		}
	}
	for k := range st.trig.policies {
		if k.table == q {
			delete(st.trig.policies, k)
		}
	}
}

// renameRelationObjects moves the triggers and policies of relation from
// to its new name to.
func (st *state) renameRelationObjects(from, to qname) {
	if st.trig == nil {
		return
	}
	for k, t := range st.trig.triggers {
		if k.table == from {
			delete(st.trig.triggers, k)
			t.Schema, t.Table = to.Schema, to.Name
			st.trig.triggers[objKey{to, k.name}] = t
		}
	}
	for k, p := range st.trig.policies {
		if k.table == from {
			delete(st.trig.policies, k)
			p.Schema, p.Table = to.Schema, to.Name
			st.trig.policies[objKey{to, k.name}] = p
		}
	}
}

// Trigger type bits of CreateTrigStmt.Timing and Events (pg_trigger.tgtype).
const (
	tgBefore   = 1 << 1
	tgInsert   = 1 << 2
	tgDelete   = 1 << 3
	tgUpdate   = 1 << 4
	tgTruncate = 1 << 5
	tgInstead  = 1 << 6
)

// triggerRelation finds the table or other relation (a view, a foreign
// table) a trigger or policy is on. t is nil for a relation that is not a
// modeled table.
func (p *parser) triggerRelation(rv *pg_query.RangeVar) (qname, *schema.Table, error) {
	q, ok := p.st.lookupRel(rv.Schemaname, rv.Relname)
	if !ok {
		return qname{}, nil, fmt.Errorf("relation %s does not exist", rvName(rv))
	}
	if tb := p.st.tables[q]; tb != nil {
		return q, tb.t, nil
	}
	switch p.st.rels[q] {
	case relSequence, relIndex:
		return qname{}, nil, fmt.Errorf("relation %s is not a table or view", q)
	}
	return q, nil, nil
}

// createTrigger applies CREATE [OR REPLACE] [CONSTRAINT] TRIGGER.
func (p *parser) createTrigger(s *pg_query.CreateTrigStmt, start int) error {
	q, t, err := p.triggerRelation(s.Relation)
	if err != nil {
		return err
	}
	tr, err := triggerFromStmt(s, q, t, p.st, p.triggerFunctionSchema, func(rv *pg_query.RangeVar) (qname, error) {
		fq, ok := p.st.lookupRel(rv.Schemaname, rv.Relname)
		if !ok {
			return qname{}, fmt.Errorf("relation %s does not exist", rvName(rv))
		}
		return fq, nil
	})
	if err != nil {
		return &Error{Pos: p.pos(start), Msg: fmt.Sprintf("trigger %s on %s: %v", schema.QuoteIdent(s.Trigname), q, err)}
	}
	ts := p.st.tps()
	key := objKey{q, tr.Name}
	if old := ts.triggers[key]; old != nil {
		if !s.Replace {
			return fmt.Errorf("trigger %s for relation %s already exists", schema.QuoteIdent(tr.Name), q)
		}
		if old.Constraint || tr.Constraint {
			return fmt.Errorf("trigger %s for relation %s is a constraint trigger: it cannot be replaced", schema.QuoteIdent(tr.Name), q)
		}
		// the trigger keeps its OID, hence its comment; its enabled
		// state is set anew, to the default
		tr.Comment = old.Comment
	}
	if tr.Constraint {
		p.st.addCon(q.Schema, tr.Name)
	}
	ts.triggers[key] = tr
	return nil
}

// triggerFunctionSchema places an unqualified trigger function name: a
// pg_catalog function (tsvector_update_trigger, ...), else where
// search_path finds it, else the creation schema.
func (p *parser) triggerFunctionSchema(name string) string {
	if isCatalogFunction(name) {
		return "pg_catalog"
	}
	if s := p.st.functionSchema(name); s != "" {
		return s
	}
	return p.st.creationSchema()
}

// triggerFromStmt converts a CREATE TRIGGER statement on relation q (t is
// its table, nil when it is not a modeled table) into a Trigger. names
// resolves names in the WHEN clause (nil for PostgreSQL's printout);
// funcSchema places an unqualified function name and rel a FROM table.
func triggerFromStmt(s *pg_query.CreateTrigStmt, q qname, t *schema.Table, names resolver,
	funcSchema func(string) string, rel func(*pg_query.RangeVar) (qname, error)) (*schema.Trigger, error) {
	tr := &schema.Trigger{Schema: q.Schema, Table: q.Name, Name: s.Trigname, ForEachRow: s.Row,
		Constraint: s.Isconstraint, Deferrable: s.Deferrable, InitiallyDeferred: s.Initdeferred}
	switch {
	case s.Timing&tgInstead != 0:
		tr.Timing = schema.TriggerInsteadOf
	case s.Timing&tgBefore != 0:
		tr.Timing = schema.TriggerBefore
	default:
		tr.Timing = schema.TriggerAfter
	}
	for _, e := range []struct {
		bit  int32
		name string
	}{{tgInsert, schema.TriggerInsert}, {tgDelete, schema.TriggerDelete}, {tgUpdate, schema.TriggerUpdate}, {tgTruncate, schema.TriggerTruncate}} {
		if s.Events&e.bit != 0 {
			tr.Events = append(tr.Events, e.name)
		}
	}
	tr.UpdateOf = strList(s.Columns)
	if t != nil {
		for _, c := range tr.UpdateOf {
			if t.Column(c) == nil {
				return nil, fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(c), q)
			}
		}
	}
	slices.Sort(tr.UpdateOf)
	sch, name := splitName(s.Funcname)
	if sch == "" {
		sch = funcSchema(name)
	}
	tr.Function = qname{Schema: sch, Name: name}
	tr.Args = strList(s.Args)
	if s.Constrrel != nil {
		fq, err := rel(s.Constrrel)
		if err != nil {
			return nil, err
		}
		tr.From = &fq
	}
	for _, n := range s.TransitionRels {
		tt := n.GetTriggerTransition()
		if tt == nil {
			continue
		}
		if tt.IsNew {
			tr.NewTable = tt.Name
		} else {
			tr.OldTable = tt.Name
		}
	}
	if s.WhenClause != nil {
		var cols []*schema.Column
		if t != nil {
			cols = t.Columns
		}
		w, err := triggerWhen(s.WhenClause, cols, names)
		if err != nil {
			return nil, fmt.Errorf("WHEN: %w", err)
		}
		tr.When = w
	}
	return tr, nil
}

// rowMark joins "old" or "new" and a column name into the one-part name a
// WHEN clause's column reference takes while it is canonicalized, so that
// the canonical form keeps which row it reads.
const rowMark = "\x1f"

// triggerWhen canonicalizes a WHEN condition over the columns of the old
// and new rows (old.col, new.col): the references become one-part names
// that carry the row and the column's type, the expression is
// canonicalized like a check constraint, and the names are split again.
func triggerWhen(n *pg_query.Node, cols []*schema.Column, names resolver) (string, error) {
	n = proto.Clone(n).(*pg_query.Node)
	types := map[string]string{}
	for _, c := range cols {
		types["old"+rowMark+c.Name] = c.Type
		types["new"+rowMark+c.Name] = c.Type
	}
	editTree(n, func(x *pg_query.Node) bool {
		cr := x.GetColumnRef()
		if cr == nil || len(cr.Fields) != 2 {
			return false
		}
		row, col := cr.Fields[0].GetString_(), cr.Fields[1].GetString_()
		if row == nil || col == nil || (row.Sval != "old" && row.Sval != "new") {
			return false
		}
		cr.Fields = []*pg_query.Node{pg_query.MakeStrNode(row.Sval + rowMark + col.Sval)}
		return true
	})
	ctx := &exprContext{columns: types, target: "boolean"}
	if names != nil {
		ctx.names = names
	}
	text, err := canonicalExpr(n, ctx)
	if err != nil {
		return "", err
	}
	back, err := parseExprText(text)
	if err != nil {
		return "", err
	}
	editTree(back, func(x *pg_query.Node) bool {
		cr := x.GetColumnRef()
		if cr == nil || len(cr.Fields) != 1 {
			return false
		}
		s := cr.Fields[0].GetString_()
		if s == nil {
			return false
		}
		row, col, ok := strings.Cut(s.Sval, rowMark)
		if !ok {
			return false
		}
		cr.Fields = []*pg_query.Node{pg_query.MakeStrNode(row), pg_query.MakeStrNode(col)}
		return true
	})
	return deparseExpr(back)
}

// TriggerFromDef converts pg_get_triggerdef output ("CREATE [CONSTRAINT]
// TRIGGER name ... ON schema.table ... EXECUTE FUNCTION f(...)") into a
// Trigger. t is the trigger's table, with its columns, or nil when the
// trigger is on a relation that is not a table of the model (a view).
// Enabled and Comment are not part of the printout and are left empty.
func TriggerFromDef(def string, t *schema.Table) (*schema.Trigger, error) {
	s, err := parseOne(def)
	if err != nil {
		return nil, err
	}
	ct := s.GetCreateTrigStmt()
	if ct == nil {
		return nil, fmt.Errorf("trigger definition %q is not a CREATE TRIGGER statement", def)
	}
	q := qname{Schema: ct.Relation.Schemaname, Name: ct.Relation.Relname}
	tr, err := triggerFromStmt(ct, q, t, nil, func(string) string { return "pg_catalog" },
		func(rv *pg_query.RangeVar) (qname, error) {
			if rv.Schemaname == "" {
				return qname{}, errors.New("unqualified FROM table " + rv.Relname)
			}
			return qname{Schema: rv.Schemaname, Name: rv.Relname}, nil
		})
	if err != nil {
		return nil, fmt.Errorf("trigger definition %q: %w", def, err)
	}
	return tr, nil
}

// findTrigger returns the trigger called name on relation rv.
func (p *parser) findTrigger(rv *pg_query.RangeVar, name string) (*schema.Trigger, qname, error) {
	q, ok := p.st.lookupRel(rv.Schemaname, rv.Relname)
	if !ok {
		return nil, qname{}, fmt.Errorf("relation %s does not exist", rvName(rv))
	}
	tr := p.st.tps().triggers[objKey{q, name}]
	if tr == nil {
		return nil, q, fmt.Errorf("trigger %s for table %s does not exist", schema.QuoteIdent(name), q)
	}
	return tr, q, nil
}

// triggerEnabled maps the ALTER TABLE subcommands that enable and disable
// triggers to Trigger.Enabled.
var triggerEnabled = map[pg_query.AlterTableType]string{
	pg_query.AlterTableType_AT_EnableTrig:        "",
	pg_query.AlterTableType_AT_EnableAlwaysTrig:  schema.TriggerAlways,
	pg_query.AlterTableType_AT_EnableReplicaTrig: schema.TriggerReplica,
	pg_query.AlterTableType_AT_DisableTrig:       schema.TriggerDisabled,
	pg_query.AlterTableType_AT_EnableTrigAll:     "",
	pg_query.AlterTableType_AT_DisableTrigAll:    schema.TriggerDisabled,
	pg_query.AlterTableType_AT_EnableTrigUser:    "",
	pg_query.AlterTableType_AT_DisableTrigUser:   schema.TriggerDisabled,
}

// alterTableTrigger applies ALTER TABLE ... ENABLE [REPLICA | ALWAYS] /
// DISABLE TRIGGER name | ALL | USER, and ENABLE / DISABLE / FORCE / NO
// FORCE ROW LEVEL SECURITY. It reports false for other subcommands.
func (p *parser) alterTableTrigger(t *schema.Table, c *pg_query.AlterTableCmd) (bool, error) {
	switch c.Subtype {
	case pg_query.AlterTableType_AT_EnableRowSecurity:
		t.RowSecurity = true
		return true, nil
	case pg_query.AlterTableType_AT_DisableRowSecurity:
		t.RowSecurity = false
		return true, nil
	case pg_query.AlterTableType_AT_ForceRowSecurity:
		t.ForceRowSecurity = true
		return true, nil
	case pg_query.AlterTableType_AT_NoForceRowSecurity:
		t.ForceRowSecurity = false
		return true, nil
	}
	state, ok := triggerEnabled[c.Subtype]
	if !ok {
		return false, nil
	}
	q := t.QName()
	ts := p.st.tps()
	switch c.Subtype {
	case pg_query.AlterTableType_AT_EnableTrigAll, pg_query.AlterTableType_AT_DisableTrigAll,
		pg_query.AlterTableType_AT_EnableTrigUser, pg_query.AlterTableType_AT_DisableTrigUser:
		for k, tr := range ts.triggers {
			if k.table == q {
				tr.Enabled = state
			}
		}
		return true, nil
	}
	tr := ts.triggers[objKey{q, c.Name}]
	if tr == nil {
		return true, fmt.Errorf("trigger %s for table %s does not exist", schema.QuoteIdent(c.Name), q)
	}
	tr.Enabled = state
	return true, nil
}

// eventTriggerEnabled maps ALTER EVENT TRIGGER's tgenabled letter to
// EventTrigger.Enabled.
var eventTriggerEnabled = map[string]string{
	"O": "", "D": schema.TriggerDisabled, "R": schema.TriggerReplica, "A": schema.TriggerAlways,
}

// createEventTrigger applies CREATE EVENT TRIGGER.
func (p *parser) createEventTrigger(s *pg_query.CreateEventTrigStmt) error {
	ts := p.st.tps()
	if ts.events[s.Trigname] != nil {
		return fmt.Errorf("event trigger %s already exists", schema.QuoteIdent(s.Trigname))
	}
	et, err := eventTriggerFromStmt(s, p.triggerFunctionSchema)
	if err != nil {
		return err
	}
	ts.events[et.Name] = et
	return nil
}

// eventTriggerFromStmt converts a CREATE EVENT TRIGGER statement.
func eventTriggerFromStmt(s *pg_query.CreateEventTrigStmt, funcSchema func(string) string) (*schema.EventTrigger, error) {
	et := &schema.EventTrigger{Name: s.Trigname, Event: s.Eventname}
	for _, n := range s.Whenclause {
		d := n.GetDefElem()
		if d == nil || d.Defname != "tag" {
			return nil, fmt.Errorf("event trigger %s: filter variable %q is not recognized", schema.QuoteIdent(s.Trigname), d.GetDefname())
		}
		for _, tag := range d.GetArg().GetList().GetItems() {
			et.Tags = append(et.Tags, strings.ToUpper(strVal(tag)))
		}
	}
	sch, name := splitName(s.Funcname)
	if sch == "" {
		sch = funcSchema(name)
	}
	et.Function = qname{Schema: sch, Name: name}
	return et, nil
}

// alterEventTrigger applies ALTER EVENT TRIGGER name ENABLE [REPLICA |
// ALWAYS] / DISABLE.
func (p *parser) alterEventTrigger(s *pg_query.AlterEventTrigStmt) error {
	et := p.st.tps().events[s.Trigname]
	if et == nil {
		return fmt.Errorf("event trigger %s does not exist", schema.QuoteIdent(s.Trigname))
	}
	state, ok := eventTriggerEnabled[s.Tgenabled]
	if !ok {
		return fmt.Errorf("event trigger %s: unknown enabled state %q", schema.QuoteIdent(s.Trigname), s.Tgenabled)
	}
	et.Enabled = state
	return nil
}

// dropTrigger applies DROP TRIGGER [IF EXISTS] name ON table.
func (p *parser) dropTrigger(o *pg_query.Node, missingOK bool) error {
	items := o.GetList().GetItems()
	if len(items) < 2 {
		return errors.New("DROP TRIGGER needs a trigger name and a table")
	}
	sch, rel := splitName(items[:len(items)-1])
	name := strVal(items[len(items)-1])
	q, ok := p.st.lookupRel(sch, rel)
	if !ok {
		if missingOK {
			return nil
		}
		return fmt.Errorf("relation %s does not exist", displayName(sch, rel))
	}
	ts := p.st.tps()
	tr := ts.triggers[objKey{q, name}]
	if tr == nil {
		if missingOK {
			return nil
		}
		return fmt.Errorf("trigger %s for table %s does not exist", schema.QuoteIdent(name), q)
	}
	if tr.Constraint {
		p.st.dropCon(q.Schema, name)
	}
	delete(ts.triggers, objKey{q, name})
	return nil
}

// dropEventTrigger applies DROP EVENT TRIGGER [IF EXISTS] name.
func (p *parser) dropEventTrigger(o *pg_query.Node, missingOK bool) error {
	name := strVal(o)
	ts := p.st.tps()
	if ts.events[name] == nil {
		if missingOK {
			return nil
		}
		return fmt.Errorf("event trigger %s does not exist", schema.QuoteIdent(name))
	}
	delete(ts.events, name)
	return nil
}

// commentOnTrigger applies COMMENT ON TRIGGER name ON table and COMMENT ON
// EVENT TRIGGER name.
func (p *parser) commentOnTrigger(s *pg_query.CommentStmt) error {
	if s.Objtype == pg_query.ObjectType_OBJECT_EVENT_TRIGGER {
		name := strVal(s.Object)
		et := p.st.tps().events[name]
		if et == nil {
			return fmt.Errorf("event trigger %s does not exist", schema.QuoteIdent(name))
		}
		et.Comment = s.Comment
		return nil
	}
	items := s.Object.GetList().GetItems()
	if len(items) < 2 {
		return errors.New("COMMENT ON TRIGGER needs a trigger name and a table")
	}
	sch, rel := splitName(items[:len(items)-1])
	name := strVal(items[len(items)-1])
	tr, _, err := p.findTrigger(&pg_query.RangeVar{Schemaname: sch, Relname: rel}, name)
	if err != nil {
		return err
	}
	tr.Comment = s.Comment
	return nil
}

// renameTrigger applies ALTER TRIGGER name ON table RENAME TO new.
func (p *parser) renameTrigger(s *pg_query.RenameStmt) error {
	tr, q, err := p.findTrigger(s.Relation, s.Subname)
	if err != nil {
		return err
	}
	ts := p.st.tps()
	if ts.triggers[objKey{q, s.Newname}] != nil {
		return fmt.Errorf("trigger %s for relation %s already exists", schema.QuoteIdent(s.Newname), q)
	}
	delete(ts.triggers, objKey{q, s.Subname})
	if tr.Constraint {
		p.st.dropCon(q.Schema, s.Subname)
		p.st.addCon(q.Schema, s.Newname)
	}
	tr.Name = s.Newname
	ts.triggers[objKey{q, s.Newname}] = tr
	return nil
}

// renameEventTrigger applies ALTER EVENT TRIGGER name RENAME TO new.
func (p *parser) renameEventTrigger(s *pg_query.RenameStmt) error {
	ts := p.st.tps()
	old := strVal(s.Object)
	et := ts.events[old]
	if et == nil {
		return fmt.Errorf("event trigger %s does not exist", schema.QuoteIdent(old))
	}
	if ts.events[s.Newname] != nil {
		return fmt.Errorf("event trigger %s already exists", schema.QuoteIdent(s.Newname))
	}
	delete(ts.events, old)
	et.Name = s.Newname
	ts.events[s.Newname] = et
	return nil
}

// TriggerWhenColumns returns the columns of the old and new rows that a
// canonical WHEN condition reads (old.col, new.col), sorted, without
// duplicates. A condition that does not parse reads none.
func TriggerWhenColumns(when string) []string {
	if strings.TrimSpace(when) == "" {
		return nil
	}
	n, err := parseExprText(when)
	if err != nil {
		return nil
	}
	var cols []string
	editTree(n, func(x *pg_query.Node) bool {
		cr := x.GetColumnRef()
		if cr == nil || len(cr.Fields) != 2 {
			return false
		}
		row, col := cr.Fields[0].GetString_(), cr.Fields[1].GetString_()
		if row != nil && col != nil && (row.Sval == "old" || row.Sval == "new") {
			cols = append(cols, col.Sval)
		}
		return false
	})
	slices.Sort(cols)
	return slices.Compact(cols)
}

// renameColumnObjects follows the rename of column old to name in the
// tables qs in the triggers (UPDATE OF, WHEN) and policies (USING, WITH
// CHECK) of those tables. A policy expression's references to the column
// are its bare name and the name qualified by the table's name.
func (st *state) renameColumnObjects(qs []qname, old, name string) error {
	if st.trig == nil {
		return nil
	}
	rename := func(text string, match func(first string) bool) (string, error) {
		if text == "" || !strings.Contains(text, old) {
			return text, nil
		}
		n, err := parseExprText(text)
		if err != nil {
			return "", err
		}
		changed := editTree(n, func(x *pg_query.Node) bool {
			cr := x.GetColumnRef()
			if cr == nil || len(cr.Fields) == 0 || len(cr.Fields) > 2 {
				return false
			}
			last := cr.Fields[len(cr.Fields)-1].GetString_()
			if last == nil || last.Sval != old {
				return false
			}
			first := ""
			if len(cr.Fields) == 2 {
				first = cr.Fields[0].GetString_().GetSval()
			}
			if !match(first) {
				return false
			}
			last.Sval = name
			return true
		})
		if !changed {
			return text, nil
		}
		return deparseExpr(n)
	}
	for _, q := range qs {
		for k, tr := range st.trig.triggers {
			if k.table != q {
				continue
			}
			for i, c := range tr.UpdateOf {
				if c == old {
					tr.UpdateOf[i] = name
				}
			}
			slices.Sort(tr.UpdateOf)
			w, err := rename(tr.When, func(first string) bool { return first == "old" || first == "new" })
			if err != nil {
				return err
			}
			tr.When = w
		}
		for k, pol := range st.trig.policies {
			if k.table != q {
				continue
			}
			match := func(first string) bool { return first == "" || first == q.Name }
			var err error
			if pol.Using, err = rename(pol.Using, match); err != nil {
				return err
			}
			if pol.WithCheck, err = rename(pol.WithCheck, match); err != nil {
				return err
			}
		}
	}
	return nil
}

// renameSchemaObjects follows ALTER SCHEMA old RENAME TO name in the
// triggers, event triggers and policies: their tables, functions, FROM
// tables and the qualified names in their expressions.
func (st *state) renameSchemaObjects(old, name string) error {
	if st.trig == nil {
		return nil
	}
	move := func(q qname) qname {
		if q.Schema == old {
			q.Schema = name
		}
		return q
	}
	edit := renameSchemaRef(old, name)
	expr := func(text string) (string, error) {
		if text == "" || !strings.Contains(text, old) {
			return text, nil
		}
		n, err := parseExprText(text)
		if err != nil {
			return "", err
		}
		if !editTree(n, edit) {
			return text, nil
		}
		return deparseExpr(n)
	}
	triggers := map[objKey]*schema.Trigger{}
	for k, tr := range st.trig.triggers {
		k.table = move(k.table)
		tr.Schema = k.table.Schema
		tr.Function = move(tr.Function)
		if tr.From != nil {
			f := move(*tr.From)
			tr.From = &f
		}
		var err error
		if tr.When, err = expr(tr.When); err != nil {
			return err
		}
		triggers[k] = tr
	}
	st.trig.triggers = triggers
	for _, et := range st.trig.events {
		et.Function = move(et.Function)
	}
	policies := map[objKey]*schema.Policy{}
	for k, pol := range st.trig.policies {
		k.table = move(k.table)
		pol.Schema = k.table.Schema
		var err error
		if pol.Using, err = expr(pol.Using); err != nil {
			return err
		}
		if pol.WithCheck, err = expr(pol.WithCheck); err != nil {
			return err
		}
		policies[k] = pol
	}
	st.trig.policies = policies
	return nil
}
