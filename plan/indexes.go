package plan

import (
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// indexRemovals returns what dropping index i of table q removes.
func indexRemovals(q schema.QName, i *schema.Index) []string {
	iq := inSchema(q, i.Name)
	rs := []string{rRel(iq), rIndex(iq)}
	if k := indexKey(i); k != nil {
		rs = append(rs, rKey(q, k))
	}
	return rs
}

// indexKey returns the columns of a unique index a foreign key can
// reference, or nil.
func indexKey(i *schema.Index) []string {
	if !i.Unique || i.Where != "" {
		return nil
	}
	cols := make([]string, len(i.Keys))
	for n, k := range i.Keys {
		if k.Column == "" {
			return nil
		}
		cols[n] = k.Column
	}
	return cols
}

// concurrent reports whether an index of table t is created or dropped
// CONCURRENTLY: when asked for, on a table that exists already and is not
// partitioned (PostgreSQL cannot do it there).
func (b *builder) concurrent(t *schema.Table, existing bool) bool {
	return b.opts.Concurrently && existing && t.PartitionKey == nil
}

func (b *builder) addIndex(c diff.Change, t *schema.Table, i *schema.Index, existing bool) {
	q := t.QName()
	iq := inSchema(q, i.Name)
	sql := ddl.CreateIndex(t, i)
	conc := b.concurrent(t, existing)
	if conc {
		sql = strings.Replace(sql, "INDEX ", "INDEX CONCURRENTLY ", 1)
	}
	n := &node{sql: sql, object: iq.String(), kind: "create index", phase: phaseAddConstraint, change: c, nonTransactional: conc,
		requires: []string{rTable(q)}, provides: []string{rRel(iq), rIndex(iq)}}
	for _, k := range i.Keys {
		if k.Column != "" {
			n.requires = append(n.requires, rColumn(q, k.Column), rColumnAltered(q, k.Column))
		}
	}
	for _, col := range i.Include {
		n.requires = append(n.requires, rColumn(q, col), rColumnAltered(q, col))
	}
	n.requires = append(n.requires, b.indexExprResources(i)...)
	n.requires = append(n.requires, indexOpClassResources(b.to, t, i)...) // plan/opclass.go
	if k := indexKey(i); k != nil {
		n.provides = append(n.provides, rKey(q, k))
	}
	b.add(n)
	b.indexStatistics(c, q, i.Name, nil, i.Keys, rIndex(iq))
	if i.Comment != "" {
		b.comment(c, iq.String(), "index", ddl.CommentOnIndex(q, i.Name, i.Comment), rIndex(iq))
	}
}

func (b *builder) dropIndex(c diff.Change, t *schema.Table, i *schema.Index) {
	q := t.QName()
	iq := inSchema(q, i.Name)
	conc := b.concurrent(t, true)
	sql := "DROP INDEX " + iq.String()
	if conc {
		sql = "DROP INDEX CONCURRENTLY " + iq.String()
	}
	n := &node{sql: sql, object: iq.String(), kind: "drop index", phase: phaseDropConstraint, change: c, nonTransactional: conc,
		removes: indexRemovals(q, i)}
	for _, k := range i.Keys {
		if k.Column != "" {
			n.releases = append(n.releases, rColumn(q, k.Column))
		}
	}
	for _, col := range i.Include {
		n.releases = append(n.releases, rColumn(q, col))
	}
	n.releases = append(n.releases, b.indexExprResources(i)...)
	n.releases = append(n.releases, indexOpClassResources(b.from, t, i)...) // plan/opclass.go
	if k := indexKey(i); k != nil {
		b.removedKeys = append(b.removedKeys, keyRef{q, k})
	}
	for r := range b.swapped {
		if indexUsesType(i, strings.TrimPrefix(r, "type:")) {
			n.provides = append(n.provides, "users dropped:"+strings.TrimPrefix(r, "type:"))
		}
	}
	b.add(n)
}

// indexExprResources returns what the key expressions and predicate of
// index i need: the user functions and types they name.
func (b *builder) indexExprResources(i *schema.Index) []string {
	rs := b.exprResources(i.Where)
	for _, k := range i.Keys {
		rs = append(rs, b.exprResources(k.Expr)...)
	}
	return rs
}
