package schema

import "strings"

// QuoteIdent returns name as an SQL identifier, quoted the way PostgreSQL's
// quote_ident quotes it: only when it is not all lower-case letters, digits
// and underscores starting with a letter or underscore, or when it is a
// keyword that is not unreserved (in any PostgreSQL major from 13 to 18).
func QuoteIdent(name string) string {
	if name != "" && !needsQuote(name) {
		return name
	}
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

func needsQuote(name string) bool {
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z', c == '_':
		case c >= '0' && c <= '9':
			if i == 0 {
				return true
			}
		default:
			return true
		}
	}
	return reservedKeywords[name]
}

// reservedKeywords are the keywords that are not UNRESERVED_KEYWORD in any
// supported major (pg_get_keywords() where catcode <> 'U', PostgreSQL 15,
// plus the ones 16 to 18 added).
var reservedKeywords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create", "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is", "isnull", "join", "lateral", "leading", "least", "left", "like", "limit", "localtime", "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing", "position", "precision", "primary", "real", "references", "returning", "right", "row", "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric", "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable",
		"system_user", "json", "json_array", "json_arrayagg", "json_object", "json_objectagg",
		"json_scalar", "json_serialize", "json_exists", "json_query", "json_value", "json_table",
		"merge_action"} {
		m[w] = true
	}
	return m
}()
