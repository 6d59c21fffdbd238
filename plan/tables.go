package plan

import (
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// rDetached is provided by the detaching of partitions from table q.
func rDetached(q schema.QName) string { return "detached from:" + q.String() }

// parentsOf returns the tables t inherits from: the table it is a
// partition of, then its INHERITS parents.
func parentsOf(t *schema.Table) []schema.QName {
	var ps []schema.QName
	if t.PartitionOf != nil {
		ps = append(ps, *t.PartitionOf)
	}
	return append(ps, t.Inherits...)
}

func (b *builder) addTable(c diff.AddTable) {
	t := c.Table
	q := t.QName()
	n := &node{sql: ddl.CreateTable(t), object: q.String(), kind: "create table", phase: phaseCreateTable, change: c,
		requires: []string{rSchema(t.Schema)}, provides: []string{rTable(q), rRel(q)}}
	for _, p := range parentsOf(t) {
		n.requires = append(n.requires, rTable(p))
	}
	if t.PartitionOf != nil {
		// A new partition's bound may overlap the old bound of one that
		// is detached to be attached again with a new one.
		n.requires = append(n.requires, rDetached(*t.PartitionOf))
	}
	for _, col := range t.Columns {
		n.provides = append(n.provides, rColumn(q, col.Name), rColumnType(q, col.Name))
		n.requires = append(n.requires, b.columnResources(col)...)
		if col.Identity != nil {
			n.provides = append(n.provides, rRel(inSchema(q, col.Identity.Sequence)))
		}
	}
	b.add(n)
	settings := "column settings:" + q.String()
	for _, sql := range ddl.ColumnSettings(t, b.toTables) {
		s := &node{sql: sql, object: q.String(), kind: "alter column", phase: phaseCreateTable, change: c,
			requires: []string{rTable(q)}, provides: []string{settings}}
		for _, p := range parentsOf(t) {
			s.requires = append(s.requires, "column settings:"+p.String())
		}
		b.add(s)
	}
	for _, con := range t.Constraints {
		b.addConstraint(c, t, con)
	}
	for _, i := range t.Indexes {
		b.addIndex(c, t, i, false)
	}
	if t.ReplicaIdentity != "" {
		b.replicaIdentity(c, t)
	}
	if t.Comment != "" {
		b.comment(c, q.String(), "table", ddl.CommentOnTable(q, t.Comment), rTable(q))
	}
	for _, col := range t.Columns {
		if col.Comment != "" {
			b.comment(c, colName(q, col.Name), "column", ddl.CommentOnColumn(q, col.Name, col.Comment), rColumn(q, col.Name))
		}
	}
}

// tableRemovals returns what dropping table t removes: the table, its
// name, its columns, keys, constraints, indexes and the sequences its
// columns own or are identities of.
func (b *builder) tableRemovals(t *schema.Table) []string {
	q := t.QName()
	rs := []string{rTable(q), rRel(q)}
	for _, col := range t.Columns {
		rs = append(rs, rColumn(q, col.Name), rColumnType(q, col.Name))
		if col.Identity != nil {
			rs = append(rs, rRel(inSchema(q, col.Identity.Sequence)))
		}
	}
	for _, con := range t.Constraints {
		rs = append(rs, constraintRemovals(q, con)...)
	}
	for _, i := range t.Indexes {
		rs = append(rs, indexRemovals(q, i)...)
	}
	return append(rs, b.ownedSequences(q, "")...)
}

func (b *builder) dropTable(c diff.DropTable) {
	t := c.Table
	q := t.QName()
	n := &node{sql: "DROP TABLE " + q.String(), object: q.String(), kind: "drop table", phase: phaseDropTable, change: c,
		removes: b.tableRemovals(t), releases: []string{rSchema(t.Schema)}}
	for _, p := range parentsOf(t) {
		n.releases = append(n.releases, rTable(p))
	}
	for _, col := range t.Columns {
		n.releases = append(n.releases, b.columnResources(col)...)
	}
	for _, con := range t.Constraints {
		if con.Kind != schema.ForeignKey || con.RefTable == nil || *con.RefTable == q {
			continue
		}
		if b.droppedTables[*con.RefTable] {
			// Both tables go: drop the key first, so that neither
			// table's drop waits for the other's.
			fk := b.add(&node{sql: "ALTER TABLE " + q.String() + " DROP CONSTRAINT " + schema.QuoteIdent(con.Name),
				object: q.String() + "." + schema.QuoteIdent(con.Name), kind: "drop foreign key", phase: phaseDropForeignKey, change: c,
				releases: []string{rTable(*con.RefTable), rKey(*con.RefTable, con.RefColumns)}})
			n.after = append(n.after, fk)
			continue
		}
		n.releases = append(n.releases, rTable(*con.RefTable), rKey(*con.RefTable, con.RefColumns))
	}
	b.add(n)
}

func (b *builder) alterTable(c diff.AlterTable) {
	from, to := c.From, c.To
	q := to.QName()
	alter := "ALTER TABLE " + q.String() + " "
	var skipIndexes, skipConstraints map[string]bool
	if c.Change&diff.TablePartition != 0 && from.PartitionOf != nil {
		n := &node{sql: "ALTER TABLE " + from.PartitionOf.String() + " DETACH PARTITION " + q.String(), object: q.String(),
			kind: "detach partition", phase: phaseDetach, change: c, releases: []string{rTable(*from.PartitionOf)}, removes: []string{"partition:" + q.String()},
			provides: []string{rDetached(*from.PartitionOf)}}
		if p := b.toTables[*from.PartitionOf]; p != nil && to.PartitionOf != nil && *to.PartitionOf == p.QName() {
			// Re-attached with a new bound: detach only once the parent's
			// columns are final, so that the partition gets them too.
			for _, col := range p.Columns {
				n.requires = append(n.requires, rColumnAltered(p.QName(), col.Name))
			}
		}
		b.add(n)
		skipIndexes, skipConstraints = b.detachedClones(c, n)
	}
	var checks parentChecks // see inherited_checks.go
	if c.Change&diff.TableInherits != 0 {
		keep := 0
		for keep < len(from.Inherits) && keep < len(to.Inherits) && from.Inherits[keep] == to.Inherits[keep] {
			keep++
		}
		for _, p := range from.Inherits[keep:] {
			n := b.add(&node{sql: alter + "NO INHERIT " + p.String(), object: q.String(), kind: "drop inheritance", phase: phaseDetach, change: c,
				releases: []string{rTable(p)}, removes: []string{"inherits:" + q.String()}})
			b.noInheritChecks(c, b.fromTables[p], n, &checks)
		}
		for _, p := range to.Inherits[keep:] {
			n := b.add(&node{sql: alter + "INHERIT " + p.String(), object: q.String(), kind: "add inheritance", phase: phaseAttach, change: c,
				requires: []string{rTable(p), rTable(q)}, provides: []string{"inherits:" + q.String()}})
			var pc parentChecks
			b.planParentChecks(c, b.toTables[p], false, &pc)
			requireParentChecks(n, q, b.toTables[p])
			checks.merge(pc)
		}
	}
	if c.Change&diff.TablePartition != 0 && to.PartitionOf != nil {
		b.planParentChecks(c, b.toTables[*to.PartitionOf], true, &checks)
	}
	if c.Change&diff.TableUnlogged != 0 {
		sql := alter + "SET LOGGED"
		if to.Unlogged {
			sql = alter + "SET UNLOGGED"
		}
		n := b.add(&node{sql: sql, object: q.String(), kind: "alter table", phase: phaseAlterTable, change: c, requires: []string{rTable(q)}})
		if b.persisted == nil {
			b.persisted = map[schema.QName]*node{}
		}
		b.persisted[q] = n
	}
	if c.Change&diff.TableAccessMethod != 0 {
		am := to.AccessMethod
		if am == "" {
			am = "heap"
		}
		b.add(&node{sql: alter + "SET ACCESS METHOD " + schema.QuoteIdent(am), object: q.String(), kind: "alter table", phase: phaseAlterTable, change: c})
	}
	if c.Change&diff.TableOptions != 0 {
		reset, set := optionChanges(from.Options, to.Options)
		if len(reset) > 0 {
			b.add(&node{sql: ddl.ResetStorageParameters(q, reset), object: q.String(), kind: "reset storage parameters", phase: phaseAlterTable, change: c})
		}
		if len(set) > 0 {
			b.add(&node{sql: ddl.SetStorageParameters(q, set), object: q.String(), kind: "set storage parameters", phase: phaseAlterTable, change: c})
		}
	}
	for _, sub := range c.Changes {
		switch sub := sub.(type) {
		case diff.AddIndex:
			if skipIndexes[sub.Index.Name] {
				continue // a clone the detached partition keeps
			}
		case diff.AddConstraint:
			if skipConstraints[sub.Constraint.Name] || checks.skipAdd[sub.Constraint.Name] {
				continue
			}
		case diff.DropConstraint:
			if checks.skipDrop[sub.Constraint.Name] {
				continue // merged into the parent's by the attach
			}
		}
		b.tableChange(c, sub)
	}
	b.checkColumnOrder(c)
	if c.Change&diff.TablePartition != 0 && to.PartitionOf != nil {
		n := &node{sql: ddl.AttachPartition(to), object: q.String(), kind: "attach partition", phase: phaseAttach, change: c,
			requires: []string{rTable(*to.PartitionOf), rTable(q)}, provides: []string{"partition:" + q.String()}}
		for _, col := range b.toTables[*to.PartitionOf].Columns {
			n.requires = append(n.requires, rColumn(q, col.Name), rColumnAltered(q, col.Name))
		}
		requireParentChecks(n, q, b.toTables[*to.PartitionOf])
		b.add(n)
	}
	if c.Change&diff.TableReplicaIdentity != 0 {
		b.replicaIdentity(c, to)
	}
	if c.Change&diff.TableComment != 0 {
		b.comment(c, q.String(), "table", ddl.CommentOnTable(q, to.Comment), rTable(q))
	}
}

// tableChange adds the nodes of one change inside an AlterTable.
func (b *builder) tableChange(c diff.AlterTable, sub diff.Change) {
	switch sub := sub.(type) {
	case diff.AddColumn:
		b.addColumn(sub, c.To)
	case diff.DropColumn:
		b.dropColumn(sub)
	case diff.AlterColumn:
		b.alterColumn(sub, c.To)
	case diff.AddConstraint:
		b.addConstraint(sub, c.To, sub.Constraint)
	case diff.DropConstraint:
		b.dropConstraint(sub, sub.Table, sub.Constraint)
	case diff.AlterConstraint:
		b.alterConstraint(sub)
	case diff.AddIndex:
		b.addIndex(sub, c.To, sub.Index, true)
	case diff.DropIndex:
		b.dropIndex(sub, c.From, sub.Index)
	case diff.AlterIndex:
		iq := inSchema(sub.Table, sub.To.Name)
		if sub.Change&diff.IndexComment != 0 {
			b.comment(sub, iq.String(), "index", ddl.CommentOnIndex(sub.Table, sub.To.Name, sub.To.Comment), rIndex(iq))
		}
		if sub.Change&diff.IndexStatistics != 0 {
			b.indexStatistics(sub, sub.Table, sub.To.Name, sub.From.Keys, sub.To.Keys, rIndex(iq))
		}
	}
}

func (b *builder) replicaIdentity(c diff.Change, t *schema.Table) {
	q := t.QName()
	n := &node{sql: ddl.ReplicaIdentity(t), object: q.String(), kind: "set replica identity", phase: phaseAfter, change: c,
		requires: []string{rTable(q)}}
	if t.ReplicaIdentity == "index" {
		n.requires = append(n.requires, rIndex(inSchema(q, t.ReplicaIdentityIndex)))
	}
	b.add(n)
}

// optionChanges returns the names of the storage parameters to reset and
// the "name=value" parameters to set to turn from into to.
func optionChanges(from, to []string) (reset, set []string) {
	values := map[string]string{}
	for _, o := range to {
		name, value, _ := strings.Cut(o, "=")
		values[name] = value
	}
	old := map[string]string{}
	for _, o := range from {
		name, value, _ := strings.Cut(o, "=")
		old[name] = value
		if _, ok := values[name]; !ok {
			reset = append(reset, name)
		}
	}
	for _, o := range to {
		name, value, _ := strings.Cut(o, "=")
		if v, ok := old[name]; !ok || v != value {
			set = append(set, o)
		}
	}
	return reset, set
}
