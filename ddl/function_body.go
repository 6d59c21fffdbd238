package ddl

import (
	"fmt"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
	"google.golang.org/protobuf/proto"

	"github.com/stratadb/strata/schema"
)

// atomicBody canonicalises the statements of a BEGIN ATOMIC ... END body
// n of function f in place and prints the body: SELECT statements the way
// view queries are (see query.go), INSERT, UPDATE and DELETE the way
// query_modify.go describes. The function's named input arguments are
// visible to the statements as the columns of an outer range-table entry
// named after the function: a bare reference to an argument becomes
// f.arg, which is how pg_get_function_sqlbody prints it once the
// statement has a range table (ruleutils' get_parameter), and a reference
// written f.arg stays so. It returns the places where the canonicaliser
// kept the user's text. A statement that cannot be canonicalised at all
// is printed as written (and named in the places returned): a function is
// never refused for its body.
func atomicBody(n *pg_query.Node, f *schema.Function, cat queryCatalog, names resolver) (string, []string, error) {
	outer := argumentScope(f)
	q := &queryCanon{cat: cat, names: names}
	for _, block := range n.GetList().GetItems() {
		stmts := block.GetList().GetItems()
		for i, stmt := range stmts {
			written := proto.Clone(stmt).(*pg_query.Node)
			q.sublinks = map[*pg_query.SubLink]string{}
			if err := q.bodyStmt(stmt, outer); err != nil {
				stmts[i] = written
				q.undecided = append(q.undecided, fmt.Sprintf("function body, statement %d: %v", i+1, err))
			}
		}
	}
	body, err := deparseBody(n)
	if err != nil {
		return "", nil, err
	}
	return body, q.undecided, nil
}

// bodyStmt canonicalises one statement of a BEGIN ATOMIC body in place;
// other statements than SELECT, INSERT, UPDATE and DELETE are left as
// written.
func (q *queryCanon) bodyStmt(stmt *pg_query.Node, outer *scope) error {
	if s := stmt.GetSelectStmt(); s != nil {
		outs, err := q.selectStmt(s, outer)
		if err != nil {
			return err
		}
		q.nameOutputs(s, outs)
		return nil
	}
	_, _, err := q.modifyStmt(stmt, outer)
	return err
}

// argumentScope returns the scope that holds f's named input arguments as
// the columns of one entry named after f.
func argumentScope(f *schema.Function) *scope {
	e := &rangeEntry{name: f.Name, print: f.Name, known: true}
	var item fromItem
	item.known = true
	for _, a := range f.Args {
		if a.Name == "" || a.Mode == schema.ArgOut || a.Mode == schema.ArgTable {
			continue
		}
		e.cols = append(e.cols, a.Name)
		e.types = append(e.types, a.Type)
		item.cols = append(item.cols, visibleCol{entry: f.Name, name: a.Name, typ: a.Type})
	}
	return &scope{entries: []*rangeEntry{e}, items: []fromItem{item}, ctes: map[string]*rangeEntry{}}
}

// isAtomicBody reports whether a SQL-standard body (SqlBody node) is a
// BEGIN ATOMIC block rather than RETURN expr.
func isAtomicBody(n *pg_query.Node) bool { return n.GetReturnStmt() == nil && n.GetList() != nil }

// AtomicBodyFromDef canonicalises the BEGIN ATOMIC body of function f, as
// SQLBodyFromDef left it, against the relations of cat: the inspector's
// twin of what the parser does when it reads the function (see
// atomicBody). Other bodies are returned unchanged.
func AtomicBodyFromDef(body string, f *schema.Function, cat *Catalog) (string, error) {
	if !strings.HasPrefix(body, "BEGIN ATOMIC") {
		return body, nil
	}
	s, err := parseOne("CREATE FUNCTION f() RETURNS int4 LANGUAGE sql " + body)
	if err != nil {
		return "", err
	}
	n := s.GetCreateFunctionStmt().GetSqlBody()
	if n == nil || !isAtomicBody(n) {
		return "", fmt.Errorf("function body %q is not a BEGIN ATOMIC block", body)
	}
	out, _, err := atomicBody(n, f, cat, nil)
	return out, err
}
