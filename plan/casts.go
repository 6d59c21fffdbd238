package plan

import "strings"

// typeCategory groups built-in types between which PostgreSQL has an
// implicit or assignment cast, so that ALTER COLUMN ... TYPE needs no
// USING clause.
var typeCategory = map[string]string{
	"smallint": "number", "integer": "number", "bigint": "number", "numeric": "number",
	"real": "number", "double precision": "number", "money": "number",
	"date": "datetime", "timestamp without time zone": "datetime", "timestamp with time zone": "datetime",
	"time without time zone": "time", "time with time zone": "time", "interval": "time",
	"bit": "bit", "bit varying": "bit",
	"json": "json", "jsonb": "json",
	"inet": "network", "cidr": "network",
	"text": "string", "character varying": "string", "character": "string", "name": "string",
}

// baseTypeName strips the type modifiers and array brackets:
// "character varying(20)[]" becomes "character varying".
func baseTypeName(typ string) (name string, array bool) {
	array = strings.HasSuffix(typ, "[]")
	typ = strings.TrimRight(typ, "[]")
	if i := strings.IndexByte(typ, '('); i >= 0 {
		rest := typ[strings.IndexByte(typ, ')')+1:]
		typ = strings.TrimSpace(typ[:i] + rest)
	}
	return typ, array
}

// needsUsing reports whether changing a column from type from to type to
// needs an explicit cast (USING col::to): every type converts to a string
// type by assignment, but not the other way round, and only the types of
// one category convert among themselves without one.
func needsUsing(from, to string) bool {
	f, fArray := baseTypeName(from)
	t, tArray := baseTypeName(to)
	if fArray != tArray {
		return true
	}
	if f == t {
		return false
	}
	ct, ok := typeCategory[t]
	if ok && ct == "string" && !fArray {
		return false
	}
	cf, ok2 := typeCategory[f]
	return !ok || !ok2 || cf != ct || (cf == "string" && fArray)
}

// defaultStorage returns the storage mode PostgreSQL gives a column of
// type typ by default: SET STORAGE needs it to undo a storage change.
func defaultStorage(typ string) string {
	name, array := baseTypeName(typ)
	if array {
		return "extended"
	}
	switch name {
	case "numeric", "inet", "cidr":
		return "main"
	case "text", "character varying", "character", "bytea", "json", "jsonb", "xml", "tsvector", "tsquery", "bit", "bit varying", "path", "polygon":
		return "extended"
	}
	return "plain"
}
