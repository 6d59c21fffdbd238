package plan

import (
	"slices"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// clone is an index or constraint that PostgreSQL copied from a
// partitioned table onto one of its partitions, and that the partition
// keeps, as its own, once it is detached. The model leaves clones out (they
// belong to the parent), so the planner works out their names.
type clone struct {
	name string             // the clone's name on the partition
	idx  *schema.Index      // the parent's index, or nil
	con  *schema.Constraint // the parent's constraint, or nil
}

// partitionClones returns the clones that partition part of parent carries:
// a copy of each of the parent's indexes and of its primary key, unique
// and exclusion constraints, under the name PostgreSQL chooses
// (ddl.CloneIndexName), and of its foreign keys and inheritable checks,
// under the parent's constraint name.
func (b *builder) partitionClones(parent, part *schema.Table) []clone {
	q := part.QName()
	used := map[string]bool{}
	for _, db := range []*schema.Database{b.from} {
		for _, t := range db.Tables {
			if t.Schema != q.Schema {
				continue
			}
			used[t.Name] = true
			for _, c := range t.Constraints {
				used[c.Name] = true
			}
			for _, i := range t.Indexes {
				used[i.Name] = true
			}
			for _, col := range t.Columns {
				if col.Identity != nil {
					used[col.Identity.Sequence] = true
				}
			}
		}
		for _, s := range db.Sequences {
			if s.Schema == q.Schema {
				used[s.Name] = true
			}
		}
	}
	taken := func(name string) bool { return used[name] }
	var out []clone
	for _, con := range parent.Constraints {
		var name string
		switch {
		case hasIndex(con.Kind):
			name = ddl.CloneIndexName(q, nil, con, taken)
		case con.Kind == schema.ForeignKey || (con.Kind == schema.Check && !con.NoInherit):
			name = con.Name
		default:
			continue
		}
		used[name] = true
		out = append(out, clone{name: name, con: con})
	}
	for _, i := range parent.Indexes {
		name := ddl.CloneIndexName(q, i, nil, taken)
		used[name] = true
		out = append(out, clone{name: name, idx: i})
	}
	return out
}

// detachedClones plans what becomes of the clones of partition c.From
// when it is detached and not attached to the same parent again: a clone
// whose twin (same definition) the target table has is renamed to the
// twin's name, or kept when the names agree; the others are dropped. It
// returns the names of the target's indexes and constraints that the
// clones provide, so that they are not added again.
func (b *builder) detachedClones(c diff.AlterTable, detach *node) (skipIndexes, skipConstraints map[string]bool) {
	from, to := c.From, c.To
	parent := b.fromTables[*from.PartitionOf]
	if parent == nil || (to.PartitionOf != nil && *to.PartitionOf == *from.PartitionOf) {
		return nil, nil
	}
	q := to.QName()
	skipIndexes, skipConstraints = map[string]bool{}, map[string]bool{}
	for _, cl := range b.partitionClones(parent, from) {
		switch {
		case cl.idx != nil:
			twin := -1
			for k, i := range to.Indexes {
				x := *i
				x.Name, x.Comment = cl.idx.Name, cl.idx.Comment
				if sameIndex(&x, cl.idx) && !skipIndexes[i.Name] {
					twin = k
					break
				}
			}
			if twin >= 0 {
				t := to.Indexes[twin]
				skipIndexes[t.Name] = true
				b.renameClone(c, detach, q, cl.name, t.Name, "ALTER INDEX "+inSchema(q, cl.name).String()+" RENAME TO "+schema.QuoteIdent(t.Name),
					[]string{rRel(inSchema(q, t.Name)), rIndex(inSchema(q, t.Name))}, indexKeyResources(q, t))
				if t.Comment != "" {
					b.comment(c, inSchema(q, t.Name).String(), "index", ddl.CommentOnIndex(q, t.Name, t.Comment), rIndex(inSchema(q, t.Name)))
				}
				continue
			}
			n := b.add(&node{sql: "DROP INDEX " + inSchema(q, cl.name).String(), object: inSchema(q, cl.name).String(), kind: "drop index",
				phase: phaseDetach, change: c, after: []*node{detach}, removes: []string{rRel(inSchema(q, cl.name)), rIndex(inSchema(q, cl.name))}})
			for _, k := range cl.idx.Keys {
				if k.Column != "" {
					n.releases = append(n.releases, rColumn(q, k.Column))
				}
			}
		default:
			var twin *schema.Constraint
			for _, con := range to.Constraints {
				x := *con
				x.Name, x.Comment, x.IndexComment = cl.con.Name, cl.con.Comment, cl.con.IndexComment
				if sameConstraint(&x, cl.con) && !skipConstraints[con.Name] {
					twin = con
					break
				}
			}
			if twin != nil {
				skipConstraints[twin.Name] = true
				provides := []string{rConstraint(q, twin.Name)}
				if hasIndex(twin.Kind) {
					provides = append(provides, rRel(inSchema(q, twin.Name)), rIndex(inSchema(q, twin.Name)))
				}
				var keys []string
				if twin.Kind == schema.PrimaryKey || twin.Kind == schema.Unique {
					keys = []string{rKey(q, twin.Columns)}
				}
				b.renameClone(c, detach, q, cl.name, twin.Name,
					"ALTER TABLE "+q.String()+" RENAME CONSTRAINT "+schema.QuoteIdent(cl.name)+" TO "+schema.QuoteIdent(twin.Name), provides, keys)
				if twin.Comment != "" {
					b.comment(c, q.String()+"."+schema.QuoteIdent(twin.Name), "constraint", ddl.CommentOnConstraint(q, twin.Name, twin.Comment), rConstraint(q, twin.Name))
				}
				if twin.IndexComment != "" {
					b.comment(c, inSchema(q, twin.Name).String(), "index", ddl.CommentOnIndex(q, twin.Name, twin.IndexComment), rConstraint(q, twin.Name))
				}
				continue
			}
			gone := *cl.con
			gone.Name = cl.name
			n := &node{sql: "ALTER TABLE " + q.String() + " DROP CONSTRAINT " + schema.QuoteIdent(cl.name),
				object: q.String() + "." + schema.QuoteIdent(cl.name), kind: "drop " + gone.Kind, phase: phaseDetach, change: c,
				after: []*node{detach}, removes: constraintRemovals(q, &gone)}
			for _, col := range slices.Concat(gone.Columns, gone.Include) {
				n.releases = append(n.releases, rColumn(q, col))
			}
			if gone.Kind == schema.ForeignKey && gone.RefTable != nil {
				n.releases = append(n.releases, rTable(*gone.RefTable), rKey(*gone.RefTable, gone.RefColumns))
			}
			b.add(n)
		}
	}
	return skipIndexes, skipConstraints
}

// renameClone renames a clone of the detached partition q to the name of
// its twin in the target, or does nothing when they agree.
func (b *builder) renameClone(c diff.AlterTable, detach *node, q schema.QName, from, to, sql string, provides, keys []string) {
	if from == to {
		return
	}
	b.add(&node{sql: sql, object: inSchema(q, from).String(), kind: "rename", phase: phaseDetach, change: c,
		after: []*node{detach}, provides: append(provides, keys...)})
}

// indexKeyResources returns the key a unique index provides, if any.
func indexKeyResources(q schema.QName, i *schema.Index) []string {
	if k := indexKey(i); k != nil {
		return []string{rKey(q, k)}
	}
	return nil
}
