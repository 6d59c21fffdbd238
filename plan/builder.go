package plan

import (
	"regexp"
	"slices"
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// builder collects the nodes of a plan.
type builder struct {
	from, to             *schema.Database
	fromTables, toTables map[schema.QName]*schema.Table
	opts                 Options
	nodes                []*node

	// types maps the SQL spelling of a user type (enum or table row type)
	// to its resource.
	types map[string]string
	// sequences maps the SQL spelling of a sequence name to its resource.
	sequences map[string]string

	droppedTables  map[schema.QName]bool     // tables dropped (or recreated)
	addedTables    map[schema.QName]bool     // tables created (or recreated)
	droppedColumns map[schema.ColumnRef]bool // columns dropped from kept tables
	droppedFKs     map[constraintRef]bool    // foreign keys the changes drop
	columnChanges  map[schema.ColumnRef]diff.ColumnChange
	removedKeys    []keyRef                  // unique keys dropped from kept tables
	fkNodes        map[constraintRef]*node   // explicit drops of foreign keys between dropped tables
	lastAdd        map[schema.QName]*node    // the last column added to each table
	regenerated    map[schema.ColumnRef]bool // generated columns dropped and added again around a type change
	swapped        map[string]bool           // resources of the enums replaced by the type swap
	persisted      map[schema.QName]*node    // the SET LOGGED / UNLOGGED step of each table (persistence.go)
	// viewCycles holds ddl.ViewCycles of the views of b.from and b.to
	// (plan/views.go).
	viewCycles map[*schema.Database]map[schema.QName][]schema.QName

	// errs are the changes the builder cannot plan, said in words.
	errs []error
}

// fail records a change that cannot be planned; Build returns the errors.
func (b *builder) fail(err error) { b.errs = append(b.errs, err) }

type constraintRef struct {
	table schema.QName
	name  string
}

type keyRef struct {
	table   schema.QName
	columns []string
}

func newBuilder(from, to *schema.Database, changes diff.Changes, opts Options) *builder {
	b := &builder{
		from: from, to: to, opts: opts,
		fromTables:     tableMap(from),
		toTables:       tableMap(to),
		types:          map[string]string{},
		sequences:      map[string]string{},
		droppedTables:  map[schema.QName]bool{},
		addedTables:    map[schema.QName]bool{},
		droppedColumns: map[schema.ColumnRef]bool{},
		droppedFKs:     map[constraintRef]bool{},
		columnChanges:  map[schema.ColumnRef]diff.ColumnChange{},
		fkNodes:        map[constraintRef]*node{},
		swapped:        map[string]bool{},
		regenerated:    map[schema.ColumnRef]bool{},
		lastAdd:        map[schema.QName]*node{},
	}
	for _, db := range []*schema.Database{from, to} {
		for _, e := range db.Enums {
			b.types[e.QName().String()] = rType(e.QName())
		}
		b.registerUserTypes(db)
		for _, t := range db.Tables {
			b.types[t.QName().String()] = rTable(t.QName())
		}
		for _, v := range db.Views {
			b.types[v.QName().String()] = rTable(v.QName()) // a view's row type
		}
		for _, s := range db.Sequences {
			b.sequences[s.QName().String()] = rSeq(s.QName())
		}
	}
	for _, c := range changes.List {
		switch c := c.(type) {
		case diff.DropTable:
			b.droppedTables[c.Table.QName()] = true
		case diff.AlterEnum:
			if c.Change&diff.EnumValues != 0 && !c.Appendable() {
				b.swapped[rType(c.To.QName())] = true
			}
		case diff.AddTable:
			b.addedTables[c.Table.QName()] = true
		case diff.AlterTable:
			q := c.To.QName()
			for _, sub := range c.Changes {
				switch sub := sub.(type) {
				case diff.DropColumn:
					b.droppedColumns[schema.ColumnRef{Table: q, Column: sub.Column.Name}] = true
				case diff.AlterColumn:
					b.columnChanges[schema.ColumnRef{Table: q, Column: sub.To.Name}] = sub.Change
				case diff.DropConstraint:
					if sub.Constraint.Kind == schema.ForeignKey {
						b.droppedFKs[constraintRef{q, sub.Constraint.Name}] = true
					}
				}
			}
		}
	}
	return b
}

func tableMap(db *schema.Database) map[schema.QName]*schema.Table {
	m := make(map[schema.QName]*schema.Table, len(db.Tables))
	for _, t := range db.Tables {
		m[t.QName()] = t
	}
	return m
}

// add appends n to the graph.
func (b *builder) add(n *node) *node {
	n.seq = len(b.nodes)
	b.nodes = append(b.nodes, n)
	return n
}

// change adds the nodes of one change.
func (b *builder) change(c diff.Change) {
	if b.userTypeChange(c) || b.statisticsChange(c) || b.opClassChange(c) {
		return
	}
	switch c := c.(type) {
	case diff.AddSchema:
		b.addSchema(c)
	case diff.DropSchema:
		b.dropSchema(c)
	case diff.AlterSchema:
		b.alterSchema(c)
	case diff.AddExtension:
		b.addExtension(c)
	case diff.DropExtension:
		b.dropExtension(c)
	case diff.AlterExtension:
		b.alterExtension(c)
	case diff.AddEnum:
		b.addEnum(c)
	case diff.DropEnum:
		b.dropEnum(c)
	case diff.AlterEnum:
		b.alterEnum(c)
	case diff.AddSequence:
		b.addSequence(c)
	case diff.DropSequence:
		b.dropSequence(c)
	case diff.AlterSequence:
		b.alterSequence(c)
	case diff.AddTable:
		b.addTable(c)
	case diff.DropTable:
		b.dropTable(c)
	case diff.AlterTable:
		b.alterTable(c)
	case diff.AddFunction:
		b.addFunction(c, c.Function)
	case diff.DropFunction:
		b.dropFunction(c, c.Function)
	case diff.AlterFunction:
		b.alterFunction(c)
	case diff.AddView:
		b.addView(c, c.View)
	case diff.DropView:
		b.dropView(c, c.View)
	case diff.AlterView:
		b.alterView(c)
	case diff.AddRule:
		b.addRule(c, c.Rule)
	case diff.DropRule:
		b.dropRule(c, c.Rule)
	case diff.AlterRule:
		b.alterRule(c)
	case diff.AddTrigger:
		b.addTrigger(c, c.Trigger)
	case diff.DropTrigger:
		b.dropTrigger(c, c.Trigger)
	case diff.AlterTrigger:
		b.alterTrigger(c)
	case diff.AddEventTrigger:
		b.addEventTrigger(c, c.EventTrigger)
	case diff.DropEventTrigger:
		b.dropEventTrigger(c, c.EventTrigger)
	case diff.AlterEventTrigger:
		b.alterEventTrigger(c)
	case diff.AddPolicy:
		b.addPolicy(c, c.Policy)
	case diff.DropPolicy:
		b.dropPolicy(c, c.Policy)
	case diff.AlterPolicy:
		b.alterPolicy(c)
	case diff.AlterRowSecurity:
		b.alterRowSecurity(c)
	default:
		b.foreignChange(c)
	}
}

// Resource names.
func rSchema(s string) string      { return "schema:" + s }
func rExtension(e string) string   { return "extension:" + e }
func rType(q schema.QName) string  { return "type:" + q.String() }
func rSeq(q schema.QName) string   { return "sequence:" + q.String() }
func rRel(q schema.QName) string   { return "relation:" + q.String() }
func rTable(q schema.QName) string { return "table:" + q.String() }
func rIndex(q schema.QName) string { return "index:" + q.String() }
func rColumn(t schema.QName, c string) string {
	return "column:" + t.String() + "." + schema.QuoteIdent(c)
}
func rColumnAltered(t schema.QName, c string) string {
	return "altered column:" + t.String() + "." + schema.QuoteIdent(c)
}
func rConstraint(t schema.QName, c string) string {
	return "constraint:" + t.String() + "." + schema.QuoteIdent(c)
}

// rFunction names one function, procedure or aggregate by its signature,
// e.g. "public.f(integer, text)": sig is the qualified name and the
// identity argument types as schema.Function.Signature prints them.
func rFunction(sig string) string { return "function:" + sig }

// rFunctionName names every overload of a function name at once: what an
// expression that calls q needs when the overload is not resolved.
func rFunctionName(q schema.QName) string { return "function name:" + q.String() }

// rTrigger names a trigger of table t.
func rTrigger(t schema.QName, name string) string {
	return "trigger:" + t.String() + "." + schema.QuoteIdent(name)
}

// rPolicy names a row-level security policy of table t.
func rPolicy(t schema.QName, name string) string {
	return "policy:" + t.String() + "." + schema.QuoteIdent(name)
}

// rKey names a unique key of table t over columns, in any order: what a
// foreign key referencing those columns needs.
func rKey(t schema.QName, columns []string) string {
	cols := slices.Clone(columns)
	slices.Sort(cols)
	return "key:" + t.String() + "(" + strings.Join(cols, ",") + ")"
}

// rExtensionObjects is needed by whatever uses a type that is neither
// built in nor an enum or table of the model: it may come from an
// extension.
const rExtensionObjects = "extension objects"

// typeResources returns the resources a column of type typ needs.
func (b *builder) typeResources(typ string) []string {
	base := typ
	for strings.HasSuffix(base, "[]") {
		base = strings.TrimSuffix(base, "[]")
	}
	if r, ok := b.types[base]; ok {
		return []string{r}
	}
	if strings.Contains(base, ".") && !strings.Contains(base, "(") {
		return []string{rExtensionObjects}
	}
	return nil
}

// qualifiedCast matches a cast to a schema-qualified type.
var qualifiedCast = regexp.MustCompile(`::((?:"(?:[^"]|"")*"|[a-z_][a-z0-9_$]*)\.(?:"(?:[^"]|"")*"|[a-z_][a-z0-9_$]*))`)

var nextvalCall = regexp.MustCompile(`nextval\('((?:[^']|'')+)'::regclass\)`)

// exprResources returns the resources an expression (a default) needs:
// the sequences it calls nextval on and the user types it casts to.
func (b *builder) exprResources(expr string) []string {
	if expr == "" {
		return nil
	}
	var rs []string
	for _, m := range nextvalCall.FindAllStringSubmatch(expr, -1) {
		name := strings.ReplaceAll(m[1], "''", "'")
		if r, ok := b.sequences[name]; ok {
			rs = append(rs, r)
		}
	}
	for _, m := range qualifiedCast.FindAllStringSubmatch(expr, -1) {
		if r, ok := b.types[m[1]]; ok && strings.HasPrefix(r, "type:") {
			rs = append(rs, r)
		}
	}
	if qualifiedCall.MatchString(expr) {
		// Only then parse: most defaults call no user function.
		for _, f := range ddl.ExprReferences(expr).Functions {
			rs = append(rs, rFunctionName(f))
		}
	}
	slices.Sort(rs)
	return slices.Compact(rs)
}

// qualifiedCall matches what may be a call of a schema-qualified function:
// a user function, since canonical expressions qualify every function
// outside pg_catalog.
var qualifiedCall = regexp.MustCompile(`(?:"(?:[^"]|"")*"|[a-z_][a-z0-9_$]*)\.(?:"(?:[^"]|"")*"|[a-z_][a-z0-9_$]*)\(`)

// columnResources returns what column c needs: its type and what its
// default uses.
func (b *builder) columnResources(c *schema.Column) []string {
	return slices.Concat(b.typeResources(c.Type), b.exprResources(c.Default), b.exprResources(c.Generated), collationResources(c.Collation))
}

func colName(t schema.QName, c string) string { return t.String() + "." + schema.QuoteIdent(c) }

func inSchema(t schema.QName, name string) schema.QName {
	return schema.QName{Schema: t.Schema, Name: name}
}
