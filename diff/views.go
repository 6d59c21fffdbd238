package diff

import (
	"reflect"
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddView creates a view or materialized view, with its column defaults,
// indexes and comments.
type AddView struct{ View *schema.View }

// DropView drops a view or materialized view.
type DropView struct{ View *schema.View }

// AlterView changes a view or materialized view that exists on both sides.
// A change of ViewQuery or ViewColumns is carried out by CREATE OR REPLACE
// VIEW when PostgreSQL allows it, by a drop and a creation otherwise (the
// planner decides); the other bits are altered in place.
type AlterView struct {
	From, To *schema.View
	Change   ViewChange
}

// ViewChange is the set of view attributes that differ.
type ViewChange uint32

// The attributes of a view.
const (
	ViewQuery ViewChange = 1 << iota
	// ViewColumns: the column names, or the column types a view that
	// selects from itself holds (schema.ViewColumn.Type).
	ViewColumns
	ViewCheckOption
	ViewOptions
	ViewWithNoData
	ViewDefaults
	ViewIndexes
	ViewComment
	ViewColumnComments
)

// ViewRecreate are the changes that need the view's query to be created
// again.
const ViewRecreate = ViewQuery | ViewColumns | ViewWithNoData

func (c ViewChange) String() string {
	return bitNames(uint32(c), []string{"query", "columns", "check option", "options", "with no data", "defaults", "indexes", "comment", "column comments"})
}

func (AddView) isChange()   {}
func (DropView) isChange()  {}
func (AlterView) isChange() {}

func viewWord(v *schema.View) string {
	if v.Materialized {
		return "materialized view "
	}
	return "view "
}

func (c AddView) String() string  { return "add " + viewWord(c.View) + c.View.QName().String() }
func (c DropView) String() string { return "drop " + viewWord(c.View) + c.View.QName().String() }
func (c AlterView) String() string {
	return "alter " + viewWord(c.To) + c.To.QName().String() + ": " + c.Change.String()
}

// AddRule creates a rewrite rule.
type AddRule struct{ Rule *schema.Rule }

// DropRule drops a rewrite rule.
type DropRule struct{ Rule *schema.Rule }

// AlterRule changes a rule: a new definition (CREATE OR REPLACE RULE), its
// enabled state or its comment.
type AlterRule struct {
	From, To *schema.Rule
	Change   RuleChange
}

// RuleChange is the set of rule attributes that differ.
type RuleChange uint32

// The attributes of a rule.
const (
	RuleDefinition RuleChange = 1 << iota
	RuleDisabled
	RuleComment
)

func (c RuleChange) String() string {
	return bitNames(uint32(c), []string{"definition", "enabled", "comment"})
}

func (AddRule) isChange()   {}
func (DropRule) isChange()  {}
func (AlterRule) isChange() {}

func ruleName(r *schema.Rule) string {
	return schema.QuoteIdent(r.Name) + " on " + r.TableName().String()
}

func (c AddRule) String() string   { return "add rule " + ruleName(c.Rule) }
func (c DropRule) String() string  { return "drop rule " + ruleName(c.Rule) }
func (c AlterRule) String() string { return "alter rule " + ruleName(c.To) + ": " + c.Change.String() }

// compareViews adds the changes of views (by qualified name) and then of
// rules (by table, then name). A view that becomes a materialized view or
// back is dropped and added.
func compareViews(list []Change, from, to *schema.Database) []Change {
	mergeSorted(from.Views, to.Views, func(a, b *schema.View) int { return compareQName(a.QName(), b.QName()) },
		func(a, b *schema.View, hasA, hasB bool) {
			switch {
			case !hasB:
				list = append(list, DropView{a})
			case !hasA:
				list = append(list, AddView{b})
			case a.Materialized != b.Materialized:
				list = append(list, DropView{a}, AddView{b})
			default:
				if ch := viewChange(a, b); ch != 0 {
					list = append(list, AlterView{a, b, ch})
				}
			}
		})
	mergeSorted(from.Rules, to.Rules, compareRules, func(a, b *schema.Rule, hasA, hasB bool) {
		switch {
		case !hasB:
			list = append(list, DropRule{a})
		case !hasA:
			list = append(list, AddRule{b})
		default:
			var ch RuleChange
			if a.Definition != b.Definition {
				ch |= RuleDefinition
			}
			if a.Disabled != b.Disabled {
				ch |= RuleDisabled
			}
			if a.Comment != b.Comment {
				ch |= RuleComment
			}
			if ch != 0 {
				list = append(list, AlterRule{a, b, ch})
			}
		}
	})
	return list
}

func compareRules(a, b *schema.Rule) int {
	if c := compareQName(a.TableName(), b.TableName()); c != 0 {
		return c
	}
	return strings.Compare(a.Name, b.Name)
}

func viewChange(a, b *schema.View) ViewChange {
	var ch ViewChange
	set := func(bit ViewChange, differ bool) {
		if differ {
			ch |= bit
		}
	}
	set(ViewQuery, a.Query != b.Query)
	set(ViewColumns, !slices.Equal(a.ColumnNames(), b.ColumnNames()) || !slices.Equal(columnTypes(a), columnTypes(b)))
	set(ViewCheckOption, a.CheckOption != b.CheckOption)
	set(ViewOptions, !slices.Equal(a.Options, b.Options))
	set(ViewWithNoData, a.WithNoData != b.WithNoData)
	set(ViewComment, a.Comment != b.Comment)
	set(ViewIndexes, !reflect.DeepEqual(a.Indexes, b.Indexes))
	var defs, comments bool
	for _, c := range b.Columns {
		o := columnOf(a, c.Name)
		if o == nil {
			defs = defs || c.Default != ""
			comments = comments || c.Comment != ""
			continue
		}
		defs = defs || o.Default != c.Default
		comments = comments || o.Comment != c.Comment
	}
	set(ViewDefaults, defs)
	set(ViewColumnComments, comments)
	return ch
}

// columnTypes returns the column types a view holds (those of a view that
// selects from itself; empty strings for any other view).
func columnTypes(v *schema.View) []string {
	out := make([]string, len(v.Columns))
	for i, c := range v.Columns {
		out[i] = c.Type
	}
	return out
}

func columnOf(v *schema.View, name string) *schema.ViewColumn {
	for _, c := range v.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}
