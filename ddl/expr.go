package ddl

import (
	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// canonicalExpr returns the canonical text of expression n in context ctx:
// the expression in the form PostgreSQL stores it, printed by pg_query's
// deparser. The user's text and PostgreSQL's own printout of the same
// expression (pg_get_expr with an empty search_path) give the same string,
// and canonicalExpr of its own output parsed again gives that output.
//
// The stored form is reached by re-doing the parts of parse analysis that
// show in the printout (see expr_infer.go, expr_ops.go, expr_call.go):
//
//   - untyped literals take the type their context gives them and print as
//     constants of that type, in the type's output form ('x'::text,
//     '2024-01-01'::date, 5, 1.50, '-1'::integer, true);
//   - operators and functions over the built-in types are resolved as
//     PostgreSQL does, and the implicit casts of their operands are made
//     visible (varchar_col::text = 'a'::text, price > 0::numeric);
//   - implicit casts at the top of the expression are not printed, as in
//     ruleutils.c;
//   - syntax the analyzer rewrites is rewritten the same way: BETWEEN, IN
//     (= ANY (ARRAY[...])), NOT IN (<> ALL), IS NOT DISTINCT FROM (NOT
//     ... IS DISTINCT FROM), LIKE (~~), SIMILAR TO (~ similar_to_escape),
//     function-style casts (text(x) -> x::text), a no-op cast of a value
//     to its own type is dropped;
//   - names: column references lose their table qualification, built-in
//     functions their pg_catalog qualification, types are spelled as
//     canonicalType prints them, and the relation in a regclass literal is
//     schema-qualified through ctx.names.
//
// Expressions whose types the analyzer does not know (subqueries, user
// functions, unknown operators) are kept as written below that point; the
// two sides then agree only when they were written alike.
func canonicalExpr(n *pg_query.Node, ctx *exprContext) (string, error) {
	a := &analyzer{ctx: ctx}
	v, err := a.expr(n)
	if err != nil {
		return "", err
	}
	if ctx != nil && ctx.target != "" {
		v = a.coerce(v, ctx.target)
	}
	v = a.strip(v)
	return deparseExpr(v.n)
}

// defaultIsNull reports whether default expression n, for a column of type
// ctx.target, is one PostgreSQL does not store at all: after coercion to
// the column's type it is a bare NULL constant (DEFAULT NULL, DEFAULT
// NULL::integer on an integer column, DEFAULT CAST(NULL AS text) on a text
// column). A NULL of another type (NULL::integer on a bigint column), and
// any NULL for a column type with a modifier (varchar(5), numeric(10,2),
// bit(3)), goes through a conversion function, so PostgreSQL stores it
// and prints it back. The caller must keep the
// default of a column whose type is a domain: PostgreSQL keeps those too.
func defaultIsNull(n *pg_query.Node, ctx *exprContext) (bool, error) {
	a := &analyzer{ctx: ctx}
	v, err := a.expr(n)
	if err != nil {
		return false, err
	}
	if ctx == nil || baseType(ctx.target) != ctx.target {
		// A type modifier means a length coercion, which is stored.
		return false, nil
	}
	if v.isNull {
		return true, nil
	}
	tc := v.n.GetTypeCast()
	if tc == nil || v.t != ctx.target {
		return false, nil
	}
	c := tc.Arg.GetAConst()
	return c != nil && c.Isnull, nil
}
