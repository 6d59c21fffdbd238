package ddl

import (
	"errors"
	"fmt"
	"slices"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// createTable applies CREATE [UNLOGGED] TABLE [IF NOT EXISTS], including
// INHERITS, PARTITION BY and PARTITION OF.
func (p *parser) createTable(s *pg_query.CreateStmt, start int) error {
	rv := s.Relation
	if rv.Relpersistence == "t" {
		return errors.New("temporary tables are not part of a schema; remove this statement")
	}
	if s.OfTypename != nil {
		return p.unsupported(start, "CREATE TABLE OF", rvName(rv), "typed tables")
	}
	q, err := p.st.createName(rv.Schemaname, rv.Relname)
	if err != nil {
		return err
	}
	if p.st.rels[q] != 0 {
		if s.IfNotExists {
			return nil
		}
		return fmt.Errorf("relation %s already exists", q)
	}
	t := &schema.Table{Schema: q.Schema, Name: q.Name, Unlogged: rv.Relpersistence == "u"}
	if s.AccessMethod != "" && s.AccessMethod != "heap" {
		t.AccessMethod = s.AccessMethod
	}
	t.Options = relOptions(s.Options)
	tb := &table{t: t, checks: map[string]*conInfo{}}

	var parents []*table
	for _, n := range s.InhRelations {
		prv := n.GetRangeVar()
		pt, err := p.st.lookupTable(prv.GetSchemaname(), prv.GetRelname())
		if err != nil {
			return err
		}
		parents = append(parents, pt)
	}
	if s.Partbound != nil {
		if len(parents) != 1 || parents[0].t.PartitionKey == nil {
			return fmt.Errorf("table %s is not partitioned", rvName(s.InhRelations[0].GetRangeVar()))
		}
		tb.partOf = parents[0]
		pq := parents[0].t.QName()
		t.PartitionOf = &pq
	} else {
		for _, pt := range parents {
			if pt.t.PartitionKey != nil {
				return fmt.Errorf("cannot inherit from partitioned table %s", pt.t.QName())
			}
			tb.parents = append(tb.parents, pt)
			t.Inherits = append(t.Inherits, pt.t.QName())
		}
	}
	for _, pt := range parents {
		inheritColumns(tb, pt)
	}

	var pend pending
	for _, n := range s.TableElts {
		switch x := n.GetNode().(type) {
		case *pg_query.Node_ColumnDef:
			if err := p.columnDef(tb, x.ColumnDef, &pend); err != nil {
				return err
			}
		case *pg_query.Node_Constraint:
			pend.add(x.Constraint)
		case *pg_query.Node_TableLikeClause:
			if err := p.likeClause(tb, x.TableLikeClause, &pend); err != nil {
				return err
			}
		default:
			return fmt.Errorf("unexpected table element %T", x)
		}
	}
	if err := p.columnExprs(tb, &pend); err != nil {
		return err
	}
	cv := newConv(t, p.st)
	if s.Partspec != nil {
		if t.PartitionKey, err = cv.partitionKey(s.Partspec); err != nil {
			return err
		}
	}
	if tb.partOf != nil {
		if t.PartitionBound, err = partitionBound(s.Partbound, keyTypes(tb.partOf.t)); err != nil {
			return err
		}
	}
	if err := p.st.addRel(q, relTable); err != nil {
		return err
	}
	p.st.tables[q] = tb
	for _, pt := range parents {
		pt.children = append(pt.children, tb)
		p.inheritChecks(pt, tb)
	}
	if err := p.addChecks(tb, pend.checks, false, true); err != nil {
		return err
	}
	if tb.partOf != nil {
		p.cloneOnto(tb.partOf, tb)
	}
	for _, l := range pend.likes {
		p.expandLike(tb, l)
	}
	return p.addPendingKeys(tb, &pend, false, true)
}

// add files a table constraint by the step that creates it.
func (pend *pending) add(c *pg_query.Constraint) {
	switch c.Contype {
	case pg_query.ConstrType_CONSTR_CHECK:
		pend.checks = append(pend.checks, c)
	case pg_query.ConstrType_CONSTR_FOREIGN:
		pend.fks = append(pend.fks, c)
	default:
		pend.idx = append(pend.idx, c)
	}
}

// addPendingKeys creates the index-backed constraints (the primary key
// first, as PostgreSQL does) and then the foreign keys.
func (p *parser) addPendingKeys(tb *table, pend *pending, alter, recurse bool) error {
	var pk []*pg_query.Constraint
	var rest []*pg_query.Constraint
	for _, c := range pend.idx {
		if c.Contype == pg_query.ConstrType_CONSTR_PRIMARY {
			pk = append(pk, c)
		} else {
			rest = append(rest, c)
		}
	}
	for _, c := range dedupKeys(append(pk, rest...)) {
		switch c.Contype {
		case pg_query.ConstrType_CONSTR_PRIMARY, pg_query.ConstrType_CONSTR_UNIQUE, pg_query.ConstrType_CONSTR_EXCLUSION:
			if err := p.addIndexConstraint(tb, c, alter, recurse); err != nil {
				return err
			}
		case pg_query.ConstrType_CONSTR_NOTNULL:
			// NOT NULL as a table constraint (PostgreSQL 18 syntax)
			for _, k := range strList(c.Keys) {
				if col := tb.t.Column(k); col != nil {
					col.NotNull = true
				}
			}
		default:
			return fmt.Errorf("unsupported table constraint %s", c.Contype)
		}
	}
	for _, c := range pend.fks {
		if err := p.addForeignKey(tb, c, alter); err != nil {
			return err
		}
	}
	return nil
}

// inheritColumns gives tb the columns of parent pt (a partition's parent or
// an INHERITS parent), merging columns of the same name.
func inheritColumns(tb *table, pt *table) {
	for _, pc := range pt.t.Columns {
		if c := tb.t.Column(pc.Name); c != nil {
			c.NotNull = c.NotNull || pc.NotNull
			continue
		}
		tb.t.Columns = append(tb.t.Columns, &schema.Column{
			Name: pc.Name, Type: pc.Type, Collation: pc.Collation, NotNull: pc.NotNull,
			Default: pc.Default, Generated: pc.Generated, Storage: pc.Storage,
			Compression: pc.Compression, Inherited: true,
		})
	}
}

// LIKE options (CREATE_TABLE_LIKE_* bits of TableLikeClause.Options).
const (
	likeComments    = 1 << 0
	likeCompression = 1 << 1
	likeConstraints = 1 << 2
	likeDefaults    = 1 << 3
	likeGenerated   = 1 << 4
	likeIdentity    = 1 << 5
	likeIndexes     = 1 << 6
	likeStatistics  = 1 << 7
	likeStorage     = 1 << 8
)

// likeClause copies the columns of LIKE source with what the INCLUDING
// options ask for; CHECK constraints and indexes are copied once the
// table exists (expandLike).
func (p *parser) likeClause(tb *table, l *pg_query.TableLikeClause, pend *pending) error {
	src, err := p.st.lookupTable(l.Relation.GetSchemaname(), l.Relation.GetRelname())
	if err != nil {
		return err
	}
	o := l.Options
	for _, c := range src.t.Columns {
		if tb.t.Column(c.Name) != nil {
			return fmt.Errorf("column %s specified more than once", schema.QuoteIdent(c.Name))
		}
		nc := &schema.Column{Name: c.Name, Type: c.Type, Collation: c.Collation, NotNull: c.NotNull}
		if o&likeDefaults != 0 && c.Generated == "" {
			nc.Default = c.Default
		}
		if o&likeGenerated != 0 {
			nc.Generated = c.Generated
		}
		if o&likeCompression != 0 {
			nc.Compression = c.Compression
		}
		if o&likeStorage != 0 {
			nc.Storage = c.Storage
		}
		if o&likeComments != 0 {
			nc.Comment = c.Comment
		}
		tb.t.Columns = append(tb.t.Columns, nc)
		if o&likeIdentity != 0 && c.Identity != nil {
			id := *c.Identity
			id.Sequence = p.st.chooseRelationName(tb.t.Name, c.Name, "seq", tb.t.Schema, false)
			q := qname{Schema: tb.t.Schema, Name: id.Sequence}
			if err := p.st.addRel(q, relSequence); err != nil {
				return err
			}
			nc.Identity = &id
			p.st.identities[q] = &identity{id: &id, typ: nc.Type}
		}
	}
	if o&(likeConstraints|likeIndexes|likeStatistics) != 0 {
		pend.likes = append(pend.likes, likeCopy{src: src, opts: o})
	}
	return nil
}

// likeCopy is a LIKE clause whose constraints, indexes or extended
// statistics are copied after the table is created.
type likeCopy struct {
	src  *table
	opts uint32
}

// expandLike copies CHECK constraints (with their names), indexes and
// extended statistics (with new names) of LIKE sources, as
// expandTableLikeClause does.
func (p *parser) expandLike(tb *table, l likeCopy) {
	t := tb.t
	if l.opts&likeStatistics != 0 {
		p.st.cloneStatistics(l.src, tb, l.opts&likeComments != 0)
	}
	if l.opts&likeConstraints != 0 {
		for _, ci := range sortedChecks(l.src) {
			if ci.c.Kind != schema.Check || tb.checks[ci.c.Name] != nil {
				continue
			}
			c := *ci.c
			if l.opts&likeComments == 0 {
				c.Comment = ""
			}
			t.Constraints = append(t.Constraints, &c)
			tb.checks[c.Name] = &conInfo{c: &c, local: true}
			p.st.addCon(t.Schema, c.Name)
		}
	}
	if l.opts&likeIndexes != 0 {
		for _, six := range l.src.idx {
			ix := &index{table: tb, colnames: six.colnames}
			if six.con != nil {
				c := *six.con
				if l.opts&likeComments == 0 {
					c.Comment = ""
				}
				ix.con = &c
			} else {
				i := *six.idx
				if l.opts&likeComments == 0 {
					i.Comment = ""
				}
				ix.idx = &i
			}
			ix.q = qname{Schema: t.Schema, Name: p.chooseIndexName(tb, ix)}
			p.st.rels[ix.q] = relIndex
			p.st.indexes[ix.q] = ix
			tb.idx = append(tb.idx, ix)
			if ix.con != nil {
				ix.con.Name = ix.q.Name
				p.st.addCon(t.Schema, ix.q.Name)
				t.Constraints = append(t.Constraints, ix.con)
			} else {
				ix.idx.Name = ix.q.Name
				t.Indexes = append(t.Indexes, ix.idx)
			}
		}
	}
}

// dedupKeys drops PRIMARY KEY and UNIQUE constraints of one statement that
// repeat an earlier one (same columns and options), as
// transformIndexConstraints does; an unnamed survivor takes the name of a
// named duplicate.
func dedupKeys(cons []*pg_query.Constraint) []*pg_query.Constraint {
	var out []*pg_query.Constraint
next:
	for _, c := range cons {
		if c.Contype == pg_query.ConstrType_CONSTR_PRIMARY || c.Contype == pg_query.ConstrType_CONSTR_UNIQUE {
			for _, prior := range out {
				if (prior.Contype == pg_query.ConstrType_CONSTR_PRIMARY || prior.Contype == pg_query.ConstrType_CONSTR_UNIQUE) &&
					slices.Equal(strList(prior.Keys), strList(c.Keys)) &&
					slices.Equal(strList(prior.Including), strList(c.Including)) &&
					prior.NullsNotDistinct == c.NullsNotDistinct && prior.Deferrable == c.Deferrable &&
					prior.Initdeferred == c.Initdeferred && prior.Indexname == "" && c.Indexname == "" {
					if prior.Conname == "" {
						prior.Conname = c.Conname
					}
					continue next
				}
			}
		}
		out = append(out, c)
	}
	return out
}
