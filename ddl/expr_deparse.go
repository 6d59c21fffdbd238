package ddl

import (
	"fmt"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// parseTreeVersion is the parse tree format version of the linked
// pg_query, which the deparser insists on.
var parseTreeVersion = func() int32 {
	tree, err := pg_query.Parse("SELECT 1")
	if err != nil {
		panic("pg_query cannot parse SELECT 1: " + err.Error())
	}
	return tree.Version
}()

// deparseExpr prints one expression with pg_query's deparser, which
// parenthesises by node structure, so that white space and redundant
// parentheses in the input never matter.
func deparseExpr(n *pg_query.Node) (string, error) {
	stmt := &pg_query.SelectStmt{TargetList: []*pg_query.Node{
		{Node: &pg_query.Node_ResTarget{ResTarget: &pg_query.ResTarget{Val: n}}},
	}}
	tree := &pg_query.ParseResult{Version: parseTreeVersion, Stmts: []*pg_query.RawStmt{{Stmt: &pg_query.Node{Node: &pg_query.Node_SelectStmt{SelectStmt: stmt}}}}}
	s, err := pg_query.Deparse(tree)
	if err != nil {
		return "", fmt.Errorf("printing expression: %w", err)
	}
	s, ok := strings.CutPrefix(s, "SELECT ")
	if !ok {
		return "", fmt.Errorf("printing expression: unexpected deparser output %q", s)
	}
	return s, nil
}
