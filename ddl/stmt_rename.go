package ddl

import (
	"fmt"
	"slices"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// rename applies ALTER ... RENAME: of a table, index, sequence or other
// relation (RENAME TO), of a column (RENAME [COLUMN]), of a table
// constraint (RENAME CONSTRAINT), of a schema, and of an enum type or one
// of its labels (RENAME VALUE). The state changes like PostgreSQL's
// catalog: what refers to the object by number (foreign keys, OWNED BY,
// expressions) follows the new name; names generated from the old name
// earlier keep it.
func (p *parser) rename(s *pg_query.RenameStmt, start int) error {
	kind := "ALTER " + objectTypeWord(s.RenameType) + " RENAME"
	if ok, err := p.viewRename(s); ok {
		return err
	}
	switch s.RenameType {
	case pg_query.ObjectType_OBJECT_TABLE, pg_query.ObjectType_OBJECT_INDEX, pg_query.ObjectType_OBJECT_SEQUENCE,
		pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW, pg_query.ObjectType_OBJECT_FOREIGN_TABLE:
		return p.renameRelation(s, start)
	case pg_query.ObjectType_OBJECT_COLUMN:
		if s.RelationType != pg_query.ObjectType_OBJECT_TABLE {
			break
		}
		tb, ok, err := p.renameTarget(s)
		if !ok {
			return err
		}
		return p.renameColumn(tb, s.Subname, s.Newname, s.Relation.Inh)
	case pg_query.ObjectType_OBJECT_TABCONSTRAINT:
		tb, ok, err := p.renameTarget(s)
		if !ok {
			return err
		}
		return p.renameConstraint(tb, s.Subname, s.Newname, s.Relation.Inh)
	case pg_query.ObjectType_OBJECT_SCHEMA:
		return p.renameSchema(s.Subname, s.Newname)
	case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE,
		pg_query.ObjectType_OBJECT_AGGREGATE, pg_query.ObjectType_OBJECT_ROUTINE:
		return p.renameFunction(s)
	case pg_query.ObjectType_OBJECT_TRIGGER:
		return p.renameTrigger(s)
	case pg_query.ObjectType_OBJECT_EVENT_TRIGGER:
		return p.renameEventTrigger(s)
	case pg_query.ObjectType_OBJECT_POLICY:
		return p.renamePolicy(s)
	case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
		return p.renameType(s, start)
	case pg_query.ObjectType_OBJECT_DOMCONSTRAINT:
		return p.renameDomainConstraint(s)
	case pg_query.ObjectType_OBJECT_ATTRIBUTE:
		return p.renameAttribute(s)
	case pg_query.ObjectType_OBJECT_STATISTIC_EXT:
		return p.renameStatistics(s)
	case pg_query.ObjectType_OBJECT_OPCLASS, pg_query.ObjectType_OBJECT_OPFAMILY:
		return p.renameOpClassObject(s) // stmt_opclass.go
	}
	object := ""
	if s.Relation != nil {
		object = rvName(s.Relation)
	}
	return p.unsupported(start, kind, object, "")
}

// renameTarget finds the table of ALTER TABLE [IF EXISTS] t RENAME
// COLUMN/CONSTRAINT; ok is false when there is nothing to do (err nil: IF
// EXISTS of a missing table).
func (p *parser) renameTarget(s *pg_query.RenameStmt) (*table, bool, error) {
	rv := s.Relation
	tb, err := p.st.lookupTable(rv.Schemaname, rv.Relname)
	if err != nil {
		if _, found := p.st.lookupRel(rv.Schemaname, rv.Relname); !found && s.MissingOk {
			return nil, false, nil
		}
		return nil, false, err
	}
	return tb, true, nil
}

// renameRelation applies ALTER TABLE/INDEX/SEQUENCE/VIEW name RENAME TO
// new.
func (p *parser) renameRelation(s *pg_query.RenameStmt, start int) error {
	rv := s.Relation
	q, ok := p.st.lookupRel(rv.Schemaname, rv.Relname)
	if !ok {
		if s.MissingOk {
			return nil
		}
		return fmt.Errorf("relation %s does not exist", displayName(rv.Schemaname, rv.Relname))
	}
	kind := p.st.rels[q]
	// ALTER INDEX ... RENAME accepts any relation, as PostgreSQL does for
	// backward compatibility; ALTER SEQUENCE wants a sequence
	if s.RenameType == pg_query.ObjectType_OBJECT_SEQUENCE && kind != relSequence {
		return fmt.Errorf("%s is not a sequence", q)
	}
	nq := qname{Schema: q.Schema, Name: s.Newname}
	if p.st.rels[nq] != 0 {
		return fmt.Errorf("relation %s already exists", nq)
	}
	if p.st.types[nq] && kind == relTable {
		return fmt.Errorf("type %s already exists", nq)
	}
	switch kind {
	case relTable:
		return p.moveTable(p.st.tables[q], nq)
	case relIndex:
		return p.renameIndex(p.st.indexes[q], s.Newname)
	case relSequence:
		return p.moveSequence(q, nq)
	}
	delete(p.st.rels, q)
	p.st.rels[nq] = kind
	return p.unsupported(start, "ALTER "+objectTypeWord(s.RenameType)+" RENAME", q.String(), "of a relation Strata does not model")
}

// renameIndex renames an index; the constraint it backs takes its name.
func (p *parser) renameIndex(ix *index, name string) error {
	old := ix.q
	nq := qname{Schema: old.Schema, Name: name}
	if ix.con != nil && ix.table.hasConstraint(name) {
		return fmt.Errorf("constraint %s for relation %s already exists", schema.QuoteIdent(name), ix.table.t.QName())
	}
	delete(p.st.rels, old)
	delete(p.st.indexes, old)
	p.st.rels[nq] = relIndex
	p.st.indexes[nq] = ix
	ix.q = nq
	// clones share their parent's model object: only the owner renames it
	if ix.parent == nil {
		if ix.con != nil {
			ix.con.Name = name
		} else {
			ix.idx.Name = name
		}
	}
	if ix.con != nil {
		p.st.dropCon(old.Schema, old.Name)
		p.st.addCon(nq.Schema, name)
	}
	if t := ix.table.t; t.ReplicaIdentityIndex == old.Name {
		t.ReplicaIdentityIndex = name
	}
	return nil
}

// renameConstraint applies ALTER TABLE [ONLY] t RENAME CONSTRAINT old TO
// new. The index behind a key is renamed with it; a CHECK constraint is
// renamed in the children that inherit it.
func (p *parser) renameConstraint(tb *table, old, name string, recurse bool) error {
	t := tb.t
	for _, ix := range tb.idx {
		if ix.con != nil && ix.q.Name == old {
			if ix.parent != nil {
				return fmt.Errorf("cannot rename inherited constraint %s", schema.QuoteIdent(old))
			}
			if p.st.rels[qname{Schema: t.Schema, Name: name}] != 0 {
				return fmt.Errorf("relation %s already exists", qname{Schema: t.Schema, Name: name})
			}
			return p.renameIndex(ix, name)
		}
	}
	ci := tb.checks[old]
	if ci == nil {
		return fmt.Errorf("constraint %s for table %s does not exist", schema.QuoteIdent(old), t.QName())
	}
	if !ci.local {
		return fmt.Errorf("cannot rename inherited constraint %s", schema.QuoteIdent(old))
	}
	if tb.hasConstraint(name) {
		return fmt.Errorf("constraint %s for relation %s already exists", schema.QuoteIdent(name), t.QName())
	}
	inherits := ci.c.Kind == schema.Check && !ci.c.NoInherit
	if inherits && !recurse && len(tb.children) > 0 {
		return fmt.Errorf("inherited constraint %s must be renamed in child tables too", schema.QuoteIdent(old))
	}
	rekey := func(x *table) {
		c := x.checks[old]
		if c == nil {
			return
		}
		delete(x.checks, old)
		x.checks[name] = c
		c.c.Name = name
		p.st.dropCon(x.t.Schema, old)
		p.st.addCon(x.t.Schema, name)
	}
	rekey(tb)
	if inherits {
		tb.eachDescendant(rekey)
	}
	return nil
}

// renameColumn applies ALTER TABLE [ONLY] t RENAME [COLUMN] old TO new: the
// column is renamed in t and in every table that inherits it, and every
// reference follows (keys, indexes, expressions, foreign keys of other
// tables, OWNED BY).
func (p *parser) renameColumn(tb *table, old, name string, recurse bool) error {
	t := tb.t
	col := t.Column(old)
	if col == nil {
		return fmt.Errorf("column %s does not exist", schema.QuoteIdent(old))
	}
	if t.Column(name) != nil {
		return fmt.Errorf("column %s of relation %s already exists", schema.QuoteIdent(name), t.QName())
	}
	if col.Inherited {
		return fmt.Errorf("cannot rename inherited column %s", schema.QuoteIdent(old))
	}
	if !recurse && len(tb.children) > 0 {
		return fmt.Errorf("inherited column %s must be renamed in child tables too", schema.QuoteIdent(old))
	}
	tables := []*table{tb}
	p.columnRenamed(t.QName(), old, name)
	tb.eachDescendant(func(d *table) {
		if d.t.Column(old) != nil && !slices.Contains(tables, d) {
			tables = append(tables, d)
		}
	})
	ren := func(list []string) {
		for i, c := range list {
			if c == old {
				list[i] = name
			}
		}
	}
	for _, x := range tables {
		x.t.Column(old).Name = name
		for _, c := range x.constraints() {
			ren(c.Columns)
			ren(c.Include)
			ren(c.OnDeleteColumns)
			for i := range c.Elements {
				if c.Elements[i].Key.Column == old {
					c.Elements[i].Key.Column = name
				}
			}
		}
		for _, ix := range x.idx {
			ren(ix.colnames)
			if ix.idx != nil {
				for i := range ix.idx.Keys {
					if ix.idx.Keys[i].Column == old {
						ix.idx.Keys[i].Column = name
					}
				}
				ren(ix.idx.Include)
			}
		}
		if pk := x.t.PartitionKey; pk != nil {
			for i := range pk.Keys {
				if pk.Keys[i].Column == old {
					pk.Keys[i].Column = name
				}
			}
		}
	}
	qs := make([]qname, len(tables))
	for i, x := range tables {
		qs[i] = x.t.QName()
	}
	if err := p.st.renameColumnObjects(qs, old, name); err != nil {
		return err
	}
	// foreign keys of any table that reference the renamed column
	for _, other := range p.st.allTables() {
		for _, c := range other.constraints() {
			if c.Kind == schema.ForeignKey && c.RefTable != nil && slices.ContainsFunc(tables, func(x *table) bool { return x.t.QName() == *c.RefTable }) {
				ren(c.RefColumns)
			}
		}
	}
	for _, seq := range p.st.seqs {
		if o := seq.OwnedBy; o != nil && o.Column == old && slices.ContainsFunc(tables, func(x *table) bool { return x.t.QName() == o.Table }) {
			o.Column = name
		}
	}
	return p.st.rewriteExprs(tables, old, renameColumnRef(old, name))
}

// moveTable gives table tb the qualified name nq (RENAME TO, or SET
// SCHEMA with the same name); what refers to the table follows. Its
// indexes and sequences keep their names.
func (p *parser) moveTable(tb *table, nq qname) error {
	old := tb.t.QName()
	delete(p.st.rels, old)
	delete(p.st.tables, old)
	p.st.rels[nq] = relTable
	p.st.tables[nq] = tb
	tb.t.Schema, tb.t.Name = nq.Schema, nq.Name
	p.st.renameRelationObjects(old, nq)
	p.relationMoved(old, nq)
	for _, other := range p.st.allTables() {
		for _, c := range other.constraints() {
			if c.RefTable != nil && *c.RefTable == old {
				r := nq
				c.RefTable = &r
			}
		}
		if po := other.t.PartitionOf; po != nil && *po == old {
			r := nq
			other.t.PartitionOf = &r
		}
		for i, in := range other.t.Inherits {
			if in == old {
				other.t.Inherits[i] = nq
			}
		}
	}
	for _, seq := range p.st.seqs {
		if o := seq.OwnedBy; o != nil && o.Table == old {
			o.Table = nq
		}
	}
	return p.st.rewriteExprs(p.st.allTables(), old.Name, renameRegclass(old, nq))
}

// moveSequence gives the sequence q (stand-alone, serial or identity) the
// qualified name nq; nextval defaults follow.
func (p *parser) moveSequence(q, nq qname) error {
	delete(p.st.rels, q)
	p.st.rels[nq] = relSequence
	if seq := p.st.seqs[q]; seq != nil {
		delete(p.st.seqs, q)
		p.st.seqs[nq] = seq
		seq.Schema, seq.Name = nq.Schema, nq.Name
	}
	if id := p.st.identities[q]; id != nil {
		delete(p.st.identities, q)
		p.st.identities[nq] = id
		id.id.Sequence = nq.Name
	}
	return p.st.rewriteExprs(p.st.allTables(), q.Name, renameRegclass(q, nq))
}

// renameType applies ALTER TYPE name RENAME TO new of an enum type (RENAME
// VALUE is an ALTER TYPE of its own, see alterEnum).
func (p *parser) renameType(s *pg_query.RenameStmt, start int) error {
	sch, name := listName(s.Object)
	q, ok := p.st.lookupType(sch, name)
	if !ok {
		if s.MissingOk {
			return nil
		}
		return fmt.Errorf("type %s does not exist", displayName(sch, name))
	}
	e := p.st.enums[q]
	if e == nil && !p.st.isUserType(q) {
		return p.unsupported(start, "ALTER TYPE RENAME", q.String(), "only enum, domain, composite and range types are modeled")
	}
	nq := qname{Schema: q.Schema, Name: s.Newname}
	if p.st.types[nq] || p.st.rels[nq] != 0 {
		return fmt.Errorf("type %s already exists", nq)
	}
	if e == nil {
		return p.moveUserType(q, nq)
	}
	return p.moveType(q, nq)
}

// moveType gives the enum type q the qualified name nq; columns of the
// type (and of its array type) and expressions follow.
func (p *parser) moveType(q, nq qname) error {
	e := p.st.enums[q]
	delete(p.st.types, q)
	delete(p.st.enums, q)
	p.st.types[nq] = true
	p.st.enums[nq] = e
	e.Schema, e.Name = nq.Schema, nq.Name
	oldT, newT := q.String(), nq.String()
	for _, tb := range p.st.tables {
		for _, c := range tb.t.Columns {
			if c.Type == oldT || strings.HasPrefix(c.Type, oldT+"[") {
				c.Type = newT + c.Type[len(oldT):]
			}
		}
	}
	for k, base := range p.st.domains {
		if base == oldT || strings.HasPrefix(base, oldT+"[") {
			p.st.domains[k] = newT + base[len(oldT):]
		}
	}
	return p.st.rewriteExprs(p.st.allTables(), q.Name, renameTypeRef(q, nq))
}
