package ddl

import (
	"fmt"
	"slices"
	"strconv"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// maxStatisticsTarget is the highest statistics target PostgreSQL keeps;
// it lowers larger ones to it (with a warning).
const maxStatisticsTarget = 10000

// setIndexStatistics applies ALTER INDEX name ALTER [COLUMN] {n | colname}
// SET STATISTICS v: the statistics target of an expression key of a plain
// index or of the index behind an exclusion constraint. -1 restores the
// default (nil).
func (p *parser) setIndexStatistics(s *pg_query.AlterTableStmt, c *pg_query.AlterTableCmd) error {
	q, ok := p.st.lookupRel(s.Relation.Schemaname, s.Relation.Relname)
	ix := p.st.indexes[q]
	if !ok || ix == nil {
		if s.MissingOk {
			return nil
		}
		return fmt.Errorf("index %s does not exist", rvName(s.Relation))
	}
	if ix.parent != nil {
		// the index of a partition belongs to its parent's, whose target
		// is the one modeled (PostgreSQL recurses from it)
		return nil
	}
	v, err := intVal(c.Def)
	if err != nil {
		return err
	}
	if v < -1 {
		return fmt.Errorf("statistics target %d of index %s is too low: use -1 for the default or a value from 0 to %d", v, q, maxStatisticsTarget)
	}
	var target *int
	if v >= 0 {
		n := int(min(v, maxStatisticsTarget))
		target = &n
	}
	// keys are the index's key columns; INCLUDE columns follow them.
	var keys []*schema.IndexKey
	switch {
	case ix.idx != nil:
		for i := range ix.idx.Keys {
			keys = append(keys, &ix.idx.Keys[i])
		}
	case ix.con != nil && ix.con.Kind == schema.Exclude:
		for i := range ix.con.Elements {
			keys = append(keys, &ix.con.Elements[i].Key)
		}
	}
	pos := int(c.Num)
	if c.Name != "" {
		pos = 0
		for i, n := range ix.colnames {
			if n == c.Name {
				pos = i + 1
			}
		}
		if pos == 0 {
			return fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(c.Name), q)
		}
	}
	col := "number " + strconv.Itoa(pos)
	if pos >= 1 && pos <= len(ix.colnames) {
		col = schema.QuoteIdent(ix.colnames[pos-1])
	}
	switch {
	case pos < 1 || pos > len(ix.colnames):
		return fmt.Errorf("column number %d of relation %s does not exist: the index has %d columns, numbered from 1", pos, q, len(ix.colnames))
	case ix.con != nil && ix.con.Kind != schema.Exclude:
		return fmt.Errorf("cannot alter statistics on non-expression column %s of index %s (the index of %s constraint %s has column keys only): alter the statistics of the table column instead", col, q, ix.con.Kind, schema.QuoteIdent(ix.con.Name))
	case pos > len(keys):
		return fmt.Errorf("cannot alter statistics on included column %s of index %s: only expression keys have a statistics target", col, q)
	case keys[pos-1].Expr == "":
		return fmt.Errorf("cannot alter statistics on non-expression column %s of index %s: alter the statistics of the table column instead", col, q)
	}
	keys[pos-1].Statistics = target
	return nil
}

// keysWithoutStatistics returns a copy of keys without their statistics
// targets, which ATTACH PARTITION does not compare.
func keysWithoutStatistics(keys []schema.IndexKey) []schema.IndexKey {
	out := slices.Clone(keys)
	for i := range out {
		out[i].Statistics = nil
	}
	return out
}

// elementsWithoutStatistics is keysWithoutStatistics for the elements of an
// exclusion constraint.
func elementsWithoutStatistics(elems []schema.ExcludeElement) []schema.ExcludeElement {
	out := slices.Clone(elems)
	for i := range out {
		out[i].Key.Statistics = nil
	}
	return out
}
