package apply

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// Compatible returns the target of a rollback with policy "compatible":
// the schema an older application version, built for the recorded model,
// runs against without breaking, reached from the live database while
// undoing as little as possible. It is a pure function: live and recorded
// are not modified, and the same inputs always give the same target.
//
// The target is recorded, plus what live has and the older version
// tolerates because it never knew it:
//
//   - objects recorded does not have at all (schemas, extensions, types,
//     sequences, tables with everything on them, views, functions,
//     triggers, event triggers, casts, operators, collations, foreign
//     objects), except the ones that restrict what the older version
//     writes to its own tables: new constraints, unique indexes,
//     restrictive policies and rules on tables recorded has are undone;
//   - new columns of tables recorded has, in their live place. A new NOT
//     NULL column without a default (nor identity, nor generation
//     expression) would make the older version's INSERTs fail: it is kept
//     with its data but made nullable;
//   - new non-unique indexes of tables and materialized views recorded
//     has;
//   - enum values live added after the values recorded has (the recorded
//     values are a prefix of the live ones).
//
// Everything else that differs (a column's type or default, a view's query,
// a function's body, grants, comments...) is restored as recorded: the
// older version was built against it. A kept foreign key of a new table
// whose referenced columns are no longer unique in the target (the unique
// constraint or index was undone) is left out of the target, and so is a
// kept object on a relation the target does not have.
//
// kept explains each thing kept from live, one line each, in a fixed
// order; it is empty when the target is recorded itself.
func Compatible(live, recorded *schema.Database) (target *schema.Database, kept []string) {
	l, r := clone(live), clone(recorded)
	schema.Normalize(l)
	schema.Normalize(r)
	c := &compat{live: l, target: r}
	c.merge()
	schema.Normalize(c.target)
	return c.target, c.kept
}

// compat is the state of one Compatible call: target starts as a copy of
// the recorded model and grows with what is kept from live.
type compat struct {
	live, target *schema.Database
	kept         []string
	// known are the tables, views and foreign tables the recorded model
	// has (the older version knows them).
	known map[schema.QName]bool
}

func (c *compat) note(format string, args ...any) {
	c.kept = append(c.kept, fmt.Sprintf(format, args...))
}

