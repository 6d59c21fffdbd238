package schema

import (
	"slices"
	"strings"
)

// View is a view (CREATE VIEW) or a materialized view (CREATE MATERIALIZED
// VIEW).
type View struct {
	// Schema is the schema the view lives in.
	Schema string `json:"schema"`
	// Name is the view name.
	Name string `json:"name"`
	// Materialized is true for a materialized view.
	Materialized bool `json:"materialized,omitempty"`
	// Columns are the view's output columns in position order.
	Columns []*ViewColumn `json:"columns,omitempty"`
	// Query is the canonical text of the view's SELECT, in the form
	// PostgreSQL stores it (pg_get_viewdef with an empty search_path, as
	// re-printed by ddl's canonicaliser: relations qualified, * expanded,
	// every column qualified by its range-table name, every output column
	// named with AS).
	Query string `json:"query"`
	// CheckOption is "local" or "cascaded" for WITH [LOCAL|CASCADED]
	// CHECK OPTION; empty otherwise (views only).
	CheckOption string `json:"check_option,omitempty"`
	// Options are the other reloptions ("security_barrier=true",
	// "security_invoker=true", storage parameters of a materialized view)
	// as "name=value" strings, sorted. check_option is CheckOption.
	Options []string `json:"options,omitempty"`
	// WithNoData is true for a materialized view created WITH NO DATA and
	// not refreshed since (pg_class.relispopulated is false).
	WithNoData bool `json:"with_no_data,omitempty"`
	// Indexes are the indexes of a materialized view, sorted by name.
	Indexes []*Index `json:"indexes,omitempty"`
	// Comment is the COMMENT ON VIEW / MATERIALIZED VIEW text; empty when
	// there is none.
	Comment string `json:"comment,omitempty"`
	// Grants are the privileges granted on the view (see Grant); column
	// privileges are ViewColumn.Grants.
	Grants []Grant `json:"grants,omitempty"`
}

// ViewColumn is one output column of a view.
type ViewColumn struct {
	// Name is the column name.
	Name string `json:"name"`
	// Type is the column's type in PostgreSQL's canonical spelling (what
	// format_type prints, as for table columns), set only for a view in a
	// cycle of views (ddl.ViewCycles): a view whose query selects from the
	// view itself, or views that select from each other, which CREATE OR
	// REPLACE VIEW makes possible. Such a view can only be created over a
	// first version with the same column names and types, and its query
	// cannot tell them. Empty for every other view, whose column types
	// follow from its query.
	Type string `json:"type,omitempty"`
	// Default is the canonical default of a view column (ALTER VIEW ...
	// ALTER COLUMN ... SET DEFAULT), used by INSERTs through the view;
	// empty when there is none.
	Default string `json:"default,omitempty"`
	// Comment is the COMMENT ON COLUMN text; empty when there is none.
	Comment string `json:"comment,omitempty"`
	// Grants are the column privileges (see Grant).
	Grants []Grant `json:"grants,omitempty"`
}

// QName returns the view's qualified name.
func (v *View) QName() QName { return QName{v.Schema, v.Name} }

// ColumnNames returns the names of the view's columns in order.
func (v *View) ColumnNames() []string {
	out := make([]string, len(v.Columns))
	for i, c := range v.Columns {
		out[i] = c.Name
	}
	return out
}

// Index returns the index of a materialized view called name, or nil.
func (v *View) Index(name string) *Index {
	for _, i := range v.Indexes {
		if i.Name == name {
			return i
		}
	}
	return nil
}

// Rule is a rewrite rule (CREATE RULE) on a table or view. The "_RETURN"
// rules that implement views are part of the view, never a Rule.
type Rule struct {
	// Schema is the schema of the relation the rule belongs to.
	Schema string `json:"schema"`
	// Table is the name of the table or view the rule is on.
	Table string `json:"table"`
	// Name is the rule name, unique per relation.
	Name string `json:"name"`
	// Definition is the canonical CREATE RULE statement, in the form
	// pg_get_ruledef prints it with an empty search_path, re-printed by
	// ddl's deparser.
	Definition string `json:"definition"`
	// Disabled is "D" for a rule disabled with ALTER TABLE ... DISABLE
	// RULE, "R" for ENABLE REPLICA, "A" for ENABLE ALWAYS; empty for the
	// default (enabled in origin and local mode).
	Disabled string `json:"disabled,omitempty"`
	// Comment is the COMMENT ON RULE text; empty when there is none.
	Comment string `json:"comment,omitempty"`
}

// TableName returns the qualified name of the rule's relation.
func (r *Rule) TableName() QName { return QName{r.Schema, r.Table} }

// normalizeViews sorts views and rules and the lists inside views.
func normalizeViews(db *Database) {
	slices.SortFunc(db.Views, func(a, b *View) int { return compareQName(a.QName(), b.QName()) })
	db.Views = nilIfEmpty(db.Views)
	for _, v := range db.Views {
		v.Columns = nilIfEmpty(v.Columns)
		slices.Sort(v.Options)
		v.Options = nilIfEmpty(v.Options)
		slices.SortFunc(v.Indexes, func(a, b *Index) int { return strings.Compare(a.Name, b.Name) })
		v.Indexes = nilIfEmpty(v.Indexes)
		for _, i := range v.Indexes {
			i.Keys = nilIfEmpty(i.Keys)
			i.Include = nilIfEmpty(i.Include)
			slices.Sort(i.Options)
			i.Options = nilIfEmpty(i.Options)
		}
	}
	slices.SortFunc(db.Rules, func(a, b *Rule) int {
		if c := compareQName(a.TableName(), b.TableName()); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	db.Rules = nilIfEmpty(db.Rules)
}
