package ddl

import (
	"fmt"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

var comparisonOps = map[string]bool{"=": true, "<>": true, "<": true, "<=": true, ">": true, ">=": true}

var patternOps = map[string]bool{"~~": true, "!~~": true, "~~*": true, "!~~*": true, "~": true, "!~": true, "~*": true, "!~*": true}

// opSig returns the parameter types and the result type of binary
// operator op applied to values of base types l and r (either may be
// tUnknown), following PostgreSQL's operator resolution for the built-in
// operators; ok is false when this package does not know the operator.
func opSig(op, l, r string) (pl, pr, res string, ok bool) {
	if l == "" || r == "" {
		return "", "", "", false
	}
	if l == tUnknown && r == tUnknown {
		if comparisonOps[op] || op == "||" || patternOps[op] {
			res = tText
			if op != "||" {
				res = tBool
			}
			return tText, tText, res, true
		}
		return "", "", "", false
	}
	bool2 := func(x, y string) (string, string, string, bool) { return x, y, tBool, true }
	known := l
	if l == tUnknown {
		known = r
	}
	switch {
	case patternOps[op]:
		if !isString(known) {
			return "", "", "", false
		}
		left := l
		if left == tUnknown || left == tVarchar {
			left = tText
		}
		return bool2(left, tText)
	case op == "||":
		switch {
		case isArray(known):
			return known, known, known, true
		case known == tJSONB:
			return tJSONB, tJSONB, tJSONB, true
		case isString(l) || l == tUnknown:
			if isString(r) || r == tUnknown {
				return tText, tText, tText, true
			}
			return tText, r, tText, true
		default:
			return l, tText, tText, true
		}
	case known == tJSONB || known == tJSON:
		switch op {
		case "->":
			if r == tInt4 {
				return l, tInt4, l, true
			}
			return l, tText, l, true
		case "->>":
			if r == tInt4 {
				return l, tInt4, tText, true
			}
			return l, tText, tText, true
		case "#>":
			return l, tText + "[]", l, true
		case "#>>":
			return l, tText + "[]", tText, true
		case "?":
			return bool2(tJSONB, tText)
		case "?|", "?&":
			return bool2(tJSONB, tText+"[]")
		case "@>", "<@":
			return bool2(tJSONB, tJSONB)
		case "-":
			if r == tInt4 {
				return tJSONB, tInt4, tJSONB, true
			}
			return tJSONB, tText, tJSONB, true
		}
	}
	if l == tUnknown {
		l = known
		if (op == "+" || op == "-") && (isDatetime(r) || r == tTime) {
			l = tInterval
		}
	}
	if r == tUnknown {
		r = known
		if (op == "+" || op == "-") && (isDatetime(l) || l == tTime) {
			r = tInterval
		}
	}
	arith := op == "+" || op == "-" || op == "*" || op == "/"
	switch {
	case isNumber(l) && isNumber(r):
		wide := l
		if numericRank[r] > numericRank[l] {
			wide = r
		}
		switch {
		case isInt(l) && isInt(r) && (comparisonOps[op] || arith):
			pl, pr = l, r
		case isFloat(l) && isFloat(r):
			pl, pr = l, r
		case isFloat(l) || isFloat(r):
			pl, pr = tFloat8, tFloat8
			if isFloat(l) {
				pl = l
			}
			if isFloat(r) {
				pr = r
			}
			wide = tFloat8
		default:
			pl, pr = wide, wide
		}
		if comparisonOps[op] {
			return pl, pr, tBool, true
		}
		return pl, pr, wide, true
	case isString(l) && isString(r) && comparisonOps[op]:
		if l == r && l != tVarchar {
			return bool2(l, r)
		}
		if (l == tName && r == tText) || (l == tText && r == tName) {
			return bool2(l, r)
		}
		return bool2(tText, tText)
	case isDatetime(l) && isDatetime(r) && comparisonOps[op]:
		return bool2(l, r)
	case comparisonOps[op] && l == r:
		return bool2(l, r)
	case comparisonOps[op] && isBitString(l) && isBitString(r):
		// bit and bit varying compare as bit varying.
		return bool2(tVarbit, tVarbit)
	case comparisonOps[op] && isArray(l) && isArray(r) && l == r:
		return bool2(l, r)
	case (op == "@>" || op == "<@" || op == "&&") && isArray(l) && l == r:
		return bool2(l, r)
	case op == "+" || op == "-":
		switch {
		case l == tDate && isInt(r):
			return tDate, tInt4, tDate, true
		case l == tDate && r == tDate && op == "-":
			return tDate, tDate, tInt4, true
		case l == tDate && r == tInterval:
			return tDate, tInterval, tTimestamp, true
		case (l == tTimestamp || l == tTimestamptz || l == tTime || l == tInterval) && r == tInterval:
			return l, r, l, true
		case op == "+" && l == tInterval && (r == tTimestamp || r == tTimestamptz || r == tDate):
			res = r
			if r == tDate {
				res = tTimestamp
			}
			return l, r, res, true
		case op == "-" && l == r && (l == tTimestamp || l == tTimestamptz):
			return l, r, tInterval, true
		}
	case (op == "*" || op == "/") && l == tInterval && isNumber(r):
		return tInterval, tFloat8, tInterval, true
	}
	return "", "", "", false
}

// binop analyzes "l op r" and returns both operands coerced to the
// operator's parameter types and the result type (or "" when unknown).
func (a *analyzer) binop(op string, l, r typed) (typed, typed, string) {
	lb, rb := baseOrEmpty(a.domainBase(l.t)), baseOrEmpty(a.domainBase(r.t))
	pl, pr, res, ok := opSig(op, lb, rb)
	if !ok {
		return l, r, ""
	}
	return a.coerce(l, pl), a.coerce(r, pr), res
}

func baseOrEmpty(t string) string {
	if t == "" || t == tUnknown {
		return t
	}
	return baseType(t)
}

func opName(names []*pg_query.Node) string {
	if len(names) == 0 {
		return ""
	}
	if s := names[len(names)-1].GetString_(); s != nil {
		return s.Sval
	}
	return ""
}

// opSchema returns the schema of a qualified operator name
// (OPERATOR(public.?)), or "".
func opSchema(names []*pg_query.Node) string {
	if len(names) == 2 {
		if s := names[0].GetString_(); s != nil {
			return s.Sval
		}
	}
	return ""
}

func opNode(op string, l, r *pg_query.Node) *pg_query.Node {
	return pg_query.MakeAExprNode(pg_query.A_Expr_Kind_AEXPR_OP, []*pg_query.Node{pg_query.MakeStrNode(op)}, l, r, -1)
}

func (a *analyzer) aExpr(e *pg_query.A_Expr) (typed, error) {
	op := opName(e.Name)
	switch e.Kind {
	case pg_query.A_Expr_Kind_AEXPR_OP, pg_query.A_Expr_Kind_AEXPR_LIKE, pg_query.A_Expr_Kind_AEXPR_ILIKE, pg_query.A_Expr_Kind_AEXPR_SIMILAR:
		if e.Lexpr == nil {
			r, err := a.expr(e.Rexpr)
			if err != nil {
				return typed{}, err
			}
			return typed{n: opNode(op, nil, r.n), t: baseOrEmpty(r.t)}, nil
		}
		l, err := a.expr(e.Lexpr)
		if err != nil {
			return typed{}, err
		}
		r, err := a.expr(e.Rexpr)
		if err != nil {
			return typed{}, err
		}
		l2, r2, res := a.binop(op, l, r)
		if res == "" {
			l2, r2, res = a.extensionOp(opSchema(e.Name), op, l, r)
		}
		return typed{n: opNode(op, l2.n, r2.n), t: res}, nil
	case pg_query.A_Expr_Kind_AEXPR_DISTINCT, pg_query.A_Expr_Kind_AEXPR_NOT_DISTINCT, pg_query.A_Expr_Kind_AEXPR_NULLIF:
		l, err := a.expr(e.Lexpr)
		if err != nil {
			return typed{}, err
		}
		r, err := a.expr(e.Rexpr)
		if err != nil {
			return typed{}, err
		}
		l, r, _ = a.binop("=", l, r)
		kind, t := e.Kind, tBool
		if kind == pg_query.A_Expr_Kind_AEXPR_NULLIF {
			t = l.t
		} else {
			kind = pg_query.A_Expr_Kind_AEXPR_DISTINCT
		}
		n := pg_query.MakeAExprNode(kind, []*pg_query.Node{pg_query.MakeStrNode("=")}, l.n, r.n, -1)
		if e.Kind == pg_query.A_Expr_Kind_AEXPR_NOT_DISTINCT {
			// Stored as NOT (a IS DISTINCT FROM b).
			n = pg_query.MakeBoolExprNode(pg_query.BoolExprType_NOT_EXPR, []*pg_query.Node{n}, -1)
		}
		return typed{n: n, t: t}, nil
	case pg_query.A_Expr_Kind_AEXPR_OP_ANY, pg_query.A_Expr_Kind_AEXPR_OP_ALL:
		l, err := a.expr(e.Lexpr)
		if err != nil {
			return typed{}, err
		}
		r, err := a.expr(e.Rexpr)
		if err != nil {
			return typed{}, err
		}
		return a.scalarArrayOp(e.Kind, op, l, r), nil
	case pg_query.A_Expr_Kind_AEXPR_IN:
		return a.in(e, op)
	case pg_query.A_Expr_Kind_AEXPR_BETWEEN, pg_query.A_Expr_Kind_AEXPR_NOT_BETWEEN:
		bounds := e.Rexpr.GetList().GetItems()
		if len(bounds) != 2 {
			return typed{}, fmt.Errorf("BETWEEN needs two bounds")
		}
		lo, hi, join := ">=", "<=", pg_query.BoolExprType_AND_EXPR
		if e.Kind == pg_query.A_Expr_Kind_AEXPR_NOT_BETWEEN {
			lo, hi, join = "<", ">", pg_query.BoolExprType_OR_EXPR
		}
		x := &pg_query.BoolExpr{Boolop: join, Args: []*pg_query.Node{opNode(lo, e.Lexpr, bounds[0]), opNode(hi, e.Lexpr, bounds[1])}}
		return a.expr(&pg_query.Node{Node: &pg_query.Node_BoolExpr{BoolExpr: x}})
	}
	return typed{n: &pg_query.Node{Node: &pg_query.Node_AExpr{AExpr: e}}}, nil
}

// scalarArrayOp analyzes "l op ANY/ALL (r)".
func (a *analyzer) scalarArrayOp(kind pg_query.A_Expr_Kind, op string, l, r typed) typed {
	if r.t == tUnknown && l.t != "" && l.t != tUnknown {
		r = a.coerce(r, baseType(a.domainBase(l.t))+"[]")
	}
	res := typed{n: pg_query.MakeAExprNode(kind, []*pg_query.Node{pg_query.MakeStrNode(op)}, l.n, r.n, -1), t: tBool}
	if !isArray(r.t) {
		return res
	}
	elem := typed{t: elemType(r.t)}
	pl, pr, _, ok := opSig(op, baseOrEmpty(a.domainBase(l.t)), baseOrEmpty(elem.t))
	if !ok {
		return res
	}
	l = a.coerce(l, pl)
	r = a.coerce(r, pr+"[]")
	res.n = pg_query.MakeAExprNode(kind, []*pg_query.Node{pg_query.MakeStrNode(op)}, l.n, r.n, -1)
	return res
}

// in analyzes "x IN (...)" the way transformAExprIn does: a list of
// constants becomes x = ANY (ARRAY[...]) over their common type, a single
// value a plain comparison.
func (a *analyzer) in(e *pg_query.A_Expr, op string) (typed, error) {
	items := e.Rexpr.GetList().GetItems()
	if len(items) == 0 {
		return typed{n: &pg_query.Node{Node: &pg_query.Node_AExpr{AExpr: e}}}, nil
	}
	if len(items) == 1 || hasColumnRef(e.Rexpr) {
		join := pg_query.BoolExprType_OR_EXPR
		if op == "<>" {
			join = pg_query.BoolExprType_AND_EXPR
		}
		var args []*pg_query.Node
		for _, it := range items {
			args = append(args, opNode(op, e.Lexpr, it))
		}
		if len(args) == 1 {
			return a.expr(args[0])
		}
		return a.expr(pg_query.MakeBoolExprNode(join, args, -1))
	}
	l, err := a.expr(e.Lexpr)
	if err != nil {
		return typed{}, err
	}
	vs := make([]typed, len(items))
	ts := []string{a.domainBase(l.t)}
	for i, it := range items {
		v, err := a.expr(it)
		if err != nil {
			return typed{}, err
		}
		vs[i] = v
		ts = append(ts, v.t)
	}
	common := commonType(ts)
	elems := make([]*pg_query.Node, len(vs))
	for i, v := range vs {
		elems[i] = a.coerce(v, common).n
	}
	arrT := ""
	if common != "" {
		arrT = common + "[]"
	}
	arr := typed{n: &pg_query.Node{Node: &pg_query.Node_AArrayExpr{AArrayExpr: &pg_query.A_ArrayExpr{Elements: elems, Location: -1}}}, t: arrT}
	kind := pg_query.A_Expr_Kind_AEXPR_OP_ANY
	if op == "<>" {
		kind = pg_query.A_Expr_Kind_AEXPR_OP_ALL
	}
	return a.scalarArrayOp(kind, op, l, arr), nil
}

func hasColumnRef(n *pg_query.Node) bool {
	found := false
	var walk func(n *pg_query.Node)
	walk = func(n *pg_query.Node) {
		if n == nil || found {
			return
		}
		switch x := n.Node.(type) {
		case *pg_query.Node_ColumnRef:
			found = true
		case *pg_query.Node_List:
			for _, it := range x.List.Items {
				walk(it)
			}
		case *pg_query.Node_AExpr:
			walk(x.AExpr.Lexpr)
			walk(x.AExpr.Rexpr)
		case *pg_query.Node_TypeCast:
			walk(x.TypeCast.Arg)
		case *pg_query.Node_FuncCall:
			for _, it := range x.FuncCall.Args {
				walk(it)
			}
		}
	}
	walk(n)
	return found
}
