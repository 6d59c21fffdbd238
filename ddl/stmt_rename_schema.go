package ddl

import (
	"fmt"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// renameSchema applies ALTER SCHEMA old RENAME TO new: every object in the
// schema moves with it and every qualified reference to it follows.
// search_path keeps the old name, as PostgreSQL's setting is text.
func (p *parser) renameSchema(old, name string) error {
	sc := p.st.schemas[old]
	if sc == nil {
		return fmt.Errorf("schema %s does not exist", schema.QuoteIdent(old))
	}
	if p.st.schemas[name] != nil {
		return fmt.Errorf("schema %s already exists", schema.QuoteIdent(name))
	}
	if strings.HasPrefix(name, "pg_") {
		return fmt.Errorf("unacceptable schema name %s: the prefix \"pg_\" is reserved for system schemas", schema.QuoteIdent(name))
	}
	st := p.st
	delete(st.schemas, old)
	st.schemas[name] = sc
	sc.Name = name
	move := func(q qname) qname {
		if q.Schema == old {
			q.Schema = name
		}
		return q
	}
	st.types = rekey(st.types, move)
	st.rels = rekey(st.rels, move)
	st.enums = rekey(st.enums, move)
	st.seqs = rekey(st.seqs, move)
	st.tables = rekey(st.tables, move)
	st.indexes = rekey(st.indexes, move)
	st.identities = rekey(st.identities, move)
	st.renameSchemaFunctions(old, name)
	st.opclasses.renameSchema(old, name) // stmt_opclass.go
	if err := st.renameSchemaObjects(old, name); err != nil {
		return err
	}
	if err := st.renameSchemaKinds(old, name); err != nil { // stmt_rename_schema_kinds.go
		return err
	}
	if m := st.cons[old]; m != nil {
		delete(st.cons, old)
		st.cons[name] = m
	}
	for _, e := range st.exts {
		if e.Schema == old {
			e.Schema = name
		}
	}
	for _, e := range st.enums {
		e.Schema = move(e.QName()).Schema
	}
	for _, s := range st.seqs {
		s.Schema = move(s.QName()).Schema
		if o := s.OwnedBy; o != nil {
			o.Table = move(o.Table)
		}
	}
	for _, ix := range st.indexes {
		ix.q = move(ix.q)
	}
	prefix := schema.QuoteIdent(old) + "."
	text := func(s *string) {
		if strings.HasPrefix(*s, prefix) {
			*s = schema.QuoteIdent(name) + "." + (*s)[len(prefix):]
		}
	}
	keys := func(ks []schema.IndexKey) {
		for i := range ks {
			text(&ks[i].Collation)
			text(&ks[i].OpClass)
		}
	}
	for k, base := range st.domains {
		text(&base)
		delete(st.domains, k)
		text(&k)
		st.domains[k] = base
	}
	for _, tb := range st.tables {
		t := tb.t
		t.Schema = move(t.QName()).Schema
		if t.PartitionOf != nil {
			q := move(*t.PartitionOf)
			t.PartitionOf = &q
		}
		for i := range t.Inherits {
			t.Inherits[i] = move(t.Inherits[i])
		}
		if t.PartitionKey != nil {
			keys(t.PartitionKey.Keys)
		}
		for _, c := range t.Columns {
			text(&c.Type)
			text(&c.Collation)
		}
		for _, c := range tb.constraints() {
			if c.RefTable != nil {
				q := move(*c.RefTable)
				c.RefTable = &q
			}
			for i := range c.Elements {
				text(&c.Elements[i].Operator)
				text(&c.Elements[i].Key.Collation)
				text(&c.Elements[i].Key.OpClass)
			}
		}
		for _, ix := range tb.idx {
			if ix.idx != nil {
				keys(ix.idx.Keys)
			}
		}
	}
	return st.rewriteExprs(st.allTables(), old, renameSchemaRef(old, name))
}

// rekey returns m with every key passed through move.
func rekey[V any](m map[qname]V, move func(qname) qname) map[qname]V {
	out := make(map[qname]V, len(m))
	for k, v := range m {
		out[move(k)] = v
	}
	return out
}

// setSchema applies ALTER TABLE/SEQUENCE/TYPE name SET SCHEMA new. A table
// takes its indexes, constraints and the sequences its columns own along.
func (p *parser) setSchema(s *pg_query.AlterObjectSchemaStmt, start int) error {
	kind := "ALTER " + objectTypeWord(s.ObjectType) + " SET SCHEMA"
	if ok, err := p.viewSetSchema(s); ok {
		return err
	}
	switch s.ObjectType {
	case pg_query.ObjectType_OBJECT_TABLE, pg_query.ObjectType_OBJECT_SEQUENCE, pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
		if p.st.schemas[s.Newschema] == nil {
			return fmt.Errorf("schema %s does not exist", schema.QuoteIdent(s.Newschema))
		}
	}
	switch s.ObjectType {
	case pg_query.ObjectType_OBJECT_STATISTIC_EXT:
		return p.setStatisticsSchema(s)
	case pg_query.ObjectType_OBJECT_OPCLASS, pg_query.ObjectType_OBJECT_OPFAMILY:
		return p.setOpClassSchema(s) // stmt_opclass.go
	case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE,
		pg_query.ObjectType_OBJECT_AGGREGATE, pg_query.ObjectType_OBJECT_ROUTINE:
		return p.functionSetSchema(s)
	case pg_query.ObjectType_OBJECT_TABLE, pg_query.ObjectType_OBJECT_SEQUENCE:
		rv := s.Relation
		q, ok := p.st.lookupRel(rv.Schemaname, rv.Relname)
		if !ok {
			if s.MissingOk {
				return nil
			}
			return fmt.Errorf("relation %s does not exist", displayName(rv.Schemaname, rv.Relname))
		}
		nq := qname{Schema: s.Newschema, Name: q.Name}
		if q == nq {
			return nil
		}
		if p.st.rels[nq] != 0 {
			return fmt.Errorf("relation %s already exists in schema %s", schema.QuoteIdent(q.Name), schema.QuoteIdent(s.Newschema))
		}
		switch p.st.rels[q] {
		case relTable:
			return p.tableSetSchema(p.st.tables[q], s.Newschema)
		case relSequence:
			if seq := p.st.seqs[q]; seq != nil && seq.OwnedBy != nil || p.st.identities[q] != nil {
				return fmt.Errorf("cannot move an owned sequence into another schema: sequence %s is linked to a table", q)
			}
			return p.moveSequence(q, nq)
		}
		return p.unsupported(start, kind, q.String(), "of a relation Strata does not model")
	case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
		sch, name := listName(s.Object)
		q, ok := p.st.lookupType(sch, name)
		if !ok {
			if s.MissingOk {
				return nil
			}
			return fmt.Errorf("type %s does not exist", displayName(sch, name))
		}
		if p.st.enums[q] == nil && !p.st.isUserType(q) {
			return p.unsupported(start, kind, q.String(), "only enum, domain, composite and range types are modeled")
		}
		nq := qname{Schema: s.Newschema, Name: q.Name}
		if q == nq {
			return nil
		}
		if p.st.types[nq] || p.st.rels[nq] != 0 {
			return fmt.Errorf("type %s already exists in schema %s", schema.QuoteIdent(q.Name), schema.QuoteIdent(s.Newschema))
		}
		if p.st.enums[q] == nil {
			return p.moveUserType(q, nq)
		}
		return p.moveType(q, nq)
	}
	object := ""
	if s.Relation != nil {
		object = rvName(s.Relation)
	}
	return p.unsupported(start, kind, object, "")
}

// tableSetSchema moves table tb, its indexes, constraint names and owned
// sequences into schema sch.
func (p *parser) tableSetSchema(tb *table, sch string) error {
	old := tb.t.Schema
	var seqs []qname
	for _, c := range tb.t.Columns {
		if c.Identity != nil {
			seqs = append(seqs, qname{Schema: old, Name: c.Identity.Sequence})
		}
	}
	for q, seq := range p.st.seqs {
		if seq.OwnedBy != nil && seq.OwnedBy.Table == tb.t.QName() && q.Schema == old {
			seqs = append(seqs, q)
		}
	}
	for _, ix := range tb.idx {
		if p.st.rels[qname{Schema: sch, Name: ix.q.Name}] != 0 {
			return fmt.Errorf("relation %s already exists in schema %s", schema.QuoteIdent(ix.q.Name), schema.QuoteIdent(sch))
		}
	}
	for _, q := range seqs {
		if p.st.rels[qname{Schema: sch, Name: q.Name}] != 0 {
			return fmt.Errorf("relation %s already exists in schema %s", schema.QuoteIdent(q.Name), schema.QuoteIdent(sch))
		}
	}
	if err := p.moveTable(tb, qname{Schema: sch, Name: tb.t.Name}); err != nil {
		return err
	}
	for _, ix := range tb.idx {
		nq := qname{Schema: sch, Name: ix.q.Name}
		delete(p.st.rels, ix.q)
		delete(p.st.indexes, ix.q)
		p.st.rels[nq] = relIndex
		p.st.indexes[nq] = ix
		if ix.con != nil {
			p.st.dropCon(old, ix.q.Name)
			p.st.addCon(sch, ix.q.Name)
		}
		ix.q = nq
	}
	for name := range tb.checks {
		p.st.dropCon(old, name)
		p.st.addCon(sch, name)
	}
	for _, q := range seqs {
		if err := p.moveSequence(q, qname{Schema: sch, Name: q.Name}); err != nil {
			return err
		}
	}
	return nil
}
