package inspect

import (
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/schema"
)

// statisticsKinds maps pg_statistic_ext.stxkind letters to the model's
// kinds.
var statisticsKinds = map[string]string{
	"d": schema.StatisticsNDistinct,
	"f": schema.StatisticsDependencies,
	"m": schema.StatisticsMCV,
}

// readStatistics reads the extended statistics objects. It runs after
// the tables' columns, the views and the foreign tables are read:
// expression keys are converted in their relation's context.
func readStatistics(r *reader, cat *catalogRows) error {
	return r.each("statistics", func(rows pgx.Rows) error {
		var s schema.Statistics
		var oid uint32
		var kinds, columns, exprs []string
		var target *int32
		var comment *string
		if err := rows.Scan(&s.Schema, &s.Name, &oid, &s.Table.Schema, &s.Table.Name,
			&kinds, &columns, &exprs, &target, &comment); err != nil {
			return err
		}
		for _, k := range kinds {
			kind, ok := statisticsKinds[k]
			if !ok {
				return fmt.Errorf("statistics object %s: unknown kind %q", s.QName(), k)
			}
			s.Kinds = append(s.Kinds, kind)
		}
		slices.SortFunc(s.Kinds, func(a, b string) int {
			return slices.Index(schema.StatisticsKinds, a) - slices.Index(schema.StatisticsKinds, b)
		})
		s.Columns, s.Comment = columns, str(comment)
		if target != nil {
			v := int(*target)
			s.Target = &v
		}
		t := statisticsRelation(cat, oid, s.Table)
		for _, def := range exprs {
			e, err := ddl.ExprFromDef(def, t, "")
			if err != nil {
				return fmt.Errorf("statistics object %s: %w", s.QName(), err)
			}
			s.Exprs = append(s.Exprs, e)
		}
		cat.db.Statistics = append(cat.db.Statistics, &s)
		return nil
	})
}

// statisticsRelation returns the relation q (OID oid) of a statistics
// object as a table for converting its expressions, as the parser sees it:
// the table itself, or a table of the column names and types of a
// materialized view or of the columns of a foreign table. A relation
// outside the schemas read gives a table without columns.
func statisticsRelation(cat *catalogRows, oid uint32, q schema.QName) *schema.Table {
	if tr := cat.tableByOID[oid]; tr != nil {
		return tr.table
	}
	t := &schema.Table{Schema: q.Schema, Name: q.Name}
	if cat.views != nil {
		for _, row := range cat.views.views {
			if row.view.Materialized && row.view.QName() == q {
				for i, c := range row.view.Columns {
					t.Columns = append(t.Columns, &schema.Column{Name: c.Name, Type: row.types[i]})
				}
				return t
			}
		}
	}
	for _, ft := range cat.db.ForeignTables {
		if ft.QName() == q {
			for _, c := range ft.Columns {
				t.Columns = append(t.Columns, &schema.Column{Name: c.Name, Type: c.Type, Collation: c.Collation})
			}
			return t
		}
	}
	return t
}
