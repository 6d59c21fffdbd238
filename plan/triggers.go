package plan

import (
	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// rEventTrigger names an event trigger.
func rEventTrigger(name string) string { return "event trigger:" + schema.QuoteIdent(name) }

// triggerFunction returns the resources of a trigger function: the
// function without arguments (its signature) and its name.
func triggerFunction(f schema.QName) []string {
	if f.Schema == "pg_catalog" {
		return nil
	}
	return []string{rFunction(f.String() + "()"), rFunctionName(f)}
}

// triggerRequires returns what trigger t uses: its table (or view), its
// function, the columns of UPDATE OF and of its WHEN condition (and
// their types, which cannot change under it), what the condition calls
// and casts to, and the FROM table of a constraint trigger.
func (b *builder) triggerRequires(t *schema.Trigger) []string {
	q := t.TableName()
	rs := []string{rRel(q)}
	rs = append(rs, triggerFunction(t.Function)...)
	for _, c := range t.UpdateOf {
		rs = append(rs, rColumn(q, c), rColumnType(q, c))
	}
	if t.When != "" {
		for _, c := range ddl.TriggerWhenColumns(t.When) {
			rs = append(rs, rColumn(q, c), rColumnType(q, c))
		}
		rs = append(rs, b.refResources(ddl.ExprReferences(t.When), &q)...)
	}
	if t.From != nil {
		rs = append(rs, rRel(*t.From))
	}
	return rs
}

func (b *builder) addTrigger(c diff.Change, t *schema.Trigger) {
	q := t.TableName()
	obj := q.String() + "." + schema.QuoteIdent(t.Name)
	b.add(&node{sql: ddl.CreateTrigger(t), object: obj, kind: "create trigger", phase: phaseAfter, change: c,
		requires: b.triggerRequires(t), provides: []string{rTrigger(q, t.Name)}})
	if t.Enabled != "" {
		b.add(&node{sql: ddl.EnableTrigger(t), object: obj, kind: "enable trigger", phase: phaseAfter, change: c,
			requires: []string{rTrigger(q, t.Name)}})
	}
	if t.Comment != "" {
		b.comment(c, obj, "trigger", ddl.CommentOnTrigger(t, t.Comment), rTrigger(q, t.Name))
	}
}

// dropTrigger drops t, also when its table is dropped too: the explicit
// DROP TRIGGER orders the trigger's release of its function before the
// function's drop.
func (b *builder) dropTrigger(c diff.Change, t *schema.Trigger) {
	q := t.TableName()
	b.add(&node{sql: ddl.DropTrigger(t), object: q.String() + "." + schema.QuoteIdent(t.Name), kind: "drop trigger",
		phase: phaseDropForeignKey, change: c,
		removes: []string{rTrigger(q, t.Name)}, releases: append(b.triggerRequires(t), rTable(q))})
}

func (b *builder) alterTrigger(c diff.AlterTrigger) {
	if !c.InPlace() {
		b.dropTrigger(c, c.From)
		b.addTrigger(c, c.To)
		return
	}
	t := c.To
	q := t.TableName()
	obj := q.String() + "." + schema.QuoteIdent(t.Name)
	if c.Change&diff.TriggerEnabled != 0 {
		b.add(&node{sql: ddl.EnableTrigger(t), object: obj, kind: "enable trigger", phase: phaseAfter, change: c,
			requires: []string{rTrigger(q, t.Name)}})
	}
	if c.Change&diff.TriggerComment != 0 {
		b.comment(c, obj, "trigger", ddl.CommentOnTrigger(t, t.Comment), rTrigger(q, t.Name))
	}
}

func (b *builder) addEventTrigger(c diff.Change, t *schema.EventTrigger) {
	obj := schema.QuoteIdent(t.Name)
	b.add(&node{sql: ddl.CreateEventTrigger(t), object: obj, kind: "create event trigger", phase: phaseAfter, change: c,
		requires: triggerFunction(t.Function), provides: []string{rEventTrigger(t.Name)}})
	if t.Enabled != "" {
		b.add(&node{sql: ddl.EnableEventTrigger(t), object: obj, kind: "enable event trigger", phase: phaseAfter, change: c,
			requires: []string{rEventTrigger(t.Name)}})
	}
	if t.Comment != "" {
		b.comment(c, obj, "event trigger", ddl.CommentOnEventTrigger(t.Name, t.Comment), rEventTrigger(t.Name))
	}
}

func (b *builder) dropEventTrigger(c diff.Change, t *schema.EventTrigger) {
	b.add(&node{sql: "DROP EVENT TRIGGER " + schema.QuoteIdent(t.Name), object: schema.QuoteIdent(t.Name), kind: "drop event trigger",
		phase: phaseDropForeignKey, change: c, removes: []string{rEventTrigger(t.Name)}, releases: triggerFunction(t.Function)})
}

func (b *builder) alterEventTrigger(c diff.AlterEventTrigger) {
	if !c.InPlace() {
		b.dropEventTrigger(c, c.From)
		b.addEventTrigger(c, c.To)
		return
	}
	t := c.To
	obj := schema.QuoteIdent(t.Name)
	if c.Change&diff.TriggerEnabled != 0 {
		b.add(&node{sql: ddl.EnableEventTrigger(t), object: obj, kind: "enable event trigger", phase: phaseAfter, change: c,
			requires: []string{rEventTrigger(t.Name)}})
	}
	if c.Change&diff.TriggerComment != 0 {
		b.comment(c, obj, "event trigger", ddl.CommentOnEventTrigger(t.Name, t.Comment), rEventTrigger(t.Name))
	}
}

// dependentsTriggers lists the triggers and event triggers of db for the
// cascade: a trigger is dropped and created again around a change of its
// table or view (re-created), of its function (dropped and created
// again), or of the type of a column it names.
func dependentsTriggers(b *builder, db *schema.Database) []dependent {
	out := make([]dependent, 0, len(db.Triggers)+len(db.EventTriggers))
	for _, t := range db.Triggers {
		id := rTrigger(t.TableName(), t.Name)
		out = append(out, dependent{id: id, provides: []string{id}, requires: b.triggerRequires(t),
			drop: diff.DropTrigger{Trigger: t}, add: diff.AddTrigger{Trigger: t}})
	}
	for _, t := range db.EventTriggers {
		id := rEventTrigger(t.Name)
		out = append(out, dependent{id: id, provides: []string{id}, requires: triggerFunction(t.Function),
			drop: diff.DropEventTrigger{EventTrigger: t}, add: diff.AddEventTrigger{EventTrigger: t}})
	}
	return out
}

// altersTrigger returns the dependent id of the trigger or event trigger
// that c alters.
func altersTrigger(c diff.Change) (string, bool) {
	switch c := c.(type) {
	case diff.AlterTrigger:
		return rTrigger(c.To.TableName(), c.To.Name), true
	case diff.AlterEventTrigger:
		return rEventTrigger(c.To.Name), true
	}
	return "", false
}
