package ddl

import (
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// CreateView returns the CREATE VIEW or CREATE MATERIALIZED VIEW statement
// of v (without its defaults, indexes, comments and rules). The canonical
// query names every output column, so no column list is needed.
func CreateView(v *schema.View) string {
	return createView(v, false)
}

// CreateOrReplaceView returns the CREATE OR REPLACE VIEW statement of view
// v; PostgreSQL accepts it over an existing view whose columns are a prefix
// of v's, with the same names and types.
func CreateOrReplaceView(v *schema.View) string {
	return createView(v, true)
}

// CreateViewPlaceholder returns the CREATE VIEW statement of a first
// version of view v, a view in a cycle of views (ViewCycles: it selects
// from itself, or from views that select from it) and so cannot be
// created from its query: one row of NULLs cast to the
// column types v holds (schema.ViewColumn.Type), under v's column names,
// which CreateOrReplaceView(v) then replaces. Every column must have its
// type.
func CreateViewPlaceholder(v *schema.View) string {
	return "CREATE VIEW " + v.QName().String() + " AS " + placeholderQuery(v)
}

// ReplaceViewWithPlaceholder returns the CREATE OR REPLACE VIEW statement
// that gives view v the query of CreateViewPlaceholder: v then uses no
// other view, which lets a view of a cycle of views be dropped before the
// others. Every column must have its type.
func ReplaceViewWithPlaceholder(v *schema.View) string {
	return "CREATE OR REPLACE VIEW " + v.QName().String() + " AS " + placeholderQuery(v)
}

func placeholderQuery(v *schema.View) string {
	cols := make([]string, len(v.Columns))
	for i, c := range v.Columns {
		cols[i] = "NULL::" + c.Type + " AS " + schema.QuoteIdent(c.Name)
	}
	return "SELECT " + strings.Join(cols, ", ")
}

func createView(v *schema.View, replace bool) string {
	sql := "CREATE "
	if replace {
		sql += "OR REPLACE "
	}
	if v.Materialized {
		sql += "MATERIALIZED "
	}
	sql += "VIEW " + v.QName().String()
	if len(v.Options) > 0 {
		sql += " WITH (" + optionList(v.Options) + ")"
	}
	sql += " AS " + v.Query
	switch {
	case v.Materialized && v.WithNoData:
		sql += " WITH NO DATA"
	case v.Materialized:
		sql += " WITH DATA"
	case v.CheckOption == "local":
		sql += " WITH LOCAL CHECK OPTION"
	case v.CheckOption == "cascaded":
		sql += " WITH CASCADED CHECK OPTION"
	}
	return sql
}

// viewKind is VIEW or MATERIALIZED VIEW.
func viewKind(v *schema.View) string {
	if v.Materialized {
		return "MATERIALIZED VIEW"
	}
	return "VIEW"
}

// DropView returns the DROP VIEW / DROP MATERIALIZED VIEW statement of v.
func DropView(v *schema.View) string {
	return "DROP " + viewKind(v) + " " + v.QName().String()
}

// AlterViewColumnDefault returns ALTER VIEW ... ALTER COLUMN ... SET
// DEFAULT (DROP DEFAULT when def is empty).
func AlterViewColumnDefault(v schema.QName, column, def string) string {
	sql := "ALTER VIEW " + v.String() + " ALTER COLUMN " + schema.QuoteIdent(column)
	if def == "" {
		return sql + " DROP DEFAULT"
	}
	return sql + " SET DEFAULT " + defaultExpr(def)
}

// AlterViewOptions returns the statements that change the reloptions of v
// from old to v's (check_option included for views).
func AlterViewOptions(old, v *schema.View) []string {
	set := slices.Clone(v.Options)
	var reset []string
	for _, o := range old.Options {
		name := optionName(o)
		if !slices.ContainsFunc(v.Options, func(x string) bool { return optionName(x) == name }) {
			reset = append(reset, name)
		}
	}
	if !v.Materialized && old.CheckOption != v.CheckOption {
		if v.CheckOption == "" {
			reset = append(reset, "check_option")
		} else {
			set = append(set, "check_option="+v.CheckOption)
		}
	}
	var out []string
	head := "ALTER " + viewKind(v) + " " + v.QName().String()
	if len(reset) > 0 {
		out = append(out, head+" RESET ("+joinComma(reset)+")")
	}
	var changed []string
	for _, o := range set {
		if !slices.Contains(old.Options, o) {
			changed = append(changed, o)
		}
	}
	if len(changed) > 0 {
		out = append(out, head+" SET ("+optionList(changed)+")")
	}
	return out
}

func optionName(o string) string {
	for i := 0; i < len(o); i++ {
		if o[i] == '=' {
			return o[:i]
		}
	}
	return o
}

func joinComma(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ", "
		}
		out += x
	}
	return out
}

// CommentOnView returns the statement that sets the comment of view v; ""
// removes it.
func CommentOnView(v *schema.View, text string) string {
	return commentOn(viewKind(v)+" "+v.QName().String(), text)
}

// ViewIndexTable returns a table standing for materialized view v, for
// CreateIndex and CommentOnIndex.
func ViewIndexTable(v *schema.View) *schema.Table {
	return &schema.Table{Schema: v.Schema, Name: v.Name}
}

// CreateRule returns the CREATE RULE statement of r.
func CreateRule(r *schema.Rule) string {
	return r.Definition
}

