package ddl

// exprContext describes where an expression stands, so that canonicalExpr can
// put it in the form PostgreSQL stores (pg_get_expr with an empty
// search_path), whichever side it came from: a user's file (the parser) or
// PostgreSQL's own output (the inspector, through the *FromDef functions).
type exprContext struct {
	// columns maps each column of the table the expression belongs to to
	// its canonical type (schema.Column.Type). Nil outside a table.
	columns map[string]string
	// target is the type the expression's value is coerced to: the
	// column's type for a default or a generated column; "boolean" for a
	// check constraint or a predicate; "" where no coercion happens (index
	// and partition keys).
	target string
	// names resolves unqualified names the way search_path would when the
	// statement ran. The parser sets it from the objects declared so far;
	// the inspector leaves it nil, because PostgreSQL printed every name
	// outside pg_catalog qualified already.
	names resolver
	// query resolves the column references and subqueries of a view's
	// query (query.go); nil elsewhere.
	query *queryScope
}

// resolver answers name look-ups the way PostgreSQL's search_path does at the
// moment a statement runs.
type resolver interface {
	// typeSchema returns the schema of the user-defined type (enum,
	// domain, composite, ...) called name that search_path finds first, or
	// "" when there is none (a built-in type, or unknown).
	typeSchema(name string) string
	// relationSchema returns the schema of the table, sequence, view or
	// index called name that search_path finds first, or "".
	relationSchema(name string) string
	// creationSchema returns the schema an unqualified new object is
	// created in: the first existing schema of search_path.
	creationSchema() string
}

// functionResolver is implemented by resolvers that can also place an
// unqualified call to a function outside pg_catalog (an extension's or a
// user's), the way PostgreSQL's search_path finds it.
type functionResolver interface {
	// functionSchema returns the schema whose function called name
	// search_path finds first, or "" when it cannot tell.
	functionSchema(name string) string
}
