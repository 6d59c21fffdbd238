package schema

import "slices"

// Filter returns db restricted to the schemas named in keep: the schemas
// themselves and the extensions, enums, sequences and tables that live in
// them. An empty keep returns db unchanged. References to objects in other
// schemas (a foreign key, a sequence's owner) are left as they are. db's
// objects are shared, not copied. It is the offline twin of
// inspect.Options.Schemas.
func Filter(db *Database, keep []string) *Database {
	if len(keep) == 0 {
		return db
	}
	in := func(name string) bool { return slices.Contains(keep, name) }
	return &Database{
		Schemas:          keepIf(db.Schemas, func(s *Schema) bool { return in(s.Name) }),
		Extensions:       keepIf(db.Extensions, func(e *Extension) bool { return in(e.Schema) }),
		Enums:            keepIf(db.Enums, func(e *Enum) bool { return in(e.Schema) }),
		Domains:          keepIf(db.Domains, func(d *Domain) bool { return in(d.Schema) }),
		CompositeTypes:   keepIf(db.CompositeTypes, func(c *CompositeType) bool { return in(c.Schema) }),
		RangeTypes:       keepIf(db.RangeTypes, func(r *RangeType) bool { return in(r.Schema) }),
		Collations:       keepIf(db.Collations, func(c *Collation) bool { return in(c.Schema) }),
		Casts:            keepIf(db.Casts, func(c *Cast) bool { return in(typeSchema(c.Source)) || in(typeSchema(c.Target)) }),
		Operators:        keepIf(db.Operators, func(o *Operator) bool { return in(o.Schema) }),
		OperatorFamilies: keepIf(db.OperatorFamilies, func(f *OperatorFamily) bool { return in(f.Schema) }),
		OperatorClasses:  keepIf(db.OperatorClasses, func(c *OperatorClass) bool { return in(c.Schema) }),
		Sequences:        keepIf(db.Sequences, func(s *Sequence) bool { return in(s.Schema) }),
		Tables:           keepIf(db.Tables, func(t *Table) bool { return in(t.Schema) }),
		Views:            keepIf(db.Views, func(v *View) bool { return in(v.Schema) }),
		Rules:            keepIf(db.Rules, func(r *Rule) bool { return in(r.Schema) }),
		Triggers:         keepIf(db.Triggers, func(t *Trigger) bool { return in(t.Schema) }),
		EventTriggers:    keepIf(db.EventTriggers, func(t *EventTrigger) bool { return in(t.Function.Schema) }),
		Policies:         keepIf(db.Policies, func(p *Policy) bool { return in(p.Schema) }),
		Statistics:       keepIf(db.Statistics, func(s *Statistics) bool { return in(s.Schema) }),
		// Wrappers and servers belong to no schema: always kept.
		ForeignDataWrappers: db.ForeignDataWrappers,
		ForeignServers:      db.ForeignServers,
		UserMappings:        db.UserMappings,
		ForeignTables:       keepIf(db.ForeignTables, func(t *ForeignTable) bool { return in(t.Schema) }),
		// Global default privileges belong to no schema: always kept.
		DefaultPrivileges: keepIf(db.DefaultPrivileges, func(d *DefaultPrivilege) bool { return d.Schema == "" || in(d.Schema) }),
	}
}

// keepIf returns the elements of list for which keep is true, in a new
// slice (nil when none are kept).
func keepIf[T any](list []T, keep func(T) bool) []T {
	var out []T
	for _, x := range list {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}