func (c *compat) merge() {
	l, t := c.live, c.target
	c.known = map[schema.QName]bool{}
	for _, x := range t.Tables {
		c.known[x.QName()] = true
	}
	for _, x := range t.Views {
		c.known[x.QName()] = true
	}
	for _, x := range t.ForeignTables {
		c.known[x.QName()] = true
	}
	never := "the older version never knew it"
	t.Schemas = keepNew(c, t.Schemas, l.Schemas, func(s *schema.Schema) string { return s.Name },
		func(s *schema.Schema) (bool, string) {
			return true, "schema " + schema.QuoteIdent(s.Name) + ": " + never
		})
	t.Extensions = keepNew(c, t.Extensions, l.Extensions, func(e *schema.Extension) string { return e.Name },
		func(e *schema.Extension) (bool, string) { return true, "extension " + e.Name + ": " + never })
	c.enums()
	t.Domains = keepNew(c, t.Domains, l.Domains, func(d *schema.Domain) string { return d.QName().String() },
		func(d *schema.Domain) (bool, string) { return true, "domain " + d.QName().String() + ": " + never })
	t.CompositeTypes = keepNew(c, t.CompositeTypes, l.CompositeTypes, func(d *schema.CompositeType) string { return d.QName().String() },
		func(d *schema.CompositeType) (bool, string) {
			return true, "composite type " + d.QName().String() + ": " + never
		})
	t.RangeTypes = keepNew(c, t.RangeTypes, l.RangeTypes, func(d *schema.RangeType) string { return d.QName().String() },
		func(d *schema.RangeType) (bool, string) {
			return true, "range type " + d.QName().String() + ": " + never
		})
	t.Collations = keepNew(c, t.Collations, l.Collations, func(d *schema.Collation) string { return d.QName().String() },
		func(d *schema.Collation) (bool, string) {
			return true, "collation " + d.QName().String() + ": " + never
		})
	t.Casts = keepNew(c, t.Casts, l.Casts, func(d *schema.Cast) string { return d.Key() },
		func(d *schema.Cast) (bool, string) { return true, "cast " + d.Key() + ": " + never })
	t.Operators = keepNew(c, t.Operators, l.Operators, func(d *schema.Operator) string { return d.Signature() },
		func(d *schema.Operator) (bool, string) { return true, "operator " + d.Signature() + ": " + never })
	t.OperatorFamilies = keepNew(c, t.OperatorFamilies, l.OperatorFamilies, (*schema.OperatorFamily).Key,
		func(d *schema.OperatorFamily) (bool, string) {
			return true, "operator family " + d.Key() + ": " + never
		})
	t.OperatorClasses = keepNew(c, t.OperatorClasses, l.OperatorClasses, (*schema.OperatorClass).Key,
		func(d *schema.OperatorClass) (bool, string) { return true, "operator class " + d.Key() + ": " + never })
	t.Sequences = keepNew(c, t.Sequences, l.Sequences, func(d *schema.Sequence) string { return d.QName().String() },
		func(d *schema.Sequence) (bool, string) { return true, "sequence " + d.QName().String() + ": " + never })
	t.Functions = keepNew(c, t.Functions, l.Functions, func(f *schema.Function) string { return f.Kind + " " + f.Signature() },
		func(f *schema.Function) (bool, string) { return true, f.Kind + " " + f.Signature() + ": " + never })
	c.tables()
	t.Views = keepNew(c, t.Views, l.Views, func(v *schema.View) string { return v.QName().String() },
		func(v *schema.View) (bool, string) {
			kind := "view"
			if v.Materialized {
				kind = "materialized view"
			}
			return true, kind + " " + v.QName().String() + ": " + never
		})
	c.viewIndexes()
	t.ForeignDataWrappers = keepNew(c, t.ForeignDataWrappers, l.ForeignDataWrappers, func(w *schema.ForeignDataWrapper) string { return w.Name },
		func(w *schema.ForeignDataWrapper) (bool, string) {
			return true, "foreign-data wrapper " + schema.QuoteIdent(w.Name) + ": " + never
		})
	t.ForeignServers = keepNew(c, t.ForeignServers, l.ForeignServers, func(s *schema.ForeignServer) string { return s.Name },
		func(s *schema.ForeignServer) (bool, string) {
			return true, "server " + schema.QuoteIdent(s.Name) + ": " + never
		})
	t.ForeignTables = keepNew(c, t.ForeignTables, l.ForeignTables, func(f *schema.ForeignTable) string { return f.QName().String() },
		func(f *schema.ForeignTable) (bool, string) {
			return true, "foreign table " + f.QName().String() + ": " + never
		})
	t.UserMappings = keepNew(c, t.UserMappings, l.UserMappings, func(m *schema.UserMapping) string { return m.Server + "\x00" + m.User },
		func(m *schema.UserMapping) (bool, string) {
			return true, "user mapping for " + m.User + " on server " + schema.QuoteIdent(m.Server) + ": " + never
		})
	// Objects on relations: kept on new relations; on relations the older
	// version knows only when they do not restrict its writes.
	t.Triggers = keepNew(c, t.Triggers, l.Triggers, func(tr *schema.Trigger) string { return tr.TableName().String() + "." + schema.QuoteIdent(tr.Name) },
		func(tr *schema.Trigger) (bool, string) {
			if !c.relation(tr.TableName()) {
				return false, ""
			}
			return true, "trigger " + schema.QuoteIdent(tr.Name) + " on " + tr.TableName().String() + ": " + never
		})
	t.EventTriggers = keepNew(c, t.EventTriggers, l.EventTriggers, func(e *schema.EventTrigger) string { return e.Name },
		func(e *schema.EventTrigger) (bool, string) {
			return true, "event trigger " + schema.QuoteIdent(e.Name) + ": " + never
		})
	t.Policies = keepNew(c, t.Policies, l.Policies, func(p *schema.Policy) string { return p.TableName().String() + "." + schema.QuoteIdent(p.Name) },
		func(p *schema.Policy) (bool, string) {
			on := p.TableName()
			if !c.relation(on) || (p.Restrictive && c.known[on]) {
				return false, ""
			}
			return true, "policy " + schema.QuoteIdent(p.Name) + " on " + on.String() + ": permissive, " + never
		})
	t.Rules = keepNew(c, t.Rules, l.Rules, func(r *schema.Rule) string { return r.TableName().String() + "." + schema.QuoteIdent(r.Name) },
		func(r *schema.Rule) (bool, string) {
			on := r.TableName()
			if !c.relation(on) || c.known[on] {
				return false, ""
			}
			return true, "rule " + schema.QuoteIdent(r.Name) + " on " + on.String() + ": on a relation " + never
		})
	c.foreignKeys()
}

