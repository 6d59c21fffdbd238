package ddl

// funcSig is one overload of a built-in function: its parameter types
// (base types; "any", "anyarray", "anyelement" are polymorphic) and its
// result type ("=1" means "the type of the first argument", "elem1" the
// element type of the first argument).
type funcSig struct {
	params   []string
	result   string
	variadic bool // the last parameter repeats
}

func sig(result string, params ...string) funcSig { return funcSig{params: params, result: result} }

func variadicSig(result string, params ...string) funcSig {
	return funcSig{params: params, result: result, variadic: true}
}

// builtinFuncs lists the overloads of the pg_catalog functions that
// expressions in schemas commonly call, in the order PostgreSQL's
// preferred-type rule would pick among equally good candidates.
var builtinFuncs = map[string][]funcSig{
	"lower": {sig(tText, tText)}, "upper": {sig(tText, tText)}, "initcap": {sig(tText, tText)},
	"md5":         {sig(tText, tText), sig(tText, "bytea")},
	"btrim":       {sig(tText, tText), sig(tText, tText, tText)},
	"ltrim":       {sig(tText, tText), sig(tText, tText, tText)},
	"rtrim":       {sig(tText, tText), sig(tText, tText, tText)},
	"length":      {sig(tInt4, tText), sig(tInt4, tBpchar), sig(tInt4, "bytea")},
	"char_length": {sig(tInt4, tText), sig(tInt4, tBpchar)}, "character_length": {sig(tInt4, tText), sig(tInt4, tBpchar)},
	"octet_length": {sig(tInt4, tText), sig(tInt4, tBpchar), sig(tInt4, "bytea")},
	"substring":    {sig(tText, tText, tInt4, tInt4), sig(tText, tText, tInt4), sig(tText, tText, tText)},
	"substr":       {sig(tText, tText, tInt4, tInt4), sig(tText, tText, tInt4)},
	"position":     {sig(tInt4, tText, tText)}, "strpos": {sig(tInt4, tText, tText)},
	"replace": {sig(tText, tText, tText, tText)},
	"left":    {sig(tText, tText, tInt4)}, "right": {sig(tText, tText, tInt4)},
	"split_part": {sig(tText, tText, tText, tInt4)}, "reverse": {sig(tText, tText)},
	"starts_with":       {sig(tBool, tText, tText)},
	"similar_to_escape": {sig(tText, tText), sig(tText, tText, tText)},
	"regexp_replace":    {sig(tText, tText, tText, tText), sig(tText, tText, tText, tText, tText)},
	"concat":            {variadicSig(tText, "any")}, "concat_ws": {variadicSig(tText, tText, "any")},
	"abs":   {sig(tInt4, tInt4), sig(tInt8, tInt8), sig(tInt2, tInt2), sig(tNumeric, tNumeric), sig(tFloat8, tFloat8), sig(tFloat4, tFloat4)},
	"round": {sig(tNumeric, tNumeric), sig(tNumeric, tNumeric, tInt4), sig(tFloat8, tFloat8)},
	"floor": {sig(tNumeric, tNumeric), sig(tFloat8, tFloat8)}, "ceil": {sig(tNumeric, tNumeric), sig(tFloat8, tFloat8)},
	"mod": {sig(tInt4, tInt4, tInt4), sig(tInt8, tInt8, tInt8), sig(tInt2, tInt2, tInt2), sig(tNumeric, tNumeric, tNumeric)},
	"now": {sig(tTimestamptz)}, "clock_timestamp": {sig(tTimestamptz)}, "statement_timestamp": {sig(tTimestamptz)},
	"transaction_timestamp": {sig(tTimestamptz)},
	"timeofday":             {sig(tText)},
	"date_trunc": {sig(tTimestamptz, tText, tTimestamptz), sig(tTimestamp, tText, tTimestamp), sig(tInterval, tText, tInterval),
		sig(tTimestamptz, tText, tTimestamptz, tText)},
	"date_part": {sig(tFloat8, tText, tTimestamptz), sig(tFloat8, tText, tTimestamp), sig(tFloat8, tText, tInterval), sig(tFloat8, tText, tDate)},
	"extract": {sig(tNumeric, tText, tDate), sig(tNumeric, tText, tTimestamptz), sig(tNumeric, tText, tTimestamp), sig(tNumeric, tText, tInterval),
		sig(tNumeric, tText, tTime)},
	"timezone":        {sig(tTimestamp, tText, tTimestamptz), sig(tTimestamptz, tText, tTimestamp)},
	"to_timestamp":    {sig(tTimestamptz, tFloat8), sig(tTimestamptz, tText, tText)},
	"age":             {sig(tInterval, tTimestamptz, tTimestamptz), sig(tInterval, tTimestamptz)},
	"to_char":         {sig(tText, tTimestamptz, tText), sig(tText, tTimestamp, tText), sig(tText, tNumeric, tText), sig(tText, tInterval, tText)},
	"gen_random_uuid": {sig("uuid")},
	"nextval":         {sig(tInt8, tRegclass)}, "currval": {sig(tInt8, tRegclass)},
	"jsonb_typeof": {sig(tText, tJSONB)}, "json_typeof": {sig(tText, tJSON)},
	"jsonb_array_length": {sig(tInt4, tJSONB)}, "json_array_length": {sig(tInt4, tJSON)},
	"jsonb_build_object": {variadicSig(tJSONB, "any")}, "jsonb_build_array": {variadicSig(tJSONB, "any")},
	"to_jsonb": {sig(tJSONB, "anyelement")}, "to_json": {sig(tJSON, "anyelement")},
	"cardinality":  {sig(tInt4, "anyarray")},
	"array_length": {sig(tInt4, "anyarray", tInt4)}, "array_upper": {sig(tInt4, "anyarray", tInt4)},
	"array_lower": {sig(tInt4, "anyarray", tInt4)}, "array_ndims": {sig(tInt4, "anyarray")},
	"array_position":  {sig(tInt4, "anyarray", "anyelement")},
	"array_to_string": {sig(tText, "anyarray", tText), sig(tText, "anyarray", tText, tText)},
	"num_nulls":       {variadicSig(tInt4, "any")}, "num_nonnulls": {variadicSig(tInt4, "any")},
	"current_setting": {sig(tText, tText), sig(tText, tText, tBool)},
	"to_tsvector":     {sig("tsvector", "regconfig", tText), sig("tsvector", tText)},
	"encode":          {sig(tText, "bytea", tText)}, "decode": {sig("bytea", tText, tText)},
	"random": {sig(tFloat8)},
}

// castFuncs are the type names that, called as one-argument functions
// (text(x), int4(x), ...), are casts that PostgreSQL prints as x::type.
var castFuncs = map[string]bool{
	"text": true, "varchar": true, "bpchar": true, "int2": true, "int4": true, "int8": true,
	"float4": true, "float8": true, "numeric": true, "bool": true, "date": true,
	"timestamp": true, "timestamptz": true, "time": true, "timetz": true, "interval": true,
	"name": true, "uuid": true, "jsonb": true, "json": true, "regclass": true, "inet": true, "cidr": true,
}
