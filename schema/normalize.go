package schema

import (
	"slices"
	"strings"
)

// Normalize puts db into canonical form, in place: every list of objects is
// sorted by (qualified) name, option lists are sorted, empty lists become nil,
// and inherited columns that merely repeat their parent's column are removed
// (see pruneInherited). It is idempotent. Two models of the same database are
// deep-equal after Normalize, whichever source they came from.
func Normalize(db *Database) {
	slices.SortFunc(db.Schemas, func(a, b *Schema) int { return strings.Compare(a.Name, b.Name) })
	slices.SortFunc(db.Extensions, func(a, b *Extension) int { return strings.Compare(a.Name, b.Name) })
	slices.SortFunc(db.Enums, func(a, b *Enum) int { return compareQName(a.QName(), b.QName()) })
	slices.SortFunc(db.Sequences, func(a, b *Sequence) int { return compareQName(a.QName(), b.QName()) })
	slices.SortFunc(db.Tables, func(a, b *Table) int { return compareQName(a.QName(), b.QName()) })
	db.Schemas = nilIfEmpty(db.Schemas)
	db.Extensions = nilIfEmpty(db.Extensions)
	db.Enums = nilIfEmpty(db.Enums)
	db.Sequences = nilIfEmpty(db.Sequences)
	db.Tables = nilIfEmpty(db.Tables)
	for _, e := range db.Enums {
		e.Values = nilIfEmpty(e.Values)
	}
	normalizeTypes(db)
	normalizeCollations(db)
	normalizeCasts(db)
	normalizeOperators(db)
	normalizeOpClasses(db)
	normalizeFunctions(db)
	normalizeViews(db)
	normalizeForeign(db)
	tables := make(map[QName]*Table, len(db.Tables))
	for _, t := range db.Tables {
		tables[t.QName()] = t
	}
	for _, t := range db.Tables {
		normalizeTable(t)
	}
	for _, t := range db.Tables {
		pruneInherited(t, tables)
	}
	normalizeGrants(db)
	normalizeTriggers(db)
	normalizePolicies(db)
	normalizeStatistics(db)
}

func normalizeTable(t *Table) {
	slices.Sort(t.Options)
	t.Options = nilIfEmpty(t.Options)
	t.Inherits = nilIfEmpty(t.Inherits)
	t.Columns = nilIfEmpty(t.Columns)
	if t.PartitionKey != nil {
		t.PartitionKey.Keys = nilIfEmpty(t.PartitionKey.Keys)
	}
	if b := t.PartitionBound; b != nil {
		b.In, b.From, b.To = nilIfEmpty(b.In), nilIfEmpty(b.From), nilIfEmpty(b.To)
	}
	slices.SortFunc(t.Constraints, func(a, b *Constraint) int { return strings.Compare(a.Name, b.Name) })
	t.Constraints = nilIfEmpty(t.Constraints)
	for _, c := range t.Constraints {
		c.Columns = nilIfEmpty(c.Columns)
		c.Include = nilIfEmpty(c.Include)
		c.RefColumns = nilIfEmpty(c.RefColumns)
		c.OnDeleteColumns = nilIfEmpty(c.OnDeleteColumns)
		c.Elements = nilIfEmpty(c.Elements)
		slices.Sort(c.IndexOptions)
		c.IndexOptions = nilIfEmpty(c.IndexOptions)
	}
	slices.SortFunc(t.Indexes, func(a, b *Index) int { return strings.Compare(a.Name, b.Name) })
	t.Indexes = nilIfEmpty(t.Indexes)
	for _, i := range t.Indexes {
		i.Keys = nilIfEmpty(i.Keys)
		i.Include = nilIfEmpty(i.Include)
		slices.Sort(i.Options)
		i.Options = nilIfEmpty(i.Options)
	}
}

// pruneInherited removes from a child table (a partition or an INHERITS
// child) every column that only repeats its parent's column: same type,
// collation, NOT NULL, default, generated expression, statistics, storage
// and compression, and no comment of its own. That holds for a column the
// child also declares itself (pg_attribute.attislocal): a child created
// with INHERITS and one that gained the parent later with ALTER TABLE ...
// INHERIT have the same shape, and no DDL turns a local column back into
// an inherited-only one, so the model does not tell them apart. Identity
// is never compared or kept on an inherited column: it belongs to the
// parent's column (PostgreSQL 17 and later copy it onto partitions, earlier
// majors do not). What is left of a child's copy of a parent column is
// exactly what the child overrides.
func pruneInherited(t *Table, tables map[QName]*Table) {
	var parents []*Table
	if t.PartitionOf != nil {
		if p := tables[*t.PartitionOf]; p != nil {
			parents = append(parents, p)
		}
	}
	for _, q := range t.Inherits {
		if p := tables[q]; p != nil {
			parents = append(parents, p)
		}
	}
	if len(parents) == 0 {
		return
	}
	kept := t.Columns[:0]
	for _, c := range t.Columns {
		if c.Inherited {
			c.Identity = nil
		}
		if pc := parentColumn(parents, c.Name, tables, map[QName]bool{}); pc != nil && (c.Inherited || c.Identity == nil) && sameInheritedColumn(c, pc) {
			continue
		}
		kept = append(kept, c)
	}
	clear(t.Columns[len(kept):])
	t.Columns = nilIfEmpty(kept)
}

// parentColumn finds column name in the first parent that has it, looking
// through the parents' own parents when a parent omits it because it is
// itself inherited and pruned.
func parentColumn(parents []*Table, name string, tables map[QName]*Table, seen map[QName]bool) *Column {
	for _, p := range parents {
		if seen[p.QName()] {
			continue
		}
		seen[p.QName()] = true
		if c := p.Column(name); c != nil {
			return c
		}
		var grand []*Table
		if p.PartitionOf != nil {
			if g := tables[*p.PartitionOf]; g != nil {
				grand = append(grand, g)
			}
		}
		for _, q := range p.Inherits {
			if g := tables[q]; g != nil {
				grand = append(grand, g)
			}
		}
		if c := parentColumn(grand, name, tables, seen); c != nil {
			return c
		}
	}
	return nil
}

func sameInheritedColumn(c, p *Column) bool {
	return c.Comment == "" && len(c.Grants) == 0 &&
		c.Type == p.Type &&
		c.Collation == p.Collation &&
		c.NotNull == p.NotNull &&
		c.Default == p.Default &&
		c.Generated == p.Generated &&
		equalIntPtr(c.Statistics, p.Statistics) &&
		c.Storage == p.Storage &&
		c.Compression == p.Compression
}

func equalIntPtr(a, b *int) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

func compareQName(a, b QName) int {
	if c := strings.Compare(a.Schema, b.Schema); c != 0 {
		return c
	}
	return strings.Compare(a.Name, b.Name)
}
