package ddl

import (
	"fmt"
	"strconv"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// typed is an analyzed expression: its node in stored form and its type
// (a canonical type, tUnknown for an untyped literal or NULL, "" when the
// analyzer does not know it).
type typed struct {
	n *pg_query.Node
	t string
	// implicit is true when n is a cast the analyzer added; PostgreSQL
	// prints such casts inside operators and function calls but not at
	// the top of an expression.
	implicit bool
	// domain is the domain type of a column reference that n coerces to
	// the domain's base type (t); empty otherwise. An output column that
	// is just that reference keeps the domain type.
	domain string
	// lit is the literal text of an untyped string literal.
	lit    string
	isNull bool
}

// analyzer turns a raw expression into PostgreSQL's stored form.
type analyzer struct {
	ctx *exprContext
}

func (a *analyzer) names() resolver {
	if a.ctx == nil {
		return nil
	}
	return a.ctx.names
}

// coerce converts v to canonical type to the way PostgreSQL's
// coerce_type does: an untyped literal becomes a constant of the type, a
// value whose type differs gets an implicit cast, anything of the same
// base type is left alone.
func (a *analyzer) coerce(v typed, to string) typed {
	if to == "" || v.t == "" || to == "any" {
		return v
	}
	if v.t == tUnknown {
		b := baseType(to)
		if v.isNull {
			return typed{n: nullNode(b), t: b}
		}
		return typed{n: constNode(v.lit, b, a.names()), t: b}
	}
	if baseType(v.t) == baseType(to) {
		return v
	}
	if isArray(to) && isArray(v.t) && v.n.GetAArrayExpr() != nil {
		return a.castElements(v, to)
	}
	return typed{n: castNode(v.n, to), t: to, implicit: true}
}

// castElements converts ARRAY[...] value v, whose elements all have type
// elemType(v.t), to array type to by casting each element: the canonical
// form of both ARRAY[x::varchar]::text[] (an array coercion, as
// PostgreSQL prints the IN list of a varchar column) and
// ARRAY[x::varchar::text] (what that printout becomes when it runs again),
// which have the same value.
func (a *analyzer) castElements(v typed, to string) typed {
	elems := v.n.GetAArrayExpr().Elements
	out := make([]*pg_query.Node, len(elems))
	for i, e := range elems {
		out[i] = a.coerce(typed{n: e, t: elemType(v.t)}, elemType(to)).n
	}
	return typed{n: &pg_query.Node{Node: &pg_query.Node_AArrayExpr{AArrayExpr: &pg_query.A_ArrayExpr{Elements: out, Location: -1}}}, t: to}
}

func aconst(n *pg_query.Node) *pg_query.A_Const { return n.GetAConst() }

// expr analyzes n.
func (a *analyzer) expr(n *pg_query.Node) (typed, error) {
	if n == nil {
		return typed{}, fmt.Errorf("missing expression")
	}
	switch x := n.Node.(type) {
	case *pg_query.Node_AConst:
		return a.constant(x.AConst), nil
	case *pg_query.Node_ColumnRef:
		return a.columnRef(x.ColumnRef), nil
	case *pg_query.Node_TypeCast:
		return a.typeCast(x.TypeCast)
	case *pg_query.Node_AExpr:
		return a.aExpr(x.AExpr)
	case *pg_query.Node_BoolExpr:
		args := make([]*pg_query.Node, len(x.BoolExpr.Args))
		for i, arg := range x.BoolExpr.Args {
			v, err := a.expr(arg)
			if err != nil {
				return typed{}, err
			}
			args[i] = a.strip(a.coerce(v, tBool)).n
		}
		return typed{n: pg_query.MakeBoolExprNode(x.BoolExpr.Boolop, args, -1), t: tBool}, nil
	case *pg_query.Node_NullTest:
		v, err := a.expr(x.NullTest.Arg)
		if err != nil {
			return typed{}, err
		}
		return typed{n: &pg_query.Node{Node: &pg_query.Node_NullTest{NullTest: &pg_query.NullTest{Arg: v.n, Nulltesttype: x.NullTest.Nulltesttype, Location: -1}}}, t: tBool}, nil
	case *pg_query.Node_BooleanTest:
		v, err := a.expr(x.BooleanTest.Arg)
		if err != nil {
			return typed{}, err
		}
		v = a.coerce(v, tBool)
		return typed{n: &pg_query.Node{Node: &pg_query.Node_BooleanTest{BooleanTest: &pg_query.BooleanTest{Arg: v.n, Booltesttype: x.BooleanTest.Booltesttype, Location: -1}}}, t: tBool}, nil
	case *pg_query.Node_FuncCall:
		return a.funcCall(x.FuncCall)
	case *pg_query.Node_SubLink:
		if a.ctx != nil && a.ctx.query != nil {
			return a.ctx.query.sublink(n, x.SubLink), nil
		}
	case *pg_query.Node_CoalesceExpr:
		args, t, err := a.common(x.CoalesceExpr.Args)
		if err != nil {
			return typed{}, err
		}
		return typed{n: &pg_query.Node{Node: &pg_query.Node_CoalesceExpr{CoalesceExpr: &pg_query.CoalesceExpr{Args: args, Location: -1}}}, t: t}, nil
	case *pg_query.Node_MinMaxExpr:
		args, t, err := a.common(x.MinMaxExpr.Args)
		if err != nil {
			return typed{}, err
		}
		return typed{n: &pg_query.Node{Node: &pg_query.Node_MinMaxExpr{MinMaxExpr: &pg_query.MinMaxExpr{Op: x.MinMaxExpr.Op, Args: args, Location: -1}}}, t: t}, nil
	case *pg_query.Node_AArrayExpr:
		return a.array(x.AArrayExpr.Elements, "")
	case *pg_query.Node_CaseExpr:
		return a.caseExpr(x.CaseExpr)
	case *pg_query.Node_SqlvalueFunction:
		return typed{n: n, t: sqlValueType(x.SqlvalueFunction.Op)}, nil
	case *pg_query.Node_CollateClause:
		v, err := a.expr(x.CollateClause.Arg)
		if err != nil {
			return typed{}, err
		}
		c := &pg_query.CollateClause{Arg: v.n, Collname: a.collationName(x.CollateClause.Collname), Location: -1}
		return typed{n: &pg_query.Node{Node: &pg_query.Node_CollateClause{CollateClause: c}}, t: v.t}, nil
	}
	// Anything else (subqueries, row expressions, ...) is kept as written,
	// type unknown.
	return typed{n: n}, nil
}

// strip removes an implicit cast at the top of v: PostgreSQL does not
// print those where no operator or function consumes the value.
func (a *analyzer) strip(v typed) typed {
	if v.implicit {
		if tc := v.n.GetTypeCast(); tc != nil {
			return typed{n: tc.Arg, t: v.t}
		}
	}
	return v
}

func (a *analyzer) constant(c *pg_query.A_Const) typed {
	switch v := c.Val.(type) {
	case *pg_query.A_Const_Ival:
		return typed{n: constNode(strconv.Itoa(int(v.Ival.Ival)), tInt4, nil), t: tInt4}
	case *pg_query.A_Const_Fval:
		s := v.Fval.Fval
		if !strings.ContainsAny(s, ".eE") {
			if _, err := strconv.ParseInt(s, 10, 64); err == nil {
				return typed{n: constNode(s, tInt8, nil), t: tInt8}
			}
		}
		return typed{n: constNode(s, tNumeric, nil), t: tNumeric}
	case *pg_query.A_Const_Boolval:
		return typed{n: constNode(strconv.FormatBool(v.Boolval.Boolval), tBool, nil), t: tBool}
	case *pg_query.A_Const_Sval:
		return typed{n: pg_query.MakeAConstStrNode(v.Sval.Sval, -1), t: tUnknown, lit: v.Sval.Sval}
	case *pg_query.A_Const_Bsval:
		// B'101' and X'5' are constants of type bit, printed in bit_out
		// form ('101'::"bit", X digits expanded to binary).
		if bits, ok := bitStringValue(v.Bsval.Bsval); ok {
			return typed{n: constNode(bits, tBit, nil), t: tBit}
		}
		return typed{n: &pg_query.Node{Node: &pg_query.Node_AConst{AConst: c}}, t: tBit}
	}
	return typed{n: nullNode(tUnknown), t: tUnknown, isNull: true}
}

func (a *analyzer) columnRef(r *pg_query.ColumnRef) typed {
	if a.ctx != nil && a.ctx.query != nil {
		return a.ctx.query.column(r)
	}
	last := r.Fields[len(r.Fields)-1]
	s := last.GetString_()
	if s == nil {
		return typed{n: &pg_query.Node{Node: &pg_query.Node_ColumnRef{ColumnRef: r}}}
	}
	t := ""
	if a.ctx != nil {
		t = a.ctx.columns[s.Sval]
	}
	return typed{n: pg_query.MakeColumnRefNode([]*pg_query.Node{pg_query.MakeStrNode(s.Sval)}, -1), t: t}
}

func (a *analyzer) typeCast(tc *pg_query.TypeCast) (typed, error) {
	t, err := canonicalType(tc.TypeName, a.names())
	if err != nil {
		return typed{}, err
	}
	if arr := tc.Arg.GetAArrayExpr(); arr != nil && isArray(t) {
		if len(arr.Elements) == 0 {
			return typed{n: castNode(tc.Arg, t), t: t}, nil
		}
		// The cast goes into the elements (transformArrayExpr coerces
		// each element to the element type), unless an element's type is
		// unknown to the analyzer.
		v, err := a.array(arr.Elements, "")
		if err != nil {
			return typed{}, err
		}
		if v.t == t {
			return v, nil
		}
		for _, e := range arr.Elements {
			if ev, err := a.expr(e); err != nil || ev.t == "" {
				return typed{n: castNode(v.n, t), t: t}, nil
			}
		}
		return a.array(arr.Elements, elemType(t))
	}
	v, err := a.expr(tc.Arg)
	if err != nil {
		return typed{}, err
	}
	switch {
	case v.t == tUnknown && v.isNull:
		return typed{n: nullNode(t), t: t}, nil
	case v.t == tUnknown:
		if baseType(t) != t {
			// A literal cast to a type with a modifier keeps the cast.
			return typed{n: castNode(constNode(v.lit, baseType(t), a.names()), t), t: t}, nil
		}
		return typed{n: constNode(v.lit, t, a.names()), t: t}, nil
	case v.t == t:
		return v, nil
	}
	return typed{n: castNode(v.n, t), t: t}, nil
}

// common analyzes args and coerces them to their common type.
func (a *analyzer) common(nodes []*pg_query.Node) ([]*pg_query.Node, string, error) {
	vs := make([]typed, len(nodes))
	ts := make([]string, len(nodes))
	for i, n := range nodes {
		v, err := a.expr(n)
		if err != nil {
			return nil, "", err
		}
		vs[i], ts[i] = v, v.t
	}
	t := commonType(ts)
	out := make([]*pg_query.Node, len(vs))
	for i, v := range vs {
		out[i] = a.coerce(v, t).n
	}
	return out, t, nil
}

// array analyzes ARRAY[...] whose elements have type elem (or their
// common type when elem is "").
func (a *analyzer) array(elements []*pg_query.Node, elem string) (typed, error) {
	vs := make([]typed, len(elements))
	ts := make([]string, len(elements))
	for i, n := range elements {
		v, err := a.expr(n)
		if err != nil {
			return typed{}, err
		}
		vs[i], ts[i] = v, v.t
	}
	if elem == "" {
		elem = commonType(ts)
	}
	out := make([]*pg_query.Node, len(vs))
	for i, v := range vs {
		out[i] = a.coerce(v, elem).n
	}
	t := ""
	if elem != "" {
		t = elem + "[]"
	}
	return typed{n: &pg_query.Node{Node: &pg_query.Node_AArrayExpr{AArrayExpr: &pg_query.A_ArrayExpr{Elements: out, Location: -1}}}, t: t}, nil
}

func (a *analyzer) caseExpr(c *pg_query.CaseExpr) (typed, error) {
	out := &pg_query.CaseExpr{Location: -1}
	var arg typed
	if c.Arg != nil {
		v, err := a.expr(c.Arg)
		if err != nil {
			return typed{}, err
		}
		arg = v
		out.Arg = v.n
	}
	var results []*pg_query.Node
	for _, w := range c.Args {
		cw := w.GetCaseWhen()
		results = append(results, cw.Result)
	}
	if c.Defresult != nil {
		results = append(results, c.Defresult)
	}
	res, t, err := a.common(results)
	if err != nil {
		return typed{}, err
	}
	for i, w := range c.Args {
		cw := w.GetCaseWhen()
		cond, err := a.expr(cw.Expr)
		if err != nil {
			return typed{}, err
		}
		if c.Arg != nil {
			// CASE x WHEN v: PostgreSQL prints only v, coerced to the
			// right operand type of x = v.
			_, r, _ := a.binop("=", arg, cond)
			cond = r
		} else {
			cond = a.strip(a.coerce(cond, tBool))
		}
		out.Args = append(out.Args, &pg_query.Node{Node: &pg_query.Node_CaseWhen{CaseWhen: &pg_query.CaseWhen{Expr: cond.n, Result: res[i], Location: -1}}})
	}
	switch {
	case c.Defresult != nil:
		out.Defresult = res[len(res)-1]
	case t != "" && t != tUnknown:
		// Without ELSE the result is NULL of the CASE's type, which
		// PostgreSQL prints (ELSE NULL::text).
		out.Defresult = nullNode(t)
	}
	return typed{n: &pg_query.Node{Node: &pg_query.Node_CaseExpr{CaseExpr: out}}, t: t}, nil
}

func sqlValueType(op pg_query.SQLValueFunctionOp) string {
	switch op {
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_DATE:
		return tDate
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_TIME, pg_query.SQLValueFunctionOp_SVFOP_CURRENT_TIME_N:
		return tTimetz
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_TIMESTAMP, pg_query.SQLValueFunctionOp_SVFOP_CURRENT_TIMESTAMP_N:
		return tTimestamptz
	case pg_query.SQLValueFunctionOp_SVFOP_LOCALTIME, pg_query.SQLValueFunctionOp_SVFOP_LOCALTIME_N:
		return tTime
	case pg_query.SQLValueFunctionOp_SVFOP_LOCALTIMESTAMP, pg_query.SQLValueFunctionOp_SVFOP_LOCALTIMESTAMP_N:
		return tTimestamp
	}
	return tName
}

// allUntyped reports whether every node is a string literal or NULL.
func allUntyped(nodes []*pg_query.Node) bool {
	for _, n := range nodes {
		c := n.GetAConst()
		if c == nil {
			return false
		}
		if _, ok := c.Val.(*pg_query.A_Const_Sval); !ok && !c.Isnull {
			return false
		}
	}
	return true
}
