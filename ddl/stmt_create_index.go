package ddl

import (
	"errors"
	"fmt"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// createIndex applies CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS]
// [name] ON [ONLY] table ...; on a partitioned table without ONLY the
// partitions get matching indexes.
func (p *parser) createIndex(s *pg_query.IndexStmt, start int) error {
	rv := s.Relation
	tb, err := p.st.lookupTable(rv.Schemaname, rv.Relname)
	if err != nil {
		tb = p.matviewTable(rv.Schemaname, rv.Relname)
	}
	if tb == nil {
		if q, ok := p.st.lookupRel(rv.Schemaname, rv.Relname); ok && p.st.rels[q] == relOther {
			obj := q.Name
			if s.Idxname != "" {
				obj = s.Idxname
			}
			p.st.rels[qname{Schema: q.Schema, Name: obj}] = relOther
			return p.unsupported(start, "CREATE INDEX", qname{Schema: q.Schema, Name: obj}.String(), "on a relation Strata does not model")
		}
		return err
	}
	t := tb.t
	idx, err := newConv(t, p.st).indexFromStmt(s)
	if err != nil {
		return err
	}
	var elems []*pg_query.IndexElem
	for _, n := range append(append([]*pg_query.Node{}, s.IndexParams...), s.IndexIncludingParams...) {
		elems = append(elems, n.GetIndexElem())
	}
	ix := &index{table: tb, idx: idx, colnames: indexColumnNames(elems)}
	name := s.Idxname
	if name == "" {
		if s.IfNotExists {
			return errors.New("IF NOT EXISTS requires that you name the index")
		}
		name = p.chooseIndexName(tb, ix)
	}
	ix.q = qname{Schema: t.Schema, Name: name}
	if p.st.rels[ix.q] != 0 {
		if s.IfNotExists {
			return nil
		}
		return fmt.Errorf("relation %s already exists", ix.q)
	}
	idx.Name = name
	p.st.rels[ix.q] = relIndex
	p.st.indexes[ix.q] = ix
	tb.idx = append(tb.idx, ix)
	t.Indexes = append(t.Indexes, idx)
	if rv.Inh && t.PartitionKey != nil {
		for _, ch := range tb.children {
			p.propagateIndex(ix, ch)
		}
	}
	return nil
}

// attachIndex applies ALTER INDEX parent ATTACH PARTITION child: the
// child's index then belongs to the parent's.
func (p *parser) attachIndex(s *pg_query.AlterTableStmt, cmd *pg_query.PartitionCmd) error {
	pq, ok := p.st.lookupRel(s.Relation.Schemaname, s.Relation.Relname)
	parent := p.st.indexes[pq]
	if !ok || parent == nil {
		return fmt.Errorf("index %s does not exist", rvName(s.Relation))
	}
	cq, ok := p.st.lookupRel(cmd.Name.Schemaname, cmd.Name.Relname)
	child := p.st.indexes[cq]
	if !ok || child == nil {
		return fmt.Errorf("index %s does not exist", rvName(cmd.Name))
	}
	if child.parent == parent {
		return nil
	}
	if child.parent != nil {
		return fmt.Errorf("index %s is already attached to another index", cq)
	}
	if child.table.partOf != parent.table {
		return fmt.Errorf("cannot attach index %s as a partition of index %s: %s is not a partition of %s", cq, pq, child.table.t.QName(), parent.table.t.QName())
	}
	if !sameIndex(parent, child) {
		return fmt.Errorf("cannot attach index %s as a partition of index %s: the index definitions do not match", cq, pq)
	}
	child.parent = parent
	child.hide()
	return nil
}
