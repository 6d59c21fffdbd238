package ddl

import (
	"strconv"
	"strings"
	"unicode/utf8"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// maxIdentLen is NAMEDATALEN - 1: the longest identifier PostgreSQL keeps,
// in bytes.
const maxIdentLen = 63

// truncateIdent cuts name to maxIdentLen bytes without splitting a
// character, as the scanner does for every identifier it reads.
func truncateIdent(name string) string {
	if len(name) <= maxIdentLen {
		return name
	}
	return name[:clipLen(name, maxIdentLen)]
}

// clipLen returns the largest byte length <= n at which s can be cut
// without splitting a UTF-8 character (pg_mbcliplen).
func clipLen(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// makeObjectName joins name1, name2 (optional) and label with underscores,
// shortening the longer of name1 and name2 first so that the result fits in
// 63 bytes, as PostgreSQL's makeObjectName does (indexcmds.c).
func makeObjectName(name1, name2, label string) string {
	overhead := 0
	n1 := len(name1)
	n2 := 0
	if name2 != "" {
		n2 = len(name2)
		overhead++
	}
	if label != "" {
		overhead += len(label) + 1
	}
	avail := maxIdentLen - overhead
	for n1+n2 > avail {
		if n1 > n2 {
			n1--
		} else {
			n2--
		}
	}
	n1 = clipLen(name1, n1)
	var b strings.Builder
	b.WriteString(name1[:n1])
	if name2 != "" {
		b.WriteByte('_')
		b.WriteString(name2[:clipLen(name2, n2)])
	}
	if label != "" {
		b.WriteByte('_')
		b.WriteString(label)
	}
	return b.String()
}

// chooseRelationName picks a name for a new relation (index, sequence) in
// schemaName that no relation has, and, for indexes that back a
// constraint, no constraint of the schema has either; it numbers the label
// on collision (ChooseRelationName).
func (st *state) chooseRelationName(name1, name2, label, schemaName string, isConstraint bool) string {
	mod := label
	for pass := 1; ; pass++ {
		name := makeObjectName(name1, name2, mod)
		if st.rels[qname{Schema: schemaName, Name: name}] == 0 &&
			(!isConstraint || !st.conExists(schemaName, name)) {
			return name
		}
		mod = label + strconv.Itoa(pass)
	}
}

// chooseConstraintName picks a name for a new CHECK or FOREIGN KEY
// constraint that no constraint of the schema has and that is not among
// others (names chosen in the same command), numbering the label on
// collision (ChooseConstraintName).
func (st *state) chooseConstraintName(name1, name2, label, schemaName string, others []string) string {
	mod := label
	for pass := 1; ; pass++ {
		name := makeObjectName(name1, name2, mod)
		taken := st.conExists(schemaName, name)
		for _, o := range others {
			taken = taken || o == name
		}
		if !taken {
			return name
		}
		mod = label + strconv.Itoa(pass)
	}
}

// nameAddition joins column names with underscores for a generated name,
// stopping once the result is at least 64 bytes long
// (ChooseIndexNameAddition, ChooseForeignKeyConstraintNameAddition).
func nameAddition(names []string) string {
	var b strings.Builder
	for _, n := range names {
		if b.Len() > 0 {
			b.WriteByte('_')
		}
		b.WriteString(n)
		if b.Len() > maxIdentLen {
			break
		}
	}
	return b.String()
}

// indexColumnNames returns the attribute names PostgreSQL gives the
// columns of a new index: the column name for a column key, a name derived
// from an expression (figureColname), "expr" otherwise, made unique by
// appending numbers (ChooseIndexColumnNames). elems are the key elements
// followed by the INCLUDE columns.
func indexColumnNames(elems []*pg_query.IndexElem) []string {
	out := make([]string, 0, len(elems))
	for _, e := range elems {
		orig := e.Indexcolname
		if orig == "" {
			orig = e.Name
		}
		if orig == "" && e.Expr != nil {
			orig = figureColname(e.Expr)
		}
		if orig == "" {
			orig = "expr"
		}
		cur := orig
		for i := 1; containsString(out, cur); i++ {
			suffix := strconv.Itoa(i)
			cur = orig[:clipLen(orig, maxIdentLen-len(suffix))] + suffix
		}
		out = append(out, cur)
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// figureColname returns the name PostgreSQL derives from an expression for
// an index column (FigureIndexColname), or "" when it derives none.
func figureColname(n *pg_query.Node) string {
	name, _ := figureColnameStrength(n)
	return name
}

// figureColnameStrength follows FigureColnameInternal (parse_target.c):
// strength 2 is a sure name, 1 a weak one (a type name), 0 none.
func figureColnameStrength(n *pg_query.Node) (string, int) {
	if n == nil {
		return "", 0
	}
	switch x := n.Node.(type) {
	case *pg_query.Node_ColumnRef:
		// The last field that is a name (t.* has none).
		f := x.ColumnRef.Fields
		for i := len(f) - 1; i >= 0; i-- {
			if s := f[i].GetString_(); s != nil {
				return s.Sval, 2
			}
		}
	case *pg_query.Node_AIndirection:
		ind := x.AIndirection.Indirection
		for i := len(ind) - 1; i >= 0; i-- {
			if s := ind[i].GetString_(); s != nil {
				return s.Sval, 2
			}
		}
		return figureColnameStrength(x.AIndirection.Arg)
	case *pg_query.Node_FuncCall:
		f := x.FuncCall.Funcname
		if len(f) > 0 {
			return f[len(f)-1].GetString_().GetSval(), 2
		}
	case *pg_query.Node_AExpr:
		if x.AExpr.Kind == pg_query.A_Expr_Kind_AEXPR_NULLIF {
			return "nullif", 2
		}
	case *pg_query.Node_TypeCast:
		name, s := figureColnameStrength(x.TypeCast.Arg)
		if s <= 1 && x.TypeCast.TypeName != nil {
			names := x.TypeCast.TypeName.Names
			if len(names) > 0 {
				return names[len(names)-1].GetString_().GetSval(), 1
			}
		}
		return name, s
	case *pg_query.Node_CollateClause:
		return figureColnameStrength(x.CollateClause.Arg)
	case *pg_query.Node_GroupingFunc:
		return "grouping", 2
	case *pg_query.Node_SubLink:
		switch x.SubLink.SubLinkType {
		case pg_query.SubLinkType_EXISTS_SUBLINK:
			return "exists", 2
		case pg_query.SubLinkType_ARRAY_SUBLINK:
			return "array", 2
		case pg_query.SubLinkType_EXPR_SUBLINK:
			if sel := x.SubLink.Subselect.GetSelectStmt(); sel != nil && len(sel.TargetList) > 0 {
				if rt := sel.TargetList[0].GetResTarget(); rt != nil {
					if rt.Name != "" {
						return rt.Name, 2
					}
					return figureColnameStrength(rt.Val)
				}
			}
		}
	case *pg_query.Node_CaseExpr:
		// The ELSE result names the column when it names it surely.
		if name, strength := figureColnameStrength(x.CaseExpr.Defresult); strength > 1 {
			return name, strength
		}
		return "case", 1
	case *pg_query.Node_AArrayExpr:
		return "array", 2
	case *pg_query.Node_RowExpr:
		return "row", 2
	case *pg_query.Node_CoalesceExpr:
		return "coalesce", 2
	case *pg_query.Node_MinMaxExpr:
		if x.MinMaxExpr.Op == pg_query.MinMaxOp_IS_GREATEST {
			return "greatest", 2
		}
		return "least", 2
	case *pg_query.Node_SqlvalueFunction:
		return sqlValueFunctionName(x.SqlvalueFunction.Op), 2
	case *pg_query.Node_XmlExpr:
		return xmlExprName(x.XmlExpr.Op), 2
	case *pg_query.Node_XmlSerialize:
		return "xmlserialize", 2
	}
	return "", 0
}

func sqlValueFunctionName(op pg_query.SQLValueFunctionOp) string {
	switch op {
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_DATE:
		return "current_date"
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_TIME, pg_query.SQLValueFunctionOp_SVFOP_CURRENT_TIME_N:
		return "current_time"
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_TIMESTAMP, pg_query.SQLValueFunctionOp_SVFOP_CURRENT_TIMESTAMP_N:
		return "current_timestamp"
	case pg_query.SQLValueFunctionOp_SVFOP_LOCALTIME, pg_query.SQLValueFunctionOp_SVFOP_LOCALTIME_N:
		return "localtime"
	case pg_query.SQLValueFunctionOp_SVFOP_LOCALTIMESTAMP, pg_query.SQLValueFunctionOp_SVFOP_LOCALTIMESTAMP_N:
		return "localtimestamp"
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_ROLE:
		return "current_role"
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_USER:
		return "current_user"
	case pg_query.SQLValueFunctionOp_SVFOP_USER:
		return "user"
	case pg_query.SQLValueFunctionOp_SVFOP_SESSION_USER:
		return "session_user"
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_CATALOG:
		return "current_catalog"
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_SCHEMA:
		return "current_schema"
	}
	return ""
}

func xmlExprName(op pg_query.XmlExprOp) string {
	switch op {
	case pg_query.XmlExprOp_IS_XMLCONCAT:
		return "xmlconcat"
	case pg_query.XmlExprOp_IS_XMLELEMENT:
		return "xmlelement"
	case pg_query.XmlExprOp_IS_XMLFOREST:
		return "xmlforest"
	case pg_query.XmlExprOp_IS_XMLPARSE:
		return "xmlparse"
	case pg_query.XmlExprOp_IS_XMLPI:
		return "xmlpi"
	case pg_query.XmlExprOp_IS_XMLROOT:
		return "xmlroot"
	case pg_query.XmlExprOp_IS_XMLSERIALIZE:
		return "xmlserialize"
	case pg_query.XmlExprOp_IS_DOCUMENT:
		return ""
	}
	return ""
}
