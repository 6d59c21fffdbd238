package hcl

import (
	"math"
	"regexp"
	"strings"

	"github.com/stratadb/strata/schema"
)

// identRE matches what HCL accepts as an identifier in a traversal.
var identRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*$`)

// isIdent reports whether name can be written as a bare traversal step.
func isIdent(name string) bool {
	switch name {
	case "true", "false", "null", "for", "in", "if":
		return false
	}
	return identRE.MatchString(name)
}

// typeAliases maps the type names HCL files may use (Atlas spellings and
// the usual SQL abbreviations) to the spelling format_type prints. The
// key is lower case; a type call such as varchar(20) keeps its arguments.
var typeAliases = map[string]string{
	"int":               "integer",
	"int4":              "integer",
	"int2":              "smallint",
	"int8":              "bigint",
	"bool":              "boolean",
	"varchar":           "character varying",
	"character_varying": "character varying",
	"char":              "character",
	"bpchar":            "character",
	"float4":            "real",
	"float8":            "double precision",
	"double_precision":  "double precision",
	"decimal":           "numeric",
	"varbit":            "bit varying",
	"bit_varying":       "bit varying",
	"timestamptz":       "timestamp with time zone",
	"timetz":            "time with time zone",
}

// timeTypes are the types whose precision goes before "with(out) time
// zone" in format_type's spelling.
var timeTypes = map[string]string{
	"timestamp":                   "timestamp without time zone",
	"timestamptz":                 "timestamp with time zone",
	"time":                        "time without time zone",
	"timetz":                      "time with time zone",
	"timestamp_without_time_zone": "timestamp without time zone",
	"timestamp_with_time_zone":    "timestamp with time zone",
	"time_without_time_zone":      "time without time zone",
	"time_with_time_zone":         "time with time zone",
}

// canonicalType returns the format_type spelling of the type called name
// (already lower case) with the arguments args ("" for none).
func canonicalType(name, args string) string {
	if full, ok := timeTypes[name]; ok {
		if args == "" {
			return full
		}
		base, zone, _ := strings.Cut(full, " ")
		return base + "(" + args + ") " + zone
	}
	if a, ok := typeAliases[name]; ok {
		name = a
	}
	if args != "" {
		return name + "(" + args + ")"
	}
	return name
}

// typeCallRE splits a canonical type that HCL can write as a call or an
// identifier: a name of words and one optional argument list.
var typeCallRE = regexp.MustCompile(`^([a-z][a-z0-9_ ]*?)(?:\(([0-9]+(?:,[0-9]+)?)\))?( with time zone| without time zone)?$`)

// hclType returns how Write spells the canonical type t as a bare HCL
// expression: an identifier ("integer", "timestamptz") or a call
// ("varchar(20)"). ok is false when t needs sql("...").
func hclType(t string) (name, args string, ok bool) {
	m := typeCallRE.FindStringSubmatch(t)
	if m == nil {
		return "", "", false
	}
	base, args, zone := m[1], m[2], m[3]
	switch {
	case zone != "":
		n := map[string]string{
			"timestamp with time zone": "timestamptz", "timestamp without time zone": "timestamp",
			"time with time zone": "timetz", "time without time zone": "time",
		}[base+zone]
		if n == "" {
			return "", "", false
		}
		base = n
	case base == "timestamp" || base == "time" || base == "timestamptz" || base == "timetz":
		return "", "", false // not how format_type prints it: keep it raw
	default:
		short := map[string]string{
			"character varying": "varchar", "character": "char", "double precision": "double_precision",
			"bit varying": "varbit",
		}
		if s, ok := short[base]; ok {
			base = s
		} else if strings.Contains(base, " ") {
			return "", "", false
		} else if _, alias := typeAliases[base]; alias {
			return "", "", false // an alias would read back as another type
		}
	}
	if canonicalType(base, args) != t || !isIdent(base) {
		return "", "", false
	}
	return base, args, true
}

// objectName returns the name PostgreSQL makes from name1, name2 (may be
// empty) and label, as makeObjectName does: the longer name is cut first
// until the result fits in 63 bytes.
func objectName(name1, name2, label string) string {
	overhead := 0
	if label != "" {
		overhead += len(label) + 1
	}
	if name2 != "" {
		overhead++
	}
	avail := 63 - overhead
	n1, n2 := len(name1), len(name2)
	for n1+n2 > avail {
		if n1 > n2 {
			n1--
		} else {
			n2--
		}
	}
	out := clip(name1, n1)
	if name2 != "" {
		out += "_" + clip(name2, n2)
	}
	if label != "" {
		out += "_" + label
	}
	return out
}

// clip cuts s to at most n bytes without splitting a UTF-8 character.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// typeRange returns the minimum and maximum of a sequence data type.
func typeRange(typ string) (int64, int64) {
	switch typ {
	case "smallint":
		return math.MinInt16, math.MaxInt16
	case "integer":
		return math.MinInt32, math.MaxInt32
	}
	return math.MinInt64, math.MaxInt64
}

// seqDefaults returns the START, MINVALUE and MAXVALUE PostgreSQL gives a
// sequence of type typ with increment inc when they are not given.
func seqDefaults(typ string, inc int64) (start, min, max int64) {
	lo, hi := typeRange(typ)
	if inc < 0 {
		return -1, lo, -1
	}
	return 1, 1, hi
}

// splitNames splits a dotted name as QName.String prints it (parts in
// double quotes when needed, "" inside quotes for a quote). ok is false for
// an unterminated quote or an empty part.
func splitNames(s string) (parts []string, ok bool) {
	var b strings.Builder
	inQuotes := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQuotes && c == '"' && i+1 < len(s) && s[i+1] == '"':
			b.WriteByte('"')
			i++
		case c == '"':
			inQuotes = !inQuotes
		case c == '.' && !inQuotes:
			parts = append(parts, b.String())
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	parts = append(parts, b.String())
	if inQuotes {
		return nil, false
	}
	for _, p := range parts {
		if p == "" {
			return nil, false
		}
	}
	return parts, true
}

// splitQName splits "schema.name" as QName.String prints it. A name
// without a dot gets schema def.
func splitQName(s, def string) (schema.QName, bool) {
	parts, ok := splitNames(s)
	if !ok {
		return schema.QName{}, false
	}
	switch len(parts) {
	case 1:
		return schema.QName{Schema: def, Name: parts[0]}, true
	case 2:
		return schema.QName{Schema: parts[0], Name: parts[1]}, true
	}
	return schema.QName{}, false
}

// collationText returns the SQL text of a collation given by its name, as
// Atlas's collate attribute holds it ("C", "en_US", "public.ci"): each part
// quoted when PostgreSQL needs it.
func collationText(name string) string {
	parts, ok := splitNames(name)
	if !ok {
		return schema.QuoteIdent(name)
	}
	for i, p := range parts {
		parts[i] = schema.QuoteIdent(p)
	}
	return strings.Join(parts, ".")
}
