package ddl

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// QuoteLiteral returns s as an SQL string literal that means s whatever
// standard_conforming_strings is set to: single quotes are doubled, and a
// string holding a backslash is written as an escape string (E'...') with
// the backslashes doubled.
func QuoteLiteral(s string) string {
	s = strings.ReplaceAll(s, "'", "''")
	if strings.Contains(s, `\`) {
		return `E'` + strings.ReplaceAll(s, `\`, `\\`) + `'`
	}
	return "'" + s + "'"
}

// identList quotes each name and joins them with ", ".
func identList(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = schema.QuoteIdent(n)
	}
	return strings.Join(quoted, ", ")
}

// optionList renders storage parameters held as "name=value" strings (the
// form of pg_class.reloptions) as the inside of a WITH (...) clause. Names
// (possibly "toast.name") are written as they are; a value is written bare
// when it is a number or a plain lower-case word (keywords such as on and
// false included, as the grammar allows), quoted otherwise.
func optionList(options []string) string {
	parts := make([]string, len(options))
	for i, o := range options {
		name, value, found := strings.Cut(o, "=")
		if !found {
			parts[i] = name
			continue
		}
		if !bareOptionValue(value) {
			value = QuoteLiteral(value)
		}
		parts[i] = name + "=" + value
	}
	return strings.Join(parts, ", ")
}

func bareOptionValue(v string) bool {
	if v == "" {
		return false
	}
	digits := true
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9', c == '.':
		case c == '-' && i == 0:
		default:
			digits = false
		}
	}
	if digits {
		return strings.IndexFunc(v, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(c >= 'a' && c <= 'z' || c == '_' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// exprNode parses a canonical expression and returns its top node, or nil
// when it does not parse on its own.
func exprNode(expr string) *pg_query.Node {
	tree, err := pg_query.Parse("SELECT " + expr)
	if err != nil || len(tree.Stmts) != 1 {
		return nil
	}
	sel := tree.Stmts[0].GetStmt().GetSelectStmt()
	if sel == nil || len(sel.TargetList) != 1 {
		return nil
	}
	return sel.TargetList[0].GetResTarget().GetVal()
}

// defaultExpr returns expr as it may follow DEFAULT, whose grammar (b_expr)
// admits fewer operators than a full expression: constants, casts, function
// calls, column-free special values and arrays are written bare, anything
// else in parentheses.
func defaultExpr(expr string) string {
	switch exprNode(expr).GetNode().(type) {
	case *pg_query.Node_AConst, *pg_query.Node_TypeCast, *pg_query.Node_FuncCall,
		*pg_query.Node_SqlvalueFunction, *pg_query.Node_AArrayExpr:
		return expr
	}
	return "(" + expr + ")"
}

// keyExpr returns expr as it may stand as an index or partition key element:
// a plain function call bare, anything else in parentheses.
func keyExpr(expr string) string {
	if fc := exprNode(expr).GetFuncCall(); fc != nil && fc.Over == nil && fc.AggFilter == nil {
		return expr
	}
	return "(" + expr + ")"
}
