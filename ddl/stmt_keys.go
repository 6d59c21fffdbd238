package ddl

import (
	"fmt"
	"reflect"
	"slices"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// addChecks adds CHECK constraints to tb, naming the unnamed ones like
// AddRelationNewConstraints (heap.c): t_col_check when the expression uses
// exactly one column, t_check otherwise. recurse adds inherited copies to
// children (ALTER TABLE without ONLY; CREATE TABLE has none yet).
func (p *parser) addChecks(tb *table, cons []*pg_query.Constraint, alter, recurse bool) error {
	t := tb.t
	var names []string
	cv := newConv(t, p.st)
	for _, c := range cons {
		mc, err := cv.constraint(c, alter)
		if err != nil {
			return err
		}
		if mc.NoInherit && t.PartitionKey != nil {
			// AddRelationNewConstraints refuses it: a partitioned table
			// holds no rows, so the check would hold for none.
			return fmt.Errorf("cannot add NO INHERIT constraint to partitioned table %s; drop NO INHERIT or put the check on the partitions", t.QName())
		}
		name := c.Conname
		if name == "" {
			col := ""
			if cols := exprColumns(c.RawExpr); len(cols) == 1 {
				col = cols[0]
			}
			name = p.st.chooseConstraintName(t.Name, col, "check", t.Schema, names)
		} else if old := tb.checks[name]; old != nil && !old.local && old.c.Kind == schema.Check && old.c.Expr == mc.Expr && (tb.partOf == nil || !alter) {
			// merges with the inherited constraint of the same name; on a
			// partition (CREATE TABLE ... PARTITION OF) it stays the
			// parent's only, as after ATTACH PARTITION
			if tb.partOf != nil {
				names = append(names, name)
				continue
			}
			old.local, old.c = true, mc
			mc.Name = name
			t.Constraints = append(t.Constraints, mc)
			names = append(names, name)
			continue
		} else if tb.hasConstraint(name) || slices.Contains(names, name) {
			return fmt.Errorf("constraint %s for relation %s already exists", schema.QuoteIdent(name), t.QName())
		}
		names = append(names, name)
		mc.Name = name
		t.Constraints = append(t.Constraints, mc)
		tb.checks[name] = &conInfo{c: mc, local: true}
		p.st.addCon(t.Schema, name)
		if recurse && !mc.NoInherit {
			for _, ch := range tb.children {
				p.inheritCheck(ch, mc)
			}
		}
	}
	return nil
}

// hasConstraint reports whether tb has a constraint row called name.
func (tb *table) hasConstraint(name string) bool {
	if tb.checks[name] != nil {
		return true
	}
	for _, ix := range tb.idx {
		if ix.con != nil && ix.q.Name == name {
			return true
		}
	}
	return false
}

// inheritChecks gives a new child the inheritable CHECK constraints of pt.
func (p *parser) inheritChecks(pt, child *table) {
	for _, ci := range sortedChecks(pt) {
		if ci.c.Kind == schema.Check && !ci.c.NoInherit {
			p.inheritCheck(child, ci.c)
		}
	}
}

// sortedChecks returns a table's non-index constraints in name order
// (their creation order is not kept; only names matter for clones).
func sortedChecks(tb *table) []*conInfo {
	names := make([]string, 0, len(tb.checks))
	for n := range tb.checks {
		names = append(names, n)
	}
	slices.Sort(names)
	out := make([]*conInfo, 0, len(names))
	for _, n := range names {
		out = append(out, tb.checks[n])
	}
	return out
}

// inheritCheck gives child (and its own children) an inherited copy of a
// parent's CHECK constraint. A constraint of the same name already on the
// child is merged: on a partition it then belongs to the parent only.
func (p *parser) inheritCheck(child *table, c *schema.Constraint) {
	if old := child.checks[c.Name]; old != nil {
		if child.partOf != nil && old.local {
			old.local = false
			child.removeConstraint(old.c)
		}
	} else {
		child.checks[c.Name] = &conInfo{c: c}
		p.st.addCon(child.t.Schema, c.Name)
	}
	for _, gc := range child.children {
		p.inheritCheck(gc, c)
	}
}

// removeConstraint and removeIndex take an object out of the table's model
// (it now belongs to a parent).
func (tb *table) removeConstraint(c *schema.Constraint) {
	tb.t.Constraints = slices.DeleteFunc(tb.t.Constraints, func(x *schema.Constraint) bool { return x == c })
}

func (tb *table) removeIndex(i *schema.Index) {
	tb.t.Indexes = slices.DeleteFunc(tb.t.Indexes, func(x *schema.Index) bool { return x == i })
}

// hide takes an index that got attached to a parent's index out of its
// table's model.
func (ix *index) hide() {
	if ix.con != nil {
		ix.table.removeConstraint(ix.con)
	} else {
		ix.table.removeIndex(ix.idx)
	}
}

// indexLabel is the last part of a generated index name.
func indexLabel(ix *index) (label string, isConstraint bool) {
	switch {
	case ix.con == nil:
		return "idx", false
	case ix.con.Kind == schema.PrimaryKey:
		return "pkey", true
	case ix.con.Kind == schema.Exclude:
		return "excl", true
	}
	return "key", true
}

// chooseIndexName names a new index of table tb like ChooseIndexName.
func (p *parser) chooseIndexName(tb *table, ix *index) string {
	label, isCon := indexLabel(ix)
	add := ""
	if label != "pkey" {
		add = nameAddition(ix.colnames)
	}
	return p.st.chooseRelationName(tb.t.Name, add, label, tb.t.Schema, isCon)
}

// addIndexConstraint adds a PRIMARY KEY, UNIQUE or EXCLUDE constraint and
// its index; on a partitioned table it reaches the partitions unless
// recurse is false (ALTER TABLE ONLY).
func (p *parser) addIndexConstraint(tb *table, c *pg_query.Constraint, alter, recurse bool) error {
	t := tb.t
	mc, err := newConv(t, p.st).constraint(c, alter)
	if err != nil {
		return err
	}
	var elems []*pg_query.IndexElem
	if c.Contype == pg_query.ConstrType_CONSTR_EXCLUSION {
		for _, x := range c.Exclusions {
			elems = append(elems, x.GetList().GetItems()[0].GetIndexElem())
		}
	} else {
		for _, k := range c.Keys {
			elems = append(elems, &pg_query.IndexElem{Name: strVal(k)})
		}
	}
	for _, k := range c.Including {
		elems = append(elems, &pg_query.IndexElem{Name: strVal(k)})
	}
	ix := &index{table: tb, con: mc, colnames: indexColumnNames(elems)}
	if mc.Kind == schema.PrimaryKey {
		for _, o := range tb.idx {
			if o.con != nil && o.con.Kind == schema.PrimaryKey {
				return fmt.Errorf("multiple primary keys for table %s are not allowed", t.QName())
			}
		}
	}
	name := c.Conname
	if name == "" {
		name = p.chooseIndexName(tb, ix)
	}
	ix.q = qname{Schema: t.Schema, Name: name}
	if err := p.st.addRel(ix.q, relIndex); err != nil {
		return err
	}
	if tb.hasConstraint(name) {
		return fmt.Errorf("constraint %s for relation %s already exists", schema.QuoteIdent(name), t.QName())
	}
	mc.Name = name
	if mc.Kind == schema.PrimaryKey {
		for _, col := range mc.Columns {
			t.Column(col).NotNull = true
		}
	}
	p.st.indexes[ix.q] = ix
	p.st.addCon(t.Schema, name)
	tb.idx = append(tb.idx, ix)
	t.Constraints = append(t.Constraints, mc)
	if recurse && t.PartitionKey != nil {
		for _, ch := range tb.children {
			p.propagateIndex(ix, ch)
		}
	}
	return nil
}

// propagateIndex gives partition part an index matching the partitioned
// index parent: an equal index of the partition not attached yet is
// attached, else PostgreSQL creates a clone with a generated name.
func (p *parser) propagateIndex(parent *index, part *table) {
	for _, ix := range part.idx {
		if ix.parent == nil && sameIndex(parent, ix) {
			ix.parent = parent
			ix.hide()
			return
		}
	}
	clone := &index{table: part, con: parent.con, idx: parent.idx, colnames: parent.colnames, parent: parent}
	clone.q = qname{Schema: part.t.Schema, Name: p.chooseIndexName(part, clone)}
	p.st.rels[clone.q] = relIndex
	p.st.indexes[clone.q] = clone
	if clone.con != nil {
		p.st.addCon(part.t.Schema, clone.q.Name)
	}
	part.idx = append(part.idx, clone)
	for _, ch := range part.children {
		p.propagateIndex(clone, ch)
	}
}

// sameIndex reports whether two indexes have the same definition, as
// CompareIndexInfo decides when attaching partitions' indexes.
func sameIndex(a, b *index) bool {
	if (a.con == nil) != (b.con == nil) {
		return false
	}
	if a.con != nil {
		x, y := *a.con, *b.con
		x.Name, y.Name, x.Comment, y.Comment = "", "", "", ""
		x.IndexOptions, y.IndexOptions = nil, nil
		x.Elements, y.Elements = elementsWithoutStatistics(x.Elements), elementsWithoutStatistics(y.Elements)
		return reflect.DeepEqual(x, y)
	}
	x, y := *a.idx, *b.idx
	x.Name, y.Name, x.Comment, y.Comment = "", "", "", ""
	x.Options, y.Options = nil, nil
	x.Keys, y.Keys = keysWithoutStatistics(x.Keys), keysWithoutStatistics(y.Keys)
	return reflect.DeepEqual(x, y)
}

// addForeignKey adds a FOREIGN KEY constraint, named like
// ATAddForeignKeyConstraint when unnamed; partitions get clones.
func (p *parser) addForeignKey(tb *table, c *pg_query.Constraint, alter bool) error {
	t := tb.t
	mc, err := newConv(t, p.st).constraint(c, alter)
	if err != nil {
		return err
	}
	for _, col := range mc.Columns {
		if t.Column(col) == nil {
			return fmt.Errorf("column %s referenced in foreign key constraint does not exist", schema.QuoteIdent(col))
		}
	}
	name := c.Conname
	if name == "" {
		name = p.st.chooseConstraintName(t.Name, nameAddition(mc.Columns), "fkey", t.Schema, nil)
	} else if tb.hasConstraint(name) {
		return fmt.Errorf("constraint %s for relation %s already exists", schema.QuoteIdent(name), t.QName())
	}
	mc.Name = name
	t.Constraints = append(t.Constraints, mc)
	tb.checks[name] = &conInfo{c: mc, local: true}
	p.st.addCon(t.Schema, name)
	if t.PartitionKey != nil {
		for _, ch := range tb.children {
			p.cloneForeignKey(mc, ch)
		}
	}
	return nil
}

// cloneForeignKey gives partition part the foreign key fk of its parent:
// an equal foreign key of the partition is attached (it then belongs to
// the parent), else a clone keeps the parent's name when the partition has
// no constraint of that name.
func (p *parser) cloneForeignKey(fk *schema.Constraint, part *table) {
	for _, ci := range sortedChecks(part) {
		if ci.local && ci.c.Kind == schema.ForeignKey && sameForeignKey(ci.c, fk) {
			ci.local = false
			part.removeConstraint(ci.c)
			p.cloneForeignKeyChildren(ci.c, part)
			return
		}
	}
	name := fk.Name
	if part.hasConstraint(name) {
		name = p.st.chooseConstraintName(part.t.Name, nameAddition(fk.Columns), "fkey", part.t.Schema, nil)
	}
	part.checks[name] = &conInfo{c: fk}
	p.st.addCon(part.t.Schema, name)
	p.cloneForeignKeyChildren(fk, part)
}

func (p *parser) cloneForeignKeyChildren(fk *schema.Constraint, part *table) {
	for _, ch := range part.children {
		p.cloneForeignKey(fk, ch)
	}
}

func sameForeignKey(a, b *schema.Constraint) bool {
	x, y := *a, *b
	x.Name, y.Name, x.Comment, y.Comment = "", "", "", ""
	x.NotValid, y.NotValid = false, false
	return reflect.DeepEqual(x, y)
}

// cloneOnto gives a new or attached partition what PostgreSQL copies from
// its partitioned parent: indexes (attached or cloned, in the parent's
// index order) and foreign keys.
func (p *parser) cloneOnto(parent, part *table) {
	for _, ix := range parent.idx {
		p.propagateIndex(ix, part)
	}
	for _, ci := range sortedChecks(parent) {
		if ci.c.Kind == schema.ForeignKey {
			p.cloneForeignKey(ci.c, part)
		}
	}
}
