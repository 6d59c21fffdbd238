package ddl

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// constNode returns the node for a constant of base type t whose text
// value is v, spelled the way ruleutils.c's get_const_expr prints a Const
// once pg_query has parsed that text back: non-negative integers and
// numerics with a point bare, booleans as true/false, anything else as
// 'value'::type. The value is put in the type's output form where this
// package knows it (see normalizeConst), so that '2024-1-1' and
// '2024-01-01' agree.
func constNode(v, t string, names resolver) *pg_query.Node {
	v = normalizeConst(v, t, names)
	switch t {
	case tInt4:
		if i, err := strconv.ParseInt(v, 10, 32); err == nil && i >= 0 {
			return pg_query.MakeAConstIntNode(i, -1)
		}
	case tNumeric:
		if v != "" && v[0] >= '0' && v[0] <= '9' && strings.ContainsAny(v, ".eE") {
			return &pg_query.Node{Node: &pg_query.Node_AConst{AConst: &pg_query.A_Const{Val: &pg_query.A_Const_Fval{Fval: &pg_query.Float{Fval: v}}, Location: -1}}}
		}
	case tBool:
		if v == "true" || v == "false" {
			return &pg_query.Node{Node: &pg_query.Node_AConst{AConst: &pg_query.A_Const{Val: &pg_query.A_Const_Boolval{Boolval: &pg_query.Boolean{Boolval: v == "true"}}, Location: -1}}}
		}
	case tUnknown:
		return pg_query.MakeAConstStrNode(v, -1)
	}
	return castNode(pg_query.MakeAConstStrNode(v, -1), t)
}

// nullNode returns NULL cast to t, as PostgreSQL prints a typed NULL.
func nullNode(t string) *pg_query.Node {
	n := &pg_query.Node{Node: &pg_query.Node_AConst{AConst: &pg_query.A_Const{Isnull: true, Location: -1}}}
	if t == tUnknown || t == "" {
		return n
	}
	return castNode(n, t)
}

// normalizeConst puts literal v of type t in the form the type's output
// function prints (with TimeZone UTC, DateStyle ISO and IntervalStyle
// postgres). Values this package cannot interpret are returned as given.
func normalizeConst(v, t string, names resolver) string {
	switch t {
	case tBool:
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "t", "true", "y", "yes", "on", "1":
			return "true"
		case "f", "false", "n", "no", "off", "0":
			return "false"
		}
	case tInt2, tInt4, tInt8:
		if i, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64); err == nil {
			return strconv.FormatInt(i, 10)
		}
	case tNumeric:
		return normalizeNumeric(v)
	case tDate:
		if tm, ok := parseTimestamp(v); ok && tm.Hour() == 0 && tm.Minute() == 0 && tm.Second() == 0 && tm.Nanosecond() == 0 {
			return tm.Format("2006-01-02")
		}
	case tTimestamp:
		if tm, ok := parseTimestamp(v); ok {
			return formatTimestamp(tm)
		}
	case tTimestamptz:
		if tm, ok := parseTimestamp(v); ok {
			return formatTimestamp(tm.UTC()) + "+00"
		}
	case tTime:
		if tm, err := time.Parse("15:04:05.999999", strings.TrimSpace(v)); err == nil {
			return strings.TrimPrefix(formatTimestamp(tm), "0000-01-01 ")
		}
		if tm, err := time.Parse("15:04", strings.TrimSpace(v)); err == nil {
			return tm.Format("15:04:05")
		}
	case tInterval:
		if s, ok := normalizeInterval(v); ok {
			return s
		}
	case "uuid":
		return strings.ToLower(strings.TrimSpace(v))
	case tFloat8:
		return normalizeFloat(v, 64)
	case tFloat4:
		return normalizeFloat(v, 32)
	case "money":
		return normalizeMoney(v)
	case tJSONB:
		return normalizeJSONB(v)
	case "tsvector":
		return normalizeTSVector(v)
	case tRegclass:
		return qualifyRelation(v, names)
	}
	if isArray(t) {
		return normalizeArray(v, elemType(t), names)
	}
	return v
}

// normalizeNumeric prints a numeric literal as numeric_out does: no sign
// for positives, no exponent, the scale the literal implies.
func normalizeNumeric(v string) string {
	s := strings.TrimSpace(v)
	mant, exp := s, 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e, err := strconv.Atoi(s[i+1:])
		if err != nil {
			return v
		}
		mant, exp = s[:i], e
	}
	scale := 0
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		scale = len(mant) - i - 1
	}
	scale -= exp
	if scale < 0 {
		scale = 0
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return v
	}
	return r.FloatString(scale)
}

var timestampLayouts = []string{
	"2006-1-2 15:04:05.999999999Z07:00", "2006-1-2 15:04:05.999999999Z07", "2006-1-2 15:04:05.999999999",
	"2006-1-2T15:04:05.999999999Z07:00", "2006-1-2T15:04:05.999999999",
	"2006-1-2 15:04Z07:00", "2006-1-2 15:04Z07", "2006-1-2 15:04", "2006-1-2",
}

func parseTimestamp(v string) (time.Time, bool) {
	s := strings.TrimSpace(v)
	if strings.HasSuffix(s, " UTC") {
		s = strings.TrimSuffix(s, " UTC") + "Z"
	}
	for _, l := range timestampLayouts {
		if tm, err := time.Parse(l, s); err == nil {
			return tm, true
		}
	}
	return time.Time{}, false
}

// formatTimestamp prints "YYYY-MM-DD HH:MM:SS[.ffffff]" as timestamp_out.
func formatTimestamp(tm time.Time) string {
	s := tm.Format("2006-01-02 15:04:05")
	if us := tm.Nanosecond() / 1000; us != 0 {
		s += strings.TrimRight(fmt.Sprintf(".%06d", us), "0")
	}
	return s
}

// qualifyRelation puts the relation name of a regclass literal in the form
// regclassout prints with an empty search_path: schema-qualified (through
// names when the literal is unqualified) and quoted only where needed.
func qualifyRelation(v string, names resolver) string {
	parts, ok := splitQualifiedName(v)
	if !ok {
		return v
	}
	if len(parts) == 1 && names != nil {
		if s := names.relationSchema(parts[0]); s != "" {
			parts = []string{s, parts[0]}
		}
	}
	for i, p := range parts {
		parts[i] = schema.QuoteIdent(p)
	}
	return strings.Join(parts, ".")
}

// splitQualifiedName splits a possibly quoted dotted name the way
// regclassin does: unquoted parts fold to lower case.
func splitQualifiedName(v string) ([]string, bool) {
	var parts []string
	s := strings.TrimSpace(v)
	for {
		var part string
		if strings.HasPrefix(s, `"`) {
			var b strings.Builder
			i := 1
			for ; i < len(s); i++ {
				if s[i] == '"' {
					if i+1 < len(s) && s[i+1] == '"' {
						b.WriteByte('"')
						i++
						continue
					}
					break
				}
				b.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, false
			}
			part, s = b.String(), s[i+1:]
		} else {
			i := strings.IndexByte(s, '.')
			if i < 0 {
				i = len(s)
			}
			part, s = strings.ToLower(s[:i]), s[i:]
		}
		if part == "" {
			return nil, false
		}
		parts = append(parts, part)
		if s == "" {
			return parts, true
		}
		if s[0] != '.' {
			return nil, false
		}
		s = s[1:]
	}
}
