package inspect

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/schema"
)

// viewRow is a view as the views query returns it, before its query is
// converted.
type viewRow struct {
	view  *schema.View
	def   string
	types []string // the columns' format_type types
	defs  []*string
}

// viewRows are the rows of the views, view_indexes and rules queries.
type viewRows struct {
	views   []*viewRow
	indexes []viewIndexRow
	rules   []*schema.Rule
}

type viewIndexRow struct {
	view    schema.QName
	name    string
	def     string
	options []string
	comment string
	// stats are the statistics targets (see indexRow.stats).
	stats []int32
}

// readViews reads views, materialized views with their indexes, and rules.
func readViews(r *reader, cat *catalogRows) error {
	vr := &viewRows{}
	cat.views = vr
	err := r.each("views", func(rows pgx.Rows) error {
		v := &schema.View{}
		row := &viewRow{view: v}
		var check, comment *string
		var names []string
		var comments []*string
		if err := rows.Scan(&v.Schema, &v.Name, &v.Materialized, &row.def, &v.Options, &check,
			&v.WithNoData, &comment, &names, &row.types, &row.defs, &comments); err != nil {
			return err
		}
		v.WithNoData = !v.WithNoData // relispopulated
		if !v.Materialized {
			v.WithNoData = false
		}
		v.CheckOption, v.Comment = str(check), str(comment)
		for i, n := range names {
			v.Columns = append(v.Columns, &schema.ViewColumn{Name: n, Comment: str(comments[i])})
		}
		vr.views = append(vr.views, row)
		return nil
	})
	if err != nil {
		return err
	}
	err = r.each("view_indexes", func(rows pgx.Rows) error {
		var ix viewIndexRow
		var comment *string
		if err := rows.Scan(&ix.view.Schema, &ix.view.Name, &ix.name, &ix.def, &ix.options, &comment, &ix.stats); err != nil {
			return err
		}
		ix.comment = str(comment)
		vr.indexes = append(vr.indexes, ix)
		return nil
	})
	if err != nil {
		return err
	}
	return r.each("rules", func(rows pgx.Rows) error {
		rl := &schema.Rule{}
		var enabled string
		var comment *string
		if err := rows.Scan(&rl.Schema, &rl.Table, &rl.Name, &rl.Definition, &enabled, &comment); err != nil {
			return err
		}
		if enabled != "O" {
			rl.Disabled = enabled
		}
		rl.Comment = str(comment)
		vr.rules = append(vr.rules, rl)
		return nil
	})
}

// assembleViews converts the views' queries, indexes and rules and the
// BEGIN ATOMIC bodies of functions (which need every table's columns) and
// puts the views and rules in db.
func assembleViews(db *schema.Database, vr *viewRows) error {
	if vr == nil {
		return nil
	}
	tables := map[schema.QName]*schema.Table{}
	for _, t := range db.Tables {
		tables[t.QName()] = t
	}
	foreign := map[schema.QName]*schema.ForeignTable{}
	for _, ft := range db.ForeignTables {
		foreign[ft.QName()] = ft
	}
	views := map[schema.QName]*viewRow{}
	for _, row := range vr.views {
		views[row.view.QName()] = row
	}
	rels := func(q schema.QName) ([]string, []string, bool) {
		if t := tables[q]; t != nil {
			return ddl.TableColumns(t, tables)
		}
		if row := views[q]; row != nil {
			return row.view.ColumnNames(), row.types, true
		}
		if ft := foreign[q]; ft != nil {
			var names, types []string
			for _, c := range ft.Columns {
				names, types = append(names, c.Name), append(types, c.Type)
			}
			return names, types, true
		}
		return nil, nil, false
	}
	cat := &ddl.Catalog{Relation: rels, Functions: db.Functions, Domains: db.Domains, CompositeTypes: db.CompositeTypes}
	if err := canonicalAtomicBodies(db, cat); err != nil {
		return err
	}
	for _, row := range vr.views {
		v := row.view
		query, err := ddl.ViewQueryFromDef(row.def, v.ColumnNames(), cat)
		if err != nil {
			return fmt.Errorf("inspect: view %s: %w", v.QName(), err)
		}
		v.Query = query
		for i, d := range row.defs {
			if d == nil {
				continue
			}
			e, err := ddl.ExprFromDef(*d, nil, row.types[i])
			if err != nil {
				return fmt.Errorf("inspect: view %s: column %s default: %w", v.QName(), v.Columns[i].Name, err)
			}
			v.Columns[i].Default = e
		}
		db.Views = append(db.Views, v)
	}
	// The model holds the column types of the views in a cycle (a view
	// that selects from itself, views that select from each other) only:
	// their queries cannot tell them.
	cycles := ddl.ViewCycles(db.Views)
	for _, row := range vr.views {
		if _, ok := cycles[row.view.QName()]; ok && !row.view.Materialized {
			for i, c := range row.view.Columns {
				c.Type = row.types[i]
			}
		}
	}
	for _, ix := range vr.indexes {
		row := views[ix.view]
		if row == nil {
			return fmt.Errorf("inspect: index %s of a materialized view %s the views query did not return", ix.name, ix.view)
		}
		t := &schema.Table{Schema: ix.view.Schema, Name: ix.view.Name}
		for i, c := range row.view.Columns {
			t.Columns = append(t.Columns, &schema.Column{Name: c.Name, Type: row.types[i]})
		}
		idx, err := ddl.IndexFromDef(ix.def, t)
		if err != nil {
			return fmt.Errorf("inspect: materialized view %s: index %s %q: %w", ix.view, ix.name, ix.def, err)
		}
		idx.Name, idx.Options, idx.Comment = ix.name, ix.options, ix.comment
		setKeyStatistics(idx, ix.stats)
		row.view.Indexes = append(row.view.Indexes, idx)
	}
	for _, rl := range vr.rules {
		def, err := ddl.RuleFromDef(rl.Definition, cat)
		if err != nil {
			return fmt.Errorf("inspect: rule %s on %s: %w", rl.Name, rl.TableName(), err)
		}
		rl.Definition = def
		db.Rules = append(db.Rules, rl)
	}
	return nil
}
