package plan

import (
	"slices"
	"strings"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// persistenceOrder orders the SET LOGGED / SET UNLOGGED steps of tables
// that foreign keys link. PostgreSQL checks the keys when the persistence
// changes: a table becomes LOGGED only when every table it references is
// logged, and UNLOGGED only when every table referencing it is unlogged
// (self-references do not count). So, among tables changing the same way,
// referenced tables become logged first and referencing tables become
// unlogged first. Keys that link tables in a cycle cannot be ordered:
// they are dropped before and added again after. Keys the plan drops go
// before the steps and keys it adds come after them.
func (b *builder) persistenceOrder() {
	if len(b.persisted) < 1 {
		return
	}
	logged := func(q schema.QName) bool { return !b.toTables[q].Unlogged }
	type fk struct {
		table schema.QName
		con   *schema.Constraint
	}
	// before[a] lists the tables whose step must come after a's.
	before := map[schema.QName][]schema.QName{}
	var links []fk
	var qs []schema.QName
	for q := range b.persisted {
		qs = append(qs, q)
	}
	slices.SortFunc(qs, func(x, y schema.QName) int { return strings.Compare(x.String(), y.String()) })
	for _, q := range qs {
		ft, tt := b.fromTables[q], b.toTables[q]
		for _, con := range ft.Constraints {
			if con.Kind != schema.ForeignKey || con.RefTable == nil || *con.RefTable == q ||
				b.droppedFKs[constraintRef{q, con.Name}] || tt.Constraint(con.Name) == nil {
				continue
			}
			r := *con.RefTable
			if b.persisted[r] == nil || logged(q) != logged(r) {
				continue
			}
			links = append(links, fk{q, con})
			if logged(q) {
				before[r] = append(before[r], q) // the referenced table first
			} else {
				before[q] = append(before[q], r) // the referencing table first
			}
		}
	}
	cyclic := stronglyConnected(qs, before)
	for _, l := range links {
		r := *l.con.RefTable
		if cyclic[l.table] == 0 || cyclic[l.table] != cyclic[r] {
			continue
		}
		// A cycle: take the key out while the persistence changes.
		nt := b.toTables[l.table]
		i := len(b.nodes)
		b.dropConstraint(diff.DropConstraint{Table: l.table, Constraint: l.con}, l.table, l.con)
		drop := b.nodes[i]
		i = len(b.nodes)
		b.addConstraint(diff.AddConstraint{Table: l.table, Constraint: nt.Constraint(l.con.Name)}, nt, nt.Constraint(l.con.Name))
		add := b.nodes[i]
		for _, q := range []schema.QName{l.table, r} {
			b.persisted[q].after = append(b.persisted[q].after, drop)
			add.after = append(add.after, b.persisted[q])
		}
	}
	for _, a := range qs {
		for _, z := range before[a] {
			if cyclic[a] != 0 && cyclic[a] == cyclic[z] {
				continue
			}
			b.persisted[z].after = append(b.persisted[z].after, b.persisted[a])
		}
	}
	// Keys and tables the plan drops go first, keys it adds come after.
	for _, n := range b.nodes {
		var touched []*node
		for q, set := range b.persisted {
			t, c := rTable(q), "constraint:"+q.String()+"."
			if slices.Contains(n.releases, t) || slices.Contains(n.requires, t) ||
				slices.ContainsFunc(n.removes, func(r string) bool { return strings.HasPrefix(r, c) }) {
				touched = append(touched, set)
			}
		}
		switch n.kind {
		case "drop foreign key", "drop table":
			for _, set := range touched {
				set.after = append(set.after, n)
			}
		case "add foreign key":
			n.after = append(n.after, touched...)
		}
	}
}

// stronglyConnected numbers, from 1, the strongly connected components of
// more than one node of the graph edges over nodes (Tarjan's algorithm);
// nodes in no such component get 0.
func stronglyConnected(nodes []schema.QName, edges map[schema.QName][]schema.QName) map[schema.QName]int {
	index := map[schema.QName]int{}
	low := map[schema.QName]int{}
	on := map[schema.QName]bool{}
	var stack []schema.QName
	out := map[schema.QName]int{}
	next, comp := 1, 0
	var visit func(v schema.QName)
	visit = func(v schema.QName) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		on[v] = true
		for _, w := range edges[v] {
			if index[w] == 0 {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if on[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] != index[v] {
			return
		}
		var members []schema.QName
		for {
			w := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			on[w] = false
			members = append(members, w)
			if w == v {
				break
			}
		}
		if len(members) > 1 {
			comp++
			for _, m := range members {
				out[m] = comp
			}
		}
	}
	for _, v := range nodes {
		if index[v] == 0 {
			visit(v)
		}
	}
	return out
}
