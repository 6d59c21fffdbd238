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
// the columns are read: expression keys are converted in their table's
// context.
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
		// A table outside the schemas read (or a materialized view, which
		// the tables query does not return) gives no column types.
		t := &schema.Table{Schema: s.Table.Schema, Name: s.Table.Name}
		if tr := cat.tableByOID[oid]; tr != nil {
			t = tr.table
		}
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