// keepNew returns recorded's list plus the items of live's that recorded
// does not have (by key) and that decide keeps, noting why for each.
func keepNew[T any](c *compat, recorded, live []*T, key func(*T) string, decide func(*T) (bool, string)) []*T {
	have := make(map[string]bool, len(recorded))
	for _, x := range recorded {
		have[key(x)] = true
	}
	for _, x := range live {
		if have[key(x)] {
			continue
		}
		if ok, why := decide(x); ok {
			recorded = append(recorded, x)
			c.kept = append(c.kept, why)
		}
	}
	return recorded
}

// enums keeps the new enums, and the values live added at the end of an
// enum recorded has.
func (c *compat) enums() {
	live := map[schema.QName]*schema.Enum{}
	for _, e := range c.live.Enums {
		live[e.QName()] = e
	}
	for _, e := range c.target.Enums {
		le := live[e.QName()]
		if le == nil || len(le.Values) <= len(e.Values) || !slices.Equal(le.Values[:len(e.Values)], e.Values) {
			continue
		}
		added := le.Values[len(e.Values):]
		e.Values = slices.Clone(le.Values)
		c.note("enum %s: value(s) %s added at the end: the older version never writes them", e.QName(), strings.Join(added, ", "))
	}
	c.target.Enums = keepNew(c, c.target.Enums, c.live.Enums, func(e *schema.Enum) string { return e.QName().String() },
		func(e *schema.Enum) (bool, string) {
			return true, "enum " + e.QName().String() + ": the older version never knew it"
		})
}

// tables keeps the new tables whole, and the new columns and non-unique
// indexes of the tables recorded has.
func (c *compat) tables() {
	recorded := map[schema.QName]*schema.Table{}
	for _, t := range c.target.Tables {
		recorded[t.QName()] = t
	}
	for _, lt := range c.live.Tables {
		q := lt.QName()
		rt := recorded[q]
		if rt == nil {
			c.target.Tables = append(c.target.Tables, lt)
			c.note("table %s: the older version never knew it", q)
			continue
		}
		c.columns(rt, lt)
		for _, ix := range lt.Indexes {
			if rt.Index(ix.Name) != nil || ix.Unique {
				continue
			}
			rt.Indexes = append(rt.Indexes, ix)
			c.note("index %s on %s: not unique, the older version never knew it", schema.QuoteIdent(ix.Name), q)
		}
	}
}

// viewIndexes gives the materialized views recorded has the non-unique
// indexes live added to them.
func (c *compat) viewIndexes() {
	live := map[schema.QName]*schema.View{}
	for _, v := range c.live.Views {
		live[v.QName()] = v
	}
	for _, v := range c.target.Views {
		lv := live[v.QName()]
		if lv == nil || lv == v || !v.Materialized || !lv.Materialized {
			continue
		}
		for _, ix := range lv.Indexes {
			if ix.Unique || slices.ContainsFunc(v.Indexes, func(x *schema.Index) bool { return x.Name == ix.Name }) {
				continue
			}
			v.Indexes = append(v.Indexes, ix)
			c.note("index %s on materialized view %s: not unique, the older version never knew it", schema.QuoteIdent(ix.Name), v.QName())
		}
	}
}

