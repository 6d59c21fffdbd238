package ddl

import (
	"fmt"
	"slices"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// drop applies DROP [IF EXISTS] ... [CASCADE] for the kinds of objects the
// model holds. What uses a dropped table, view, sequence, function, type or operator
// stops the drop without CASCADE and goes with it with CASCADE, as in
// PostgreSQL (see cascade.go).
func (p *parser) drop(s *pg_query.DropStmt, start int) error {
	kind := "DROP " + objectTypeWord(s.RemoveType)
	cascade := s.Behavior == pg_query.DropBehavior_DROP_CASCADE
	existed, err := p.dropUsersOf(s.RemoveType, s.Objects, cascade)
	if err != nil {
		return err
	}
	for i, o := range s.Objects {
		if existed[i] && p.dropSetOf(s.RemoveType, o, cascade) == nil {
			continue // dropped already with another object of the statement
		}
		var err error
		if ok, ferr := p.dropForeign(s.RemoveType, o, s.MissingOk, s.Behavior == pg_query.DropBehavior_DROP_CASCADE); ok {
			if ferr != nil {
				return ferr
			}
			continue
		}
		switch s.RemoveType {
		case pg_query.ObjectType_OBJECT_TABLE:
			err = p.dropTable(o, s.MissingOk)
		case pg_query.ObjectType_OBJECT_INDEX:
			err = p.dropIndex(o, s.MissingOk)
		case pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW:
			err = p.dropView(o, s.MissingOk, s.RemoveType == pg_query.ObjectType_OBJECT_MATVIEW)
		case pg_query.ObjectType_OBJECT_RULE:
			err = p.dropRule(o, s.MissingOk)
		case pg_query.ObjectType_OBJECT_SEQUENCE:
			err = p.dropSequence(o, s.MissingOk)
		case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE,
			pg_query.ObjectType_OBJECT_AGGREGATE, pg_query.ObjectType_OBJECT_ROUTINE:
			err = p.dropFunction(o, s.RemoveType, s.MissingOk)
		case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
			err = p.dropType(o, s.MissingOk)
		case pg_query.ObjectType_OBJECT_COLLATION:
			err = p.dropCollation(o, s.MissingOk)
		case pg_query.ObjectType_OBJECT_CAST:
			err = p.dropCast(o, s.MissingOk)
		case pg_query.ObjectType_OBJECT_OPERATOR:
			err = p.dropOperator(o, s.MissingOk)
		case pg_query.ObjectType_OBJECT_OPCLASS:
			err = p.dropOpClass(o, s.MissingOk)
		case pg_query.ObjectType_OBJECT_OPFAMILY:
			err = p.dropOpFamily(o, s.MissingOk)
		case pg_query.ObjectType_OBJECT_STATISTIC_EXT:
			err = p.dropStatistics(o, s.MissingOk)
		case pg_query.ObjectType_OBJECT_SCHEMA:
			name := strVal(o)
			if p.st.schemas[name] == nil {
				if !s.MissingOk {
					err = fmt.Errorf("schema %s does not exist", schema.QuoteIdent(name))
				}
				break
			}
			err = p.dropSchema(name, s.Behavior == pg_query.DropBehavior_DROP_CASCADE)
		case pg_query.ObjectType_OBJECT_TRIGGER:
			err = p.dropTrigger(o, s.MissingOk)
		case pg_query.ObjectType_OBJECT_EVENT_TRIGGER:
			err = p.dropEventTrigger(o, s.MissingOk)
		case pg_query.ObjectType_OBJECT_POLICY:
			err = p.dropPolicy(o, s.MissingOk)
		case pg_query.ObjectType_OBJECT_EXTENSION:
			name := strVal(o)
			if p.st.exts[name] == nil {
				if !s.MissingOk && name != "plpgsql" {
					err = fmt.Errorf("extension %s does not exist", schema.QuoteIdent(name))
				}
				break
			}
			delete(p.st.exts, name)
		default:
			return p.unsupported(start, kind, "", "")
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func listName(o *pg_query.Node) (string, string) {
	if l := o.GetList(); l != nil {
		return splitName(l.Items)
	}
	if tn := o.GetTypeName(); tn != nil {
		return splitName(tn.Names)
	}
	return "", strVal(o)
}

func (p *parser) dropTable(o *pg_query.Node, missingOK bool) error {
	sch, name := listName(o)
	tb, err := p.st.lookupTable(sch, name)
	if err != nil {
		if missingOK {
			if _, ok := p.st.lookupRel(sch, name); !ok {
				return nil
			}
		}
		return err
	}
	p.removeTable(tb)
	return nil
}

// removeTable forgets a table with its partitions, indexes, constraints,
// identity and owned sequences.
func (p *parser) removeTable(tb *table) {
	for _, ch := range slices.Clone(tb.children) {
		if ch.partOf == tb {
			p.removeTable(ch)
		}
	}
	q := tb.t.QName()
	for _, ix := range tb.idx {
		delete(p.st.rels, ix.q)
		delete(p.st.indexes, ix.q)
		if ix.con != nil {
			p.st.dropCon(q.Schema, ix.q.Name)
		}
	}
	for name := range tb.checks {
		p.st.dropCon(q.Schema, name)
	}
	for _, c := range tb.t.Columns {
		if c.Identity != nil {
			sq := qname{Schema: q.Schema, Name: c.Identity.Sequence}
			delete(p.st.identities, sq)
			delete(p.st.rels, sq)
		}
	}
	for sq, s := range p.st.seqs {
		if s.OwnedBy != nil && s.OwnedBy.Table == q {
			delete(p.st.seqs, sq)
			delete(p.st.rels, sq)
		}
	}
	for _, pt := range append(slices.Clone(tb.parents), tb.partOf) {
		if pt != nil {
			pt.children = slices.DeleteFunc(pt.children, func(x *table) bool { return x == tb })
		}
	}
	p.st.forgetRelationObjects(q)
	p.dropDependents(q)
	delete(p.st.tables, q)
	delete(p.st.rels, q)
}

func (p *parser) dropIndex(o *pg_query.Node, missingOK bool) error {
	sch, name := listName(o)
	q, ok := p.st.lookupRel(sch, name)
	ix := p.st.indexes[q]
	if !ok || ix == nil {
		if missingOK && !ok {
			return nil
		}
		return fmt.Errorf("index %s does not exist", displayName(sch, name))
	}
	if ix.con != nil {
		return fmt.Errorf("cannot drop index %s because constraint %s on table %s requires it", q, schema.QuoteIdent(ix.q.Name), ix.table.t.QName())
	}
	p.forgetIndex(ix)
	return nil
}

// forgetIndex removes an index, and the clones attached to it.
func (p *parser) forgetIndex(ix *index) {
	for _, other := range p.st.indexes {
		if other.parent == ix {
			p.forgetIndex(other)
		}
	}
	ix.table.idx = slices.DeleteFunc(ix.table.idx, func(x *index) bool { return x == ix })
	if ix.parent == nil {
		ix.hide()
	}
	if ix.con != nil {
		p.st.dropCon(ix.q.Schema, ix.q.Name)
	}
	delete(p.st.indexes, ix.q)
	delete(p.st.rels, ix.q)
}

// dropConstraint applies ALTER TABLE ... DROP CONSTRAINT [IF EXISTS].
func (p *parser) dropConstraint(tb *table, name string, missingOK bool) error {
	for _, ix := range tb.idx {
		if ix.con != nil && ix.q.Name == name {
			p.forgetIndex(ix)
			return nil
		}
	}
	ci := tb.checks[name]
	if ci == nil || !ci.local {
		if missingOK && ci == nil {
			return nil
		}
		return fmt.Errorf("constraint %s of relation %s does not exist or is inherited", schema.QuoteIdent(name), tb.t.QName())
	}
	tb.removeConstraint(ci.c)
	delete(tb.checks, name)
	p.st.dropCon(tb.t.Schema, name)
	tb.eachDescendant(func(d *table) {
		if dc := d.checks[name]; dc != nil && !dc.local {
			delete(d.checks, name)
			p.st.dropCon(d.t.Schema, name)
		}
	})
	return nil
}

func (p *parser) dropSequence(o *pg_query.Node, missingOK bool) error {
	sch, name := listName(o)
	q, ok := p.st.lookupRel(sch, name)
	if !ok || p.st.seqs[q] == nil {
		if missingOK && !ok {
			return nil
		}
		return fmt.Errorf("sequence %s does not exist", displayName(sch, name))
	}
	delete(p.st.seqs, q)
	delete(p.st.rels, q)
	return nil
}

func (p *parser) dropType(o *pg_query.Node, missingOK bool) error {
	sch, name := listName(o)
	q, ok := p.st.lookupType(sch, name)
	if !ok {
		if missingOK {
			return nil
		}
		return fmt.Errorf("type %s does not exist", displayName(sch, name))
	}
	delete(p.st.enums, q)
	p.st.forgetType(q)
	delete(p.st.types, q)
	return nil
}

// dropSchema drops a schema; with CASCADE, everything in it.
func (p *parser) dropSchema(name string, cascade bool) error {
	var tables []*table
	for q, tb := range p.st.tables {
		if q.Schema == name {
			tables = append(tables, tb)
		}
	}
	empty := len(tables) == 0
	for q := range p.st.rels {
		empty = empty && q.Schema != name
	}
	for q := range p.st.types {
		empty = empty && q.Schema != name
	}
	for _, f := range p.st.funcs {
		empty = empty && f.Schema != name
	}
	empty = empty && !p.st.schemaHoldsOthers(name)
	if !empty && !cascade {
		return fmt.Errorf("cannot drop schema %s because other objects depend on it; use DROP SCHEMA ... CASCADE", schema.QuoteIdent(name))
	}
	for _, tb := range tables {
		if p.st.tables[tb.t.QName()] != nil {
			p.removeTable(tb)
		}
	}
	for q := range p.st.seqs {
		if q.Schema == name {
			delete(p.st.seqs, q)
		}
	}
	for q := range p.st.rels {
		if q.Schema == name {
			delete(p.st.rels, q)
		}
	}
	for q := range p.st.types {
		if q.Schema == name {
			delete(p.st.types, q)
			delete(p.st.enums, q)
		}
	}
	p.st.forgetSchemaObjects(name)
	p.st.dropSchemaFunctions(name)
	for n, e := range p.st.exts {
		if e.Schema == name {
			delete(p.st.exts, n)
		}
	}
	delete(p.st.schemas, name)
	return nil
}

// schemaHoldsOthers reports whether schema name holds objects other than
// relations, types and functions: collations, operators, operator classes
// and families, statistics objects. Any of them stops DROP SCHEMA without
// CASCADE, as its pg_depend entry on the schema does.
func (st *state) schemaHoldsOthers(name string) bool {
	if u := st.udt; u != nil {
		for q := range u.collations {
			if q.Schema == name {
				return true
			}
		}
		for _, o := range u.operators {
			if o.Schema == name {
				return true
			}
		}
	}
	if o := st.opclasses; o != nil {
		for _, f := range o.families {
			if f.Schema == name {
				return true
			}
		}
		for _, c := range o.classes {
			if c.Schema == name {
				return true
			}
		}
	}
	for _, si := range st.liveStats() {
		if si.ns.Name == name {
			return true
		}
	}
	return false
}

// dropColumn applies ALTER TABLE ... DROP COLUMN: the column goes with the
// indexes and constraints on it, its identity or owned sequence, and the
// inherited copies in children (unless ONLY).
func (p *parser) dropColumn(tb *table, name string, recurse bool) error {
	t := tb.t
	c := t.Column(name)
	if c.Inherited && len(tb.parents)+boolIndex(tb.partOf != nil) > 0 {
		return fmt.Errorf("cannot drop inherited column %s", schema.QuoteIdent(name))
	}
	for _, ix := range slices.Clone(tb.idx) {
		if ix.parent == nil && indexUses(ix, name) {
			p.forgetIndex(ix)
		}
	}
	for cn, ci := range tb.checks {
		if ci.local && (slices.Contains(ci.c.Columns, name) || exprUsesColumn(ci.c.Expr, name)) {
			tb.removeConstraint(ci.c)
			delete(tb.checks, cn)
			p.st.dropCon(t.Schema, cn)
		}
	}
	if c.Identity != nil {
		q := qname{Schema: t.Schema, Name: c.Identity.Sequence}
		delete(p.st.identities, q)
		delete(p.st.rels, q)
	}
	for sq, s := range p.st.seqs {
		if s.OwnedBy != nil && s.OwnedBy.Table == t.QName() && s.OwnedBy.Column == name {
			delete(p.st.seqs, sq)
			delete(p.st.rels, sq)
		}
	}
	t.Columns = slices.DeleteFunc(t.Columns, func(x *schema.Column) bool { return x == c })
	for _, ch := range tb.children {
		if cc := ch.t.Column(name); cc != nil && (cc.Inherited || ch.partOf == tb) && recurse {
			cc.Inherited = false
			if err := p.dropColumn(ch, name, recurse); err != nil {
				return err
			}
		}
	}
	return nil
}

// indexUses reports whether an index or its constraint names column col
// as a key or INCLUDE column, or in a key expression or predicate.
func indexUses(ix *index, col string) bool {
	var keys []schema.IndexKey
	var cols []string
	if ix.con != nil {
		cols = append(append(cols, ix.con.Columns...), ix.con.Include...)
		for _, e := range ix.con.Elements {
			keys = append(keys, e.Key)
		}
	} else {
		keys = ix.idx.Keys
		cols = ix.idx.Include
	}
	var exprs []string
	for _, k := range keys {
		cols = append(cols, k.Column)
		exprs = append(exprs, k.Expr)
	}
	if ix.con != nil {
		exprs = append(exprs, ix.con.Where)
	} else {
		exprs = append(exprs, ix.idx.Where)
	}
	return slices.Contains(cols, col) || slices.ContainsFunc(exprs, func(e string) bool { return exprUsesColumn(e, col) })
}

// exprUsesColumn reports whether canonical expression expr of a table
// names column col of that table (a bare column name).
func exprUsesColumn(expr, col string) bool {
	if expr == "" {
		return false
	}
	return slices.ContainsFunc(ExprReferences(expr).Columns, func(c schema.ColumnRef) bool {
		return c.Table == (qname{}) && c.Column == col
	})
}
