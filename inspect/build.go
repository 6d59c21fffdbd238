package inspect

import (
	"github.com/stratadb/strata/schema"
)

// assemble puts the conversion results on the tables and returns the whole
// model. The first error in table order (expressions and partition clauses,
// then constraints, then indexes) is returned, so that which error is
// reported does not depend on scheduling.
func (cat *catalogRows) assemble() (*schema.Database, error) {
	db := cat.db
	db.Tables = make([]*schema.Table, 0, len(cat.tables))
	for _, tr := range cat.tables {
		if tr.err != nil {
			return nil, tr.err
		}
		t := tr.table
		for i, d := range tr.defaults {
			switch {
			case d.def == "":
			case d.generated:
				t.Columns[i].Generated = tr.exprs[i]
			default:
				t.Columns[i].Default = tr.exprs[i]
			}
		}
		t.PartitionKey, t.PartitionBound = tr.partKey, tr.partBound
		for _, c := range tr.constraints {
			if c.err != nil {
				return nil, c.err
			}
			t.Constraints = append(t.Constraints, c.result)
		}
		for _, ix := range tr.indexes {
			if ix.err != nil {
				return nil, ix.err
			}
			t.Indexes = append(t.Indexes, ix.result)
		}
		db.Tables = append(db.Tables, t)
	}
	if err := assembleViews(db, cat.views); err != nil {
		return nil, err
	}
	if err := attachGrants(db, cat.tables, cat.grants); err != nil {
		return nil, err
	}
	return db, nil
}
