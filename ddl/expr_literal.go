package ddl

import (
	"fmt"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// canonicalLiteral returns partition bound value n, for a partition key
// column of canonical type typ, as pg_get_expr(relpartbound) prints it
// (TimeZone UTC, DateStyle ISO): "1", "'a'", "'2024-01-01'",
// "'2024-01-01 00:00:00+00'", "MINVALUE", "MAXVALUE", "NULL". Bound
// values print without a type label, quoted unless they are non-negative
// integers, numerics with a decimal point, or booleans.
func canonicalLiteral(n *pg_query.Node, typ string) (string, error) {
	if r := n.GetColumnRef(); r != nil && len(r.Fields) == 1 {
		if s := r.Fields[0].GetString_(); s != nil {
			switch strings.ToLower(s.Sval) {
			case "minvalue":
				return "MINVALUE", nil
			case "maxvalue":
				return "MAXVALUE", nil
			}
		}
	}
	a := &analyzer{}
	v, err := a.expr(n)
	if err != nil {
		return "", err
	}
	if v.isNull {
		return "NULL", nil
	}
	b := baseType(typ)
	var text string
	switch x := v.n.Node.(type) {
	case *pg_query.Node_TypeCast:
		c := x.TypeCast.Arg.GetAConst()
		if c == nil {
			return "", fmt.Errorf("partition bound %s is not a constant", deparseNode(v.n))
		}
		if c.Isnull {
			return "NULL", nil
		}
		text = c.GetSval().GetSval()
	case *pg_query.Node_AConst:
		switch c := x.AConst.Val.(type) {
		case *pg_query.A_Const_Sval:
			text = c.Sval.Sval
		case *pg_query.A_Const_Ival:
			text = fmt.Sprint(c.Ival.Ival)
		case *pg_query.A_Const_Fval:
			text = c.Fval.Fval
		case *pg_query.A_Const_Boolval:
			text = fmt.Sprint(c.Boolval.Boolval)
		}
	default:
		return "", fmt.Errorf("partition bound %s is not a constant", deparseNode(v.n))
	}
	out := constNode(text, b, nil)
	if c := out.GetAConst(); c != nil {
		switch x := c.Val.(type) {
		case *pg_query.A_Const_Ival:
			return fmt.Sprint(x.Ival.Ival), nil
		case *pg_query.A_Const_Fval:
			return x.Fval.Fval, nil
		case *pg_query.A_Const_Boolval:
			return fmt.Sprint(x.Boolval.Boolval), nil
		}
	}
	if tc := out.GetTypeCast(); tc != nil {
		text = tc.Arg.GetAConst().GetSval().GetSval()
	}
	return "'" + strings.ReplaceAll(text, "'", "''") + "'", nil
}

// deparseNode prints n for error messages.
func deparseNode(n *pg_query.Node) string {
	s, err := deparseExpr(n)
	if err != nil {
		return "<expression>"
	}
	return s
}
