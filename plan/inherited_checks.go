package plan

import (
	"slices"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// ALTER TABLE parent ATTACH PARTITION child and ALTER TABLE child INHERIT
// parent fail unless the child already has a copy of each inheritable
// CHECK of the parent (same name, same expression). PostgreSQL merges the
// copy with the parent's: a partition's copy then belongs to the parent
// only (conislocal false), an inheritance child's stays its own as well
// (conislocal true, and it can never be dropped while inherited). The
// model holds a merged copy on a partition not at all, and on an
// inheritance child only when the child declares it.
//
// DETACH PARTITION and NO INHERIT leave the child the checks it inherited
// as its own: detachedClones plans them for a partition, noInheritChecks
// for an inheritance child.

// parentChecks is what planParentChecks and noInheritChecks tell the
// caller: the names of the child's constraints whose DropConstraint
// (skipDrop) or AddConstraint (skipAdd) it must leave out.
type parentChecks struct {
	skipDrop, skipAdd map[string]bool
}

func (pc *parentChecks) init() {
	if pc.skipDrop == nil {
		pc.skipDrop, pc.skipAdd = map[string]bool{}, map[string]bool{}
	}
}

// planParentChecks plans the child's copies of parent's inheritable checks
// before c attaches it (partition) or makes it inherit parent: a copy the
// child has in c.From is kept (its drop, if the diff has one, is skipped);
// a missing one is added (after the drop of a different constraint of the
// same name). On an inheritance child, an added copy stays the child's
// own: when the target declares it, its AddConstraint is this copy.
func (b *builder) planParentChecks(c diff.AlterTable, parent *schema.Table, partition bool, pc *parentChecks) {
	if parent == nil {
		return
	}
	from, to := c.From, c.To
	pc.init()
	if partition && from.PartitionOf != nil && *from.PartitionOf == parent.QName() {
		// Re-attached to the same parent: the clones it kept on detach
		// are the copies.
		return
	}
	for _, con := range inheritableChecks(parent) {
		if pc.skipDrop[con.Name] {
			continue
		}
		own := localConstraint(from, con.Name)
		if own != nil && own.Kind == schema.Check && own.Expr == con.Expr && !own.NoInherit {
			pc.skipDrop[con.Name] = true // the child's own copy merges
			continue
		}
		cp := *con
		cp.Comment = ""
		if declared := localConstraint(to, con.Name); declared != nil && !partition {
			cp = *declared
			pc.skipAdd[con.Name] = true
		}
		b.addConstraint(c, to, &cp)
	}
}

// noInheritChecks plans the checks of parent that child c.From has once
// node n (NO INHERIT parent) ran, all of them its own then: one the
// target declares the same way stays (its AddConstraint, if any, is
// skipped); the others are dropped after n (an inherited constraint cannot
// be dropped before), instead of by c's DropConstraint.
func (b *builder) noInheritChecks(c diff.AlterTable, parent *schema.Table, n *node, pc *parentChecks) {
	if parent == nil {
		return
	}
	q := c.To.QName()
	pc.init()
	for _, con := range inheritableChecks(parent) {
		now := con
		if own := localConstraint(c.From, con.Name); own != nil {
			now = own
		}
		if declared := localConstraint(c.To, con.Name); declared != nil && sameConstraint(declared, now) {
			pc.skipAdd[con.Name] = true
			continue
		}
		pc.skipDrop[con.Name] = true
		gone := *now
		b.add(&node{sql: "ALTER TABLE " + q.String() + " DROP CONSTRAINT " + schema.QuoteIdent(con.Name),
			object: q.String() + "." + schema.QuoteIdent(con.Name), kind: "drop check", phase: phaseDetach, change: c,
			after: []*node{n}, removes: constraintRemovals(q, &gone)})
	}
}

// requireParentChecks makes the attach or INHERIT node n of child table
// q come after the child's copies of parent's checks and after parent's
// own checks exist.
func requireParentChecks(n *node, q schema.QName, parent *schema.Table) {
	if parent == nil {
		return
	}
	for _, con := range inheritableChecks(parent) {
		n.requires = append(n.requires, rConstraint(q, con.Name), rConstraint(parent.QName(), con.Name))
	}
}

// inheritableChecks returns t's CHECK constraints that its children
// inherit.
func inheritableChecks(t *schema.Table) []*schema.Constraint {
	var out []*schema.Constraint
	for _, con := range t.Constraints {
		if con.Kind == schema.Check && !con.NoInherit {
			out = append(out, con)
		}
	}
	return out
}

// localConstraint returns t's own constraint called name, or nil.
func localConstraint(t *schema.Table, name string) *schema.Constraint {
	i := slices.IndexFunc(t.Constraints, func(c *schema.Constraint) bool { return c.Name == name })
	if i < 0 {
		return nil
	}
	return t.Constraints[i]
}

// merge adds what o leaves out to pc.
func (pc *parentChecks) merge(o parentChecks) {
	pc.init()
	for k := range o.skipDrop {
		pc.skipDrop[k] = true
	}
	for k := range o.skipAdd {
		pc.skipAdd[k] = true
	}
}