// DropRule returns the DROP RULE statement of r.
func DropRule(r *schema.Rule) string {
	return "DROP RULE " + schema.QuoteIdent(r.Name) + " ON " + r.TableName().String()
}

// RuleState returns the ALTER TABLE ... ENABLE/DISABLE RULE statement
// that gives r its Disabled state.
func RuleState(r *schema.Rule) string {
	verb := "ENABLE RULE"
	switch r.Disabled {
	case "D":
		verb = "DISABLE RULE"
	case "A":
		verb = "ENABLE ALWAYS RULE"
	case "R":
		verb = "ENABLE REPLICA RULE"
	}
	return "ALTER TABLE " + r.TableName().String() + " " + verb + " " + schema.QuoteIdent(r.Name)
}

// CommentOnRule returns the statement that sets the comment of rule r; ""
// removes it.
func CommentOnRule(r *schema.Rule, text string) string {
	return commentOn("RULE "+schema.QuoteIdent(r.Name)+" ON "+r.TableName().String(), text)
}

// ViewOrder returns views sorted so that every view comes after the views
// its query names (by name otherwise).
func ViewOrder(views []*schema.View) []*schema.View {
	sorted := slices.Clone(views)
	slices.SortFunc(sorted, func(a, b *schema.View) int { return compareQNames(a.QName(), b.QName()) })
	byName := map[schema.QName]*schema.View{}
	for _, v := range sorted {
		byName[v.QName()] = v
	}
	var out []*schema.View
	state := map[schema.QName]int{}
	var visit func(v *schema.View)
	visit = func(v *schema.View) {
		if state[v.QName()] != 0 {
			return
		}
		state[v.QName()] = 1
		for _, r := range QueryReferences(v.Query).Relations {
			if d := byName[r]; d != nil {
				visit(d)
			}
		}
		state[v.QName()] = 2
		out = append(out, v)
	}
	for _, v := range sorted {
		visit(v)
	}
	return out
}

// ViewStatements returns the statements that create view v completely:
// the view, its column defaults, a materialized view's indexes, and the
// comments. A view that selects from itself is created as
// CreateViewPlaceholder, then replaced by its query, when the model holds
// the type of every column (else PostgreSQL, and Parse, reject its
// CREATE VIEW: the view does not exist yet).
func ViewStatements(v *schema.View) []string {
	out := []string{CreateView(v)}
	if SelectsFromItself(v) && !slices.ContainsFunc(v.Columns, func(c *schema.ViewColumn) bool { return c.Type == "" }) {
		out = []string{CreateViewPlaceholder(v), CreateOrReplaceView(v)}
	}
	out = append(out, ViewExtras(v)...)
	return out
}

// ViewExtras returns the statements that follow CREATE VIEW for v: column
// defaults, indexes of a materialized view, comments.
func ViewExtras(v *schema.View) []string {
	var out []string
	for _, c := range v.Columns {
		if c.Default != "" {
			out = append(out, AlterViewColumnDefault(v.QName(), c.Name, c.Default))
		}
	}
	t := ViewIndexTable(v)
	for _, i := range v.Indexes {
		out = append(out, CreateIndex(t, i))
		out = append(out, SetIndexStatistics(t.QName(), i.Name, nil, i.Keys)...)
		if i.Comment != "" {
			out = append(out, CommentOnIndex(t.QName(), i.Name, i.Comment))
		}
	}
	if v.Comment != "" {
		out = append(out, CommentOnView(v, v.Comment))
	}
	for _, c := range v.Columns {
		if c.Comment != "" {
			out = append(out, CommentOnColumn(v.QName(), c.Name, c.Comment))
		}
	}
	return out
}

// RuleStatements returns the statements that create rule r completely.
func RuleStatements(r *schema.Rule) []string {
	out := []string{CreateRule(r)}
	if r.Disabled != "" {
		out = append(out, RuleState(r))
	}
	if r.Comment != "" {
		out = append(out, CommentOnRule(r, r.Comment))
	}
	return out
}

// renderedViewStatements returns the statements that create view v
// completely, for a script that creates every view of db (cycles is
// ViewCycles of its views, placed the views whose first version the
// script created already): ViewStatements, except for a view that selects
// from other views that select from it. The first of those the script
// creates is preceded by a first version of every view of its cycle
// (CreateViewPlaceholder), which each then replaces by its query
// (CreateOrReplaceView), in any order; a materialized view of the cycle
// is created from its query over them.
func renderedViewStatements(db *schema.Database, v *schema.View, cycles map[schema.QName][]schema.QName, placed map[schema.QName]bool) []string {
	cycle := cycles[v.QName()]
	if len(cycle) < 2 {
		return ViewStatements(v)
	}
	var members []*schema.View
	for _, x := range db.Views {
		if slices.Contains(cycle, x.QName()) && !x.Materialized {
			if slices.ContainsFunc(x.Columns, func(c *schema.ViewColumn) bool { return c.Type == "" }) {
				// A model without the types (made by hand): the
				// script fails where PostgreSQL does.
				return ViewStatements(v)
			}
			members = append(members, x)
		}
	}
	var out []string
	if !placed[v.QName()] {
		for _, x := range members {
			out = append(out, CreateViewPlaceholder(x))
			placed[x.QName()] = true
		}
	}
	if v.Materialized {
		return append(out, ViewStatements(v)...)
	}
	out = append(out, CreateOrReplaceView(v))
	return append(out, ViewExtras(v)...)
}
