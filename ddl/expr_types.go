package ddl

import (
	"strings"
	"sync"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// Type names the analyzer uses (canonical format_type spellings of base
// types, without type modifiers).
const (
	tUnknown     = "unknown" // an untyped string literal or NULL
	tBool        = "boolean"
	tInt2        = "smallint"
	tInt4        = "integer"
	tInt8        = "bigint"
	tNumeric     = "numeric"
	tFloat4      = "real"
	tFloat8      = "double precision"
	tText        = "text"
	tVarchar     = "character varying"
	tBpchar      = "bpchar"
	tName        = "name"
	tDate        = "date"
	tTimestamp   = "timestamp without time zone"
	tTimestamptz = "timestamp with time zone"
	tTime        = "time without time zone"
	tTimetz      = "time with time zone"
	tInterval    = "interval"
	tJSONB       = "jsonb"
	tJSON        = "json"
	tRegclass    = "regclass"
	tBit         = `"bit"`
	tVarbit      = "bit varying"
)

// numericRank orders the numeric types by the direction of their implicit
// casts (smallint -> integer -> bigint -> numeric -> real -> double).
var numericRank = map[string]int{tInt2: 1, tInt4: 2, tInt8: 3, tNumeric: 4, tFloat4: 5, tFloat8: 6}

func isInt(t string) bool    { r := numericRank[t]; return r >= 1 && r <= 3 }
func isFloat(t string) bool  { return t == tFloat4 || t == tFloat8 }
func isNumber(t string) bool { return numericRank[t] > 0 }

// isString reports whether t is one of the string types whose values
// coerce implicitly to text.
func isString(t string) bool {
	return t == tText || t == tVarchar || t == tBpchar || t == tName
}

func isDatetime(t string) bool { return t == tDate || t == tTimestamp || t == tTimestamptz }

func isBitString(t string) bool { return t == tBit || t == tVarbit }

func isArray(t string) bool { return strings.HasSuffix(t, "[]") }

func elemType(t string) string { return strings.TrimSuffix(t, "[]") }

// baseType drops the type modifier of a canonical type: the type an
// untyped literal takes when it meets a value of type t.
func baseType(t string) string {
	if isArray(t) {
		return baseType(elemType(t)) + "[]"
	}
	switch {
	case strings.HasPrefix(t, "character varying"):
		return tVarchar
	case strings.HasPrefix(t, "character("), t == "character":
		return tBpchar
	case strings.HasPrefix(t, "numeric"):
		return tNumeric
	case strings.HasPrefix(t, "timestamp"):
		if strings.HasSuffix(t, "with time zone") && !strings.HasSuffix(t, "without time zone") {
			return tTimestamptz
		}
		return tTimestamp
	case strings.HasPrefix(t, "time"):
		if strings.HasSuffix(t, "without time zone") {
			return tTime
		}
		return tTimetz
	case strings.HasPrefix(t, "interval"):
		return tInterval
	case strings.HasPrefix(t, "bit varying"):
		return "bit varying"
	case strings.HasPrefix(t, "bit("):
		return `"bit"`
	}
	return t
}

// typeNames caches the TypeName node of each canonical type string.
var typeNames sync.Map

// typeNode returns a TypeName node spelling canonical type t, so that
// every cast the canonical form holds prints one way.
func typeNode(t string) *pg_query.TypeName {
	if v, ok := typeNames.Load(t); ok {
		return v.(*pg_query.TypeName)
	}
	tree, err := pg_query.Parse("SELECT NULL::" + t)
	if err != nil {
		// A type spelling format_type produced always parses; keep going
		// with a plain name rather than fail the whole expression.
		return &pg_query.TypeName{Names: []*pg_query.Node{pg_query.MakeStrNode(t)}, Typemod: -1}
	}
	tn := tree.Stmts[0].Stmt.GetSelectStmt().TargetList[0].GetResTarget().Val.GetTypeCast().TypeName
	tn.Location = 0
	typeNames.Store(t, tn)
	return tn
}

// castNode wraps n in a cast to canonical type t.
func castNode(n *pg_query.Node, t string) *pg_query.Node {
	return &pg_query.Node{Node: &pg_query.Node_TypeCast{TypeCast: &pg_query.TypeCast{Arg: n, TypeName: typeNode(t), Location: -1}}}
}

// implicitCast reports whether PostgreSQL converts a value of base type
// from to base type to implicitly (pg_cast castcontext 'i', plus the
// binary-coercible string conversions).
func implicitCast(from, to string) bool {
	switch {
	case from == to:
		return true
	case isNumber(from) && isNumber(to):
		return numericRank[from] < numericRank[to]
	case isString(from) && to == tText:
		return true
	case from == tText && (to == tBpchar || to == tVarchar):
		return true
	case from == tDate && (to == tTimestamp || to == tTimestamptz):
		return true
	case from == tTimestamp && to == tTimestamptz:
		return true
	case from == tBit && to == tVarbit:
		return true
	case from == tTime && (to == tInterval || to == tTimetz):
		return true
	}
	return false
}

// commonType returns the type PostgreSQL's select_common_type picks for
// values of types ts (CASE, COALESCE, ARRAY, IN): untyped literals follow
// the others, and all-untyped lists are text. It returns "" when a type is
// not known.
func commonType(ts []string) string {
	common := ""
	for _, t := range ts {
		if t == "" {
			return ""
		}
		if t == tUnknown {
			continue
		}
		b := baseType(t)
		switch {
		case common == "":
			common = b
		case common == b:
		case isNumber(common) && isNumber(b):
			if numericRank[b] > numericRank[common] {
				common = b
			}
		case isString(common) && isString(b):
			common = tText
		case isDatetime(common) && isDatetime(b):
			if b == tTimestamptz || common == tDate {
				common = b
			}
		default:
			return ""
		}
	}
	if common == "" {
		return tText
	}
	return common
}
