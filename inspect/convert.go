package inspect

import (
	"fmt"
	"sync"

	"github.com/stratadb/strata/ddl"
)

// The functions below turn the DDL PostgreSQL printed into model values
// through package ddl, the code that parses user files, so that both sources
// agree by construction. Names, storage parameters and comments come straight
// from the catalog. They run on the pool's workers: they only read the table
// (its columns are complete) and write their own rows' results.

// defaultCache memoizes the canonical form of DEFAULT expressions by printed
// text and column type. A DEFAULT cannot refer to columns, so its canonical
// form does not depend on the table; large schemas repeat a few defaults
// ("false", "0", "now()") thousands of times. Generation expressions refer
// to columns and are never cached.
type defaultCache struct{ m sync.Map }

type defaultKey struct{ def, target string }

// convertTable converts the default and generation expressions of every
// column and the partition key and bound of tr.
func convertTable(tr *tableRow, cache *defaultCache) {
	t := tr.table
	tr.exprs = make([]string, len(tr.defaults))
	for i, d := range tr.defaults {
		if d.def == "" {
			continue
		}
		c := t.Columns[i]
		key := defaultKey{d.def, c.Type}
		if !d.generated {
			if expr, ok := cache.m.Load(key); ok {
				tr.exprs[i] = expr.(string)
				continue
			}
		}
		expr, err := ddl.ExprFromDef(d.def, t, c.Type)
		if err != nil {
			tr.err = fmt.Errorf("inspect: table %s: column %s: expression %q: %w", t.QName(), c.Name, d.def, err)
			return
		}
		if !d.generated {
			cache.m.Store(key, expr)
		}
		tr.exprs[i] = expr
	}
	if tr.partKeyDef != nil {
		k, err := ddl.PartitionKeyFromDef(*tr.partKeyDef, t)
		if err != nil {
			tr.err = fmt.Errorf("inspect: table %s: partition key %q: %w", t.QName(), *tr.partKeyDef, err)
			return
		}
		tr.partKey = k
	}
	if tr.partBoundDef != nil {
		b, err := ddl.PartitionBoundFromDef(*tr.partBoundDef)
		if err != nil {
			tr.err = fmt.Errorf("inspect: table %s: partition bound %q: %w", t.QName(), *tr.partBoundDef, err)
			return
		}
		tr.partBound = b
	}
}

// convertConstraints converts the constraints of tr; cache (nil: none)
// shares conversions between tables.
func convertConstraints(tr *tableRow, cache *defCache) {
	t := tr.table
	for i := range tr.constraints {
		cr := &tr.constraints[i]
		c, err := cache.constraint(cr.name, cr.def, t)
		if err != nil {
			cr.err = fmt.Errorf("inspect: table %s: constraint %s %q: %w", t.QName(), cr.name, cr.def, err)
			continue
		}
		c.Name, c.IndexOptions, c.Comment, c.IndexComment = cr.name, cr.indexOptions, cr.comment, cr.indexComment
		for k := range c.Elements {
			c.Elements[k].Key.Statistics = statisticsTarget(cr.indexStats, k)
		}
		cr.result = c
	}
}

// convertIndexes converts the indexes of tr; cache (nil: none) shares
// conversions between tables.
func convertIndexes(tr *tableRow, cache *defCache) {
	t := tr.table
	for i := range tr.indexes {
		ir := &tr.indexes[i]
		ix, err := cache.index(ir.name, ir.def, t)
		if err != nil {
			ir.err = fmt.Errorf("inspect: table %s: index %s %q: %w", t.QName(), ir.name, ir.def, err)
			continue
		}
		ix.Name, ix.Options, ix.Comment = ir.name, ir.options, ir.comment
		ix.Invalid = ir.invalid
		setKeyStatistics(ix, ir.stats)
		ir.result = ix
	}
}
