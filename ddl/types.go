package ddl

import (
	"fmt"
	"strconv"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// builtinTypes maps the internal name of a pg_catalog type (pg_type.typname,
// which is also what the grammar turns SQL-standard spellings into: INT ->
// int4, DECIMAL -> numeric, FLOAT(n) -> float4/float8, ...) to the name
// format_type prints for it. Types absent from this map print their own
// name; the ones listed in builtinPlain are known to live in pg_catalog.
var builtinTypes = map[string]string{
	"int2":        "smallint",
	"int4":        "integer",
	"int8":        "bigint",
	"float4":      "real",
	"float8":      "double precision",
	"bool":        "boolean",
	"varchar":     "character varying",
	"bpchar":      "character",
	"varbit":      "bit varying",
	"bit":         "bit",
	"numeric":     "numeric",
	"time":        "time",
	"timetz":      "time",
	"timestamp":   "timestamp",
	"timestamptz": "timestamp",
	"interval":    "interval",
	"char":        `"char"`,
}

// builtinPlain are pg_catalog types whose format_type spelling is their
// name. An unqualified one of these names never goes through the resolver.
var builtinPlain = map[string]bool{
	"text": true, "name": true, "bytea": true, "date": true, "json": true, "jsonb": true,
	"uuid": true, "xml": true, "money": true, "inet": true, "cidr": true, "macaddr": true,
	"macaddr8": true, "oid": true, "regclass": true, "regtype": true, "regproc": true,
	"regprocedure": true, "regoper": true, "regoperator": true, "regconfig": true,
	"regdictionary": true, "regnamespace": true, "regrole": true, "regcollation": true,
	"tsvector": true, "tsquery": true, "point": true, "line": true, "lseg": true, "box": true,
	"path": true, "polygon": true, "circle": true, "int4range": true, "int8range": true,
	"numrange": true, "tsrange": true, "tstzrange": true, "daterange": true,
	"int4multirange": true, "int8multirange": true, "nummultirange": true,
	"tsmultirange": true, "tstzmultirange": true, "datemultirange": true,
	"jsonpath": true, "pg_lsn": true, "txid_snapshot": true, "pg_snapshot": true,
	"xid": true, "xid8": true, "cid": true, "tid": true, "record": true, "void": true,
	"anyelement": true, "anyarray": true, "trigger": true, "cstring": true,
	"pg_node_tree": true, "aclitem": true, "int2vector": true, "oidvector": true,
	"refcursor": true, "unknown": true, "anyenum": true, "anynonarray": true,
	"anyrange": true, "anymultirange": true, "anycompatible": true,
	"anycompatiblearray": true, "event_trigger": true, "language_handler": true,
	"internal": true, "fdw_handler": true, "index_am_handler": true, "tsm_handler": true,
	"table_am_handler": true, "gtsvector": true,
}

// Interval field bits, as the grammar encodes them in an interval type's
// first type modifier (src/include/utils/datetime.h).
const (
	intervalMonth     = 1 << 1
	intervalYear      = 1 << 2
	intervalDay       = 1 << 3
	intervalHour      = 1 << 10
	intervalMinute    = 1 << 11
	intervalSecond    = 1 << 12
	intervalFullRange = 0x7FFF
)

// intervalFields maps an interval range mask to the words format_type prints.
var intervalFields = map[int64]string{
	intervalYear:                 "year",
	intervalMonth:                "month",
	intervalDay:                  "day",
	intervalHour:                 "hour",
	intervalMinute:               "minute",
	intervalSecond:               "second",
	intervalYear | intervalMonth: "year to month",
	intervalDay | intervalHour:   "day to hour",
	intervalDay | intervalHour | intervalMinute:                  "day to minute",
	intervalDay | intervalHour | intervalMinute | intervalSecond: "day to second",
	intervalHour | intervalMinute:                                "hour to minute",
	intervalHour | intervalMinute | intervalSecond:               "hour to second",
	intervalMinute | intervalSecond:                              "minute to second",
}

// canonicalType returns the spelling format_type gives the type tn names
// when search_path is empty: built-in types under their SQL name
// ("integer", "character varying(20)", "timestamp(3) with time zone",
// "interval day to second(2)", "\"char\""), every other type
// schema-qualified and quoted as needed ("public.mood"), arrays of any
// number of dimensions with a single "[]" suffix.
//
// Unqualified names that are not built in are looked up with
// names.typeSchema; a nil names means the names are already qualified as
// PostgreSQL printed them, and an unknown name is kept unqualified (it is a
// pg_catalog type this table does not list).
func canonicalType(tn *pg_query.TypeName, names resolver) (string, error) {
	if tn == nil {
		return "", fmt.Errorf("missing type name")
	}
	if tn.Setof {
		return "", fmt.Errorf("SETOF types are not supported here")
	}
	if tn.PctType {
		return "", fmt.Errorf("%%TYPE references are not supported: write the column's type")
	}
	parts := make([]string, 0, len(tn.Names))
	for _, n := range tn.Names {
		s, ok := n.Node.(*pg_query.Node_String_)
		if !ok {
			return "", fmt.Errorf("unexpected node in type name")
		}
		parts = append(parts, s.String_.Sval)
	}
	mods, err := typmodValues(tn.Typmods)
	if err != nil {
		return "", err
	}
	var schemaName, name string
	switch len(parts) {
	case 1:
		name = parts[0]
	case 2:
		schemaName, name = parts[0], parts[1]
	case 3:
		// database.schema.type: PostgreSQL accepts only the current
		// database; the name is meaningful without it.
		schemaName, name = parts[1], parts[2]
	default:
		return "", fmt.Errorf("improper type name %q", strings.Join(parts, "."))
	}
	array := len(tn.ArrayBounds) > 0
	if schemaName == "" || schemaName == "pg_catalog" {
		// Arrays spelled by their array type's name: _int4 is integer[].
		if strings.HasPrefix(name, "_") && len(mods) == 0 {
			if _, ok := builtinTypes[name[1:]]; ok || builtinPlain[name[1:]] {
				name, array = name[1:], true
			}
		}
		if s, ok := builtinType(name, mods); ok {
			return withArray(s, array), nil
		}
		if s, ok := builtinTypes[name]; ok {
			// A built-in with a modifier it does not take.
			return "", fmt.Errorf("type %s does not accept the modifier(s) given", s)
		}
		if schemaName == "" && !builtinPlain[name] && names != nil {
			schemaName = names.typeSchema(name)
		}
	}
	s := schema.QuoteIdent(name)
	if schemaName != "" && schemaName != "pg_catalog" {
		s = schema.QuoteIdent(schemaName) + "." + s
	}
	if len(tn.Typmods) > 0 {
		// A type with its own typmodin (e.g. an extension's): print the
		// modifiers as given, which is what its typmodout usually echoes.
		m := make([]string, len(tn.Typmods))
		for i, n := range tn.Typmods {
			m[i] = typmodText(n)
		}
		s += "(" + strings.Join(m, ",") + ")"
	}
	return withArray(s, array), nil
}

func withArray(s string, array bool) string {
	if array {
		return s + "[]"
	}
	return s
}

// builtinType formats the built-in type called name (pg_type.typname) with
// the modifiers mods, or returns false when name is not one of the types
// whose spelling format_type special-cases.
func builtinType(name string, mods []int64) (string, bool) {
	base, ok := builtinTypes[name]
	if !ok {
		if builtinPlain[name] && len(mods) == 0 {
			return name, true
		}
		return "", false
	}
	switch name {
	case "int2", "int4", "int8", "float4", "float8", "bool", "char":
		return base, len(mods) == 0
	case "varchar", "varbit", "bit":
		switch len(mods) {
		case 0:
			if name == "bit" {
				// bit without a modifier is not BIT (which means bit(1)):
				// format_type quotes it so that it reads back the same.
				return `"bit"`, true
			}
			return base, true
		case 1:
			return fmt.Sprintf("%s(%d)", base, mods[0]), true
		}
	case "bpchar":
		switch len(mods) {
		case 0:
			return "bpchar", true
		case 1:
			return fmt.Sprintf("character(%d)", mods[0]), true
		}
	case "numeric":
		switch len(mods) {
		case 0:
			return "numeric", true
		case 1:
			return fmt.Sprintf("numeric(%d,0)", mods[0]), true
		case 2:
			return fmt.Sprintf("numeric(%d,%d)", mods[0], mods[1]), true
		}
	case "time", "timetz", "timestamp", "timestamptz":
		zone := " without time zone"
		if strings.HasSuffix(name, "tz") {
			zone = " with time zone"
		}
		switch len(mods) {
		case 0:
			return base + zone, true
		case 1:
			return fmt.Sprintf("%s(%d)%s", base, mods[0], zone), true
		}
	case "interval":
		if len(mods) == 0 {
			return base, true
		}
		if len(mods) > 2 {
			return "", false
		}
		s := base
		if mods[0] != intervalFullRange {
			f, ok := intervalFields[mods[0]]
			if !ok {
				return "", false
			}
			s += " " + f
		}
		if len(mods) == 2 {
			s += fmt.Sprintf("(%d)", mods[1])
		}
		return s, true
	}
	return "", false
}

// typmodValues returns the integer type modifiers, or nil when there are
// none. A modifier that is not an integer constant (an extension type's
// "geometry(Point,4326)") yields nil with no error only when the caller
// treats the type as generic; built-ins reject it later.
func typmodValues(nodes []*pg_query.Node) ([]int64, error) {
	var out []int64
	for _, n := range nodes {
		c := n.GetAConst()
		if c == nil {
			return nil, nil
		}
		switch v := c.Val.(type) {
		case *pg_query.A_Const_Ival:
			out = append(out, int64(v.Ival.Ival))
		case *pg_query.A_Const_Fval:
			i, err := strconv.ParseInt(v.Fval.Fval, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("type modifier %s is not an integer", v.Fval.Fval)
			}
			out = append(out, i)
		default:
			return nil, nil
		}
	}
	return out, nil
}

// typmodText prints one type modifier of a non-built-in type.
func typmodText(n *pg_query.Node) string {
	if c := n.GetAConst(); c != nil {
		switch v := c.Val.(type) {
		case *pg_query.A_Const_Ival:
			return strconv.Itoa(int(v.Ival.Ival))
		case *pg_query.A_Const_Fval:
			return v.Fval.Fval
		case *pg_query.A_Const_Sval:
			return v.Sval.Sval
		}
	}
	if r := n.GetColumnRef(); r != nil && len(r.Fields) == 1 {
		if s := r.Fields[0].GetString_(); s != nil {
			// PostGIS's typmodout capitalises; we keep what was written.
			return s.Sval
		}
	}
	return "?"
}