// columns gives rt the live table's new columns: the columns both have
// come in live's order (PostgreSQL cannot move a column), with recorded's
// definitions, then the columns only recorded has, which the rollback
// adds back at the end.
func (c *compat) columns(rt, lt *schema.Table) {
	q := rt.QName()
	for _, lc := range lt.Columns {
		if rt.Column(lc.Name) != nil {
			continue
		}
		col := lc
		name := q.String() + "." + schema.QuoteIdent(col.Name)
		if col.NotNull && col.Default == "" && col.Identity == nil && col.Generated == "" {
			col.NotNull = false
			c.note("column %s: kept with its data but made nullable: the older version's INSERTs do not set it", name)
		} else {
			c.note("column %s: %s, the older version never knew it", name, columnTolerance(col))
		}
		rt.Columns = append(rt.Columns, col)
	}
	rt.Columns, _ = liveOrder(lt, rt) // the kept columns take their live places
}

// columnTolerance says why the older version's INSERTs work with col.
func columnTolerance(col *schema.Column) string {
	switch {
	case col.Identity != nil:
		return "an identity column"
	case col.Generated != "":
		return "a generated column"
	case col.Default != "":
		return "it has a default"
	}
	return "nullable"
}

// relation reports whether the target has a table, view or foreign table
// called q.
func (c *compat) relation(q schema.QName) bool {
	for _, t := range c.target.Tables {
		if t.QName() == q {
			return true
		}
	}
	for _, v := range c.target.Views {
		if v.QName() == q {
			return true
		}
	}
	for _, f := range c.target.ForeignTables {
		if f.QName() == q {
			return true
		}
	}
	return false
}

// foreignKeys leaves out of the kept tables the foreign keys whose
// referenced columns have no unique constraint or index in the target
// (the one live had was undone), which PostgreSQL would refuse.
func (c *compat) foreignKeys() {
	tables := map[schema.QName]*schema.Table{}
	for _, t := range c.target.Tables {
		tables[t.QName()] = t
	}
	for _, t := range c.target.Tables {
		if c.known[t.QName()] {
			continue // recorded's own constraints are consistent
		}
		t.Constraints = slices.DeleteFunc(t.Constraints, func(con *schema.Constraint) bool {
			if con.Kind != schema.ForeignKey || con.RefTable == nil {
				return false
			}
			ref := tables[*con.RefTable]
			if ref != nil && uniqueOn(ref, con.RefColumns) {
				return false
			}
			c.note("table %s: kept without foreign key %s: the columns it references in %s are not unique for the older version",
				t.QName(), schema.QuoteIdent(con.Name), con.RefTable)
			return true
		})
	}
}

// uniqueOn reports whether t has a primary key, unique constraint or
// plain unique index on exactly the columns cols (in any order), as a
// foreign key referencing them needs.
func uniqueOn(t *schema.Table, cols []string) bool {
	same := func(a []string) bool {
		if len(a) != len(cols) {
			return false
		}
		for _, x := range cols {
			if !slices.Contains(a, x) {
				return false
			}
		}
		return true
	}
	for _, con := range t.Constraints {
		if (con.Kind == schema.PrimaryKey || con.Kind == schema.Unique) && same(con.Columns) {
			return true
		}
	}
	for _, ix := range t.Indexes {
		if !ix.Unique || ix.Where != "" {
			continue
		}
		var keys []string
		for _, k := range ix.Keys {
			if k.Column == "" {
				keys = nil
				break
			}
			keys = append(keys, k.Column)
		}
		if keys != nil && same(keys) {
			return true
		}
	}
	return false
}

// clone returns a deep copy of db (an empty model for nil), through its JSON form,
// which holds every field of the model.
func clone(db *schema.Database) *schema.Database {
	out := &schema.Database{}
	if db == nil {
		return out
	}
	data, err := json.Marshal(db)
	if err != nil {
		// The model holds only strings, numbers, booleans and slices of
		// them: encoding cannot fail.
		panic("apply: copying the model failed: " + err.Error())
	}
	if err := json.Unmarshal(data, out); err != nil {
		panic("apply: copying the model failed: " + err.Error())
	}
	return out
}
