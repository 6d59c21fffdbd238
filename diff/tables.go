package diff

import (
	"reflect"
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddTable creates a table with its columns, constraints, indexes and
// comments.
type AddTable struct{ Table *schema.Table }

// DropTable drops a table and everything that belongs to it.
type DropTable struct{ Table *schema.Table }

// AlterTable changes an existing table: its own attributes (Change) and its
// columns, constraints and indexes (Changes, each an AddColumn, DropColumn,
// AlterColumn, AddConstraint, DropConstraint, AlterConstraint, AddIndex,
// DropIndex or AlterIndex, in that order of kinds, then by name).
//
// A table whose partition key changes (or that becomes or stops being
// partitioned) cannot be altered into shape: Compare reports a DropTable
// and an AddTable instead.
type AlterTable struct {
	From, To *schema.Table
	Change   TableChange
	Changes  []Change
}

// TableChange is the set of table attributes that differ.
type TableChange uint32

// The attributes of a table. TablePartition covers PartitionOf and
// PartitionBound (detach and attach). TableColumnOrder means that the
// columns both sides have are not in the same order (PostgreSQL cannot
// reorder columns; the planner refuses it).
const (
	TableUnlogged TableChange = 1 << iota
	TableAccessMethod
	TableOptions
	TableInherits
	TablePartition
	TableReplicaIdentity
	TableComment
	TableColumnOrder
)

func (c TableChange) String() string {
	return bitNames(uint32(c), []string{"unlogged", "access method", "options", "inherits", "partition", "replica identity", "comment", "column order"})
}

func (AddTable) isChange()   {}
func (DropTable) isChange()  {}
func (AlterTable) isChange() {}

func (c AddTable) String() string  { return "add table " + c.Table.QName().String() }
func (c DropTable) String() string { return "drop table " + c.Table.QName().String() }
func (c AlterTable) String() string {
	s := "alter table " + c.To.QName().String()
	if c.Change != 0 {
		s += ": " + c.Change.String()
	}
	if len(c.Changes) > 0 {
		parts := make([]string, len(c.Changes))
		for i, ch := range c.Changes {
			parts[i] = ch.String()
		}
		s += " [" + strings.Join(parts, "; ") + "]"
	}
	return s
}

// models holds both sides' tables by name, for the parents of inherited
// columns.
type models struct {
	from, to map[schema.QName]*schema.Table
}

func tableMap(db *schema.Database) map[schema.QName]*schema.Table {
	m := make(map[schema.QName]*schema.Table, len(db.Tables))
	for _, t := range db.Tables {
		m[t.QName()] = t
	}
	return m
}

func compareTables(list []Change, from, to *schema.Database) []Change {
	m := models{tableMap(from), tableMap(to)}
	recreated := recreatedTables(m)
	mergeSorted(from.Tables, to.Tables, func(a, b *schema.Table) int { return compareQName(a.QName(), b.QName()) },
		func(a, b *schema.Table, hasA, hasB bool) {
			switch {
			case !hasB:
				list = append(list, DropTable{a})
			case !hasA:
				list = append(list, AddTable{b})
			case recreated[a.QName()]:
				list = append(list, DropTable{a}, AddTable{b})
			default:
				if c := alterTable(m, a, b); c.Change != 0 || len(c.Changes) > 0 {
					list = append(list, c)
				}
			}
		})
	return list
}

// recreatedTables returns the tables that exist on both sides but must be
// dropped and created again: those whose partition key changed (or that
// became or stopped being partitioned), and the partitions of those, which
// DROP TABLE takes along.
func recreatedTables(m models) map[schema.QName]bool {
	out := map[schema.QName]bool{}
	var check func(q schema.QName) bool
	done := map[schema.QName]bool{}
	check = func(q schema.QName) bool {
		if done[q] {
			return out[q]
		}
		done[q] = true
		a, b := m.from[q], m.to[q]
		if a == nil || b == nil {
			return false
		}
		if !reflect.DeepEqual(a.PartitionKey, b.PartitionKey) || (a.PartitionOf != nil && check(*a.PartitionOf)) {
			out[q] = true
		}
		return out[q]
	}
	for q := range m.from {
		check(q)
	}
	return out
}

func alterTable(m models, a, b *schema.Table) AlterTable {
	c := AlterTable{From: a, To: b}
	set := func(bit TableChange, differ bool) {
		if differ {
			c.Change |= bit
		}
	}
	set(TableUnlogged, a.Unlogged != b.Unlogged)
	set(TableAccessMethod, a.AccessMethod != b.AccessMethod)
	set(TableOptions, !slices.Equal(a.Options, b.Options))
	set(TableInherits, !slices.Equal(a.Inherits, b.Inherits))
	set(TablePartition, !reflect.DeepEqual(a.PartitionOf, b.PartitionOf) || !reflect.DeepEqual(a.PartitionBound, b.PartitionBound))
	set(TableReplicaIdentity, a.ReplicaIdentity != b.ReplicaIdentity || a.ReplicaIdentityIndex != b.ReplicaIdentityIndex)
	set(TableComment, a.Comment != b.Comment)
	set(TableColumnOrder, !sameColumnOrder(a.Columns, b.Columns))
	c.Changes = compareColumns(c.Changes, m, a, b)
	addsInPositionOrder(c.Changes, b)
	c.Changes = compareConstraints(c.Changes, b.QName(), a.Constraints, b.Constraints)
	c.Changes = compareIndexes(c.Changes, b.QName(), a.Indexes, b.Indexes)
	return c
}

// compareColumns compares the columns of a table on both sides, by name.
// The model leaves out a child's column that repeats its parent's, so each
// side is first completed with the columns it inherits; an inherited
// column is then compared with what it becomes once the parent's own
// column changed (changes on a parent reach its children).
func compareColumns(list []Change, m models, a, b *schema.Table) []Change {
	q := b.QName()
	from := fullColumns(a, m.from)
	to := fullColumns(b, m.to)
	mergeSorted(from, to, func(x, y *schema.Column) int { return strings.Compare(x.Name, y.Name) },
		func(x, y *schema.Column, hasX, hasY bool) {
			pf := ancestorColumn(a, x, y, m.from)
			pt := ancestorColumn(b, x, y, m.to)
			switch {
			case !hasY:
				if !x.Inherited || pf == nil || !linkKept(a, b, x.Name, m.from, m.to) {
					list = append(list, DropColumn{q, x})
				}
				// Otherwise the inherited column goes away with its
				// parent's. (Without the link, NO INHERIT leaves it
				// behind as the child's own column: it is dropped.)
			case !hasX:
				if !y.Inherited || pt == nil || !linkKept(b, a, y.Name, m.to, m.from) {
					// A new inheritance link needs the column on the
					// child before ALTER TABLE ... INHERIT.
					list = append(list, AddColumn{q, y})
					return
				}
				// It comes with the parent's new column.
				base := *pt
				base.Inherited, base.Comment = true, ""
				if ch := columnChange(&base, y) &^ inheritedAttributes; ch != 0 {
					list = append(list, AlterColumn{q, &base, y, ch})
				}
			default:
				base := x
				if y.Inherited && pf != nil && pt != nil {
					base = propagate(x, pf, pt)
				}
				ch := columnChange(base, y)
				if y.Inherited {
					ch &^= inheritedAttributes
				}
				if ch != 0 {
					list = append(list, AlterColumn{q, base, y, ch})
				}
			}
		})
	return list
}

// ancestorColumn returns the column named like x (or y) in the nearest
// ancestor of t that lists it, or nil.
func ancestorColumn(t *schema.Table, x, y *schema.Column, tables map[schema.QName]*schema.Table) *schema.Column {
	if t.PartitionOf == nil && len(t.Inherits) == 0 {
		return nil
	}
	name := ""
	if x != nil {
		name = x.Name
	} else if y != nil {
		name = y.Name
	}
	return findInherited(t, name, tables, map[schema.QName]bool{})
}

// linkKept reports whether the ancestor through which t (in tables) gets
// column name is an ancestor of other (in otherTables) too: then the column
// comes and goes with that ancestor's, rather than with an inheritance link
// that is added or removed.
func linkKept(t, other *schema.Table, name string, tables, otherTables map[schema.QName]*schema.Table) bool {
	prov := providerOf(t, name, tables, map[schema.QName]bool{})
	return prov != nil && isAncestor(other, prov.QName(), otherTables, map[schema.QName]bool{})
}

// providerOf returns the nearest ancestor of t that lists column name.
func providerOf(t *schema.Table, name string, tables map[schema.QName]*schema.Table, seen map[schema.QName]bool) *schema.Table {
	for _, p := range parents(t, tables) {
		if seen[p.QName()] {
			continue
		}
		seen[p.QName()] = true
		if p.Column(name) != nil {
			return p
		}
		if a := providerOf(p, name, tables, seen); a != nil {
			return a
		}
	}
	return nil
}

// isAncestor reports whether q is a parent of t, or a parent's ancestor.
func isAncestor(t *schema.Table, q schema.QName, tables map[schema.QName]*schema.Table, seen map[schema.QName]bool) bool {
	for _, p := range parents(t, tables) {
		if p.QName() == q {
			return true
		}
		if !seen[p.QName()] {
			seen[p.QName()] = true
			if isAncestor(p, q, tables, seen) {
				return true
			}
		}
	}
	return false
}

func parents(t *schema.Table, tables map[schema.QName]*schema.Table) []*schema.Table {
	var ps []*schema.Table
	if t.PartitionOf != nil {
		if p := tables[*t.PartitionOf]; p != nil {
			ps = append(ps, p)
		}
	}
	for _, q := range t.Inherits {
		if p := tables[q]; p != nil {
			ps = append(ps, p)
		}
	}
	return ps
}

func findInherited(t *schema.Table, name string, tables map[schema.QName]*schema.Table, seen map[schema.QName]bool) *schema.Column {
	if p := providerOf(t, name, tables, seen); p != nil {
		return p.Column(name)
	}
	return nil
}

// fullColumns returns t's columns, completed with the inherited columns
// the model leaves out (copied from the nearest ancestor, marked
// Inherited, without comment), sorted by name.
func fullColumns(t *schema.Table, tables map[schema.QName]*schema.Table) []*schema.Column {
	cols := slices.Clone(t.Columns)
	if t.PartitionOf != nil || len(t.Inherits) > 0 {
		have := make(map[string]bool, len(cols))
		for _, c := range cols {
			have[c.Name] = true
		}
		var walk func(t *schema.Table, seen map[schema.QName]bool)
		walk = func(t *schema.Table, seen map[schema.QName]bool) {
			for _, p := range parents(t, tables) {
				if seen[p.QName()] {
					continue
				}
				seen[p.QName()] = true
				for _, c := range p.Columns {
					if !have[c.Name] {
						have[c.Name] = true
						cp := *c
						cp.Inherited, cp.Comment, cp.Identity = true, "", nil
						cols = append(cols, &cp)
					}
				}
				walk(p, seen)
			}
		}
		walk(t, map[schema.QName]bool{})
	}
	slices.SortFunc(cols, func(x, y *schema.Column) int { return strings.Compare(x.Name, y.Name) })
	return cols
}

// addsInPositionOrder reorders, among themselves, the AddColumn changes of
// list into the order of the columns of t, so that added columns take
// their declared positions.
func addsInPositionOrder(list []Change, t *schema.Table) {
	var at []int
	var adds []Change
	for i, c := range list {
		if _, ok := c.(AddColumn); ok {
			at = append(at, i)
			adds = append(adds, c)
		}
	}
	if len(adds) < 2 {
		return
	}
	pos := make(map[string]int, len(t.Columns))
	for i, c := range t.Columns {
		pos[c.Name] = i
	}
	slices.SortStableFunc(adds, func(x, y Change) int { return pos[x.(AddColumn).Column.Name] - pos[y.(AddColumn).Column.Name] })
	for k, i := range at {
		list[i] = adds[k]
	}
}

// sameColumnOrder reports whether the columns that both lists have come in
// the same order in each.
func sameColumnOrder(a, b []*schema.Column) bool {
	inB := make(map[string]bool, len(b))
	for _, c := range b {
		inB[c.Name] = true
	}
	inA := make(map[string]bool, len(a))
	var x []string
	for _, c := range a {
		inA[c.Name] = true
		if inB[c.Name] {
			x = append(x, c.Name)
		}
	}
	i := 0
	for _, c := range b {
		if inA[c.Name] {
			if x[i] != c.Name {
				return false
			}
			i++
		}
	}
	return true
}
