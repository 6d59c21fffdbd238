package ddl

import (
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// tableOrder returns tables in an order that creates every table after the
// tables it needs: its INHERITS parents, the table it is a partition of, and
// the tables whose row types its columns use. Ties are broken by qualified
// name, so the order is deterministic.
func tableOrder(tables []*schema.Table) []*schema.Table {
	sorted := slices.Clone(tables)
	slices.SortFunc(sorted, func(a, b *schema.Table) int { return compareQNames(a.QName(), b.QName()) })
	byName := make(map[schema.QName]*schema.Table, len(sorted))
	byType := make(map[string]*schema.Table, len(sorted))
	for _, t := range sorted {
		byName[t.QName()] = t
		byType[t.QName().String()] = t
	}
	out := make([]*schema.Table, 0, len(sorted))
	state := make(map[*schema.Table]int, len(sorted)) // 1 visiting, 2 done
	var visit func(t *schema.Table)
	visit = func(t *schema.Table) {
		if state[t] != 0 {
			// A cycle (state 1) cannot come from a model PostgreSQL
			// accepted; the table is then emitted where it stands.
			return
		}
		state[t] = 1
		for _, dep := range tableDependencies(t, byName, byType) {
			visit(dep)
		}
		state[t] = 2
		out = append(out, t)
	}
	for _, t := range sorted {
		visit(t)
	}
	return out
}

// tableDependencies returns the tables of the model that t needs to exist
// before it is created, in a deterministic order.
func tableDependencies(t *schema.Table, byName map[schema.QName]*schema.Table, byType map[string]*schema.Table) []*schema.Table {
	var deps []*schema.Table
	if t.PartitionOf != nil {
		if p := byName[*t.PartitionOf]; p != nil {
			deps = append(deps, p)
		}
	}
	for _, q := range t.Inherits {
		if p := byName[q]; p != nil {
			deps = append(deps, p)
		}
	}
	for _, c := range t.Columns {
		if p := byType[strings.TrimRight(c.Type, "[]")]; p != nil && p != t {
			deps = append(deps, p)
		}
	}
	return deps
}

// parentTables returns the tables of the model that t inherits columns
// from: the partitioned table it belongs to, then its INHERITS parents.
func parentTables(t *schema.Table, byName map[schema.QName]*schema.Table) []*schema.Table {
	var parents []*schema.Table
	if t.PartitionOf != nil {
		if p := byName[*t.PartitionOf]; p != nil {
			parents = append(parents, p)
		}
	}
	for _, q := range t.Inherits {
		if p := byName[q]; p != nil {
			parents = append(parents, p)
		}
	}
	return parents
}

// inheritedFrom returns the column called name as t's nearest ancestor that
// lists it in the model describes it, or nil when no ancestor has it. (A
// model leaves out a child's column that only repeats its parent's, so the
// nearest listed one is what the child column looks like when it is not
// listed itself.)
func inheritedFrom(t *schema.Table, name string, byName map[schema.QName]*schema.Table, seen map[*schema.Table]bool) *schema.Column {
	for _, p := range parentTables(t, byName) {
		if seen[p] {
			continue
		}
		seen[p] = true
		if c := p.Column(name); c != nil {
			return c
		}
		if c := inheritedFrom(p, name, byName, seen); c != nil {
			return c
		}
	}
	return nil
}
