package ddl

// queryFuncs are the overloads of the aggregate and window functions that
// view queries commonly call, which the analyzer consults after
// builtinFuncs (see funcCall): their result types type the view's columns
// and the literals compared with them.
var queryFuncs = func() map[string][]funcSig {
	m := map[string][]funcSig{
		"count":        {sig(tInt8), sig(tInt8, "any")},
		"sum":          {sig(tInt8, tInt4), sig(tInt8, tInt2), sig(tNumeric, tInt8), sig(tNumeric, tNumeric), sig(tFloat4, tFloat4), sig(tFloat8, tFloat8), sig(tInterval, tInterval)},
		"avg":          {sig(tNumeric, tInt4), sig(tNumeric, tInt2), sig(tNumeric, tInt8), sig(tNumeric, tNumeric), sig(tFloat8, tFloat4), sig(tFloat8, tFloat8), sig(tInterval, tInterval)},
		"string_agg":   {sig(tText, tText, tText), sig("bytea", "bytea", "bytea")},
		"bool_and":     {sig(tBool, tBool)},
		"bool_or":      {sig(tBool, tBool)},
		"every":        {sig(tBool, tBool)},
		"json_agg":     {sig(tJSON, "anyelement")},
		"jsonb_agg":    {sig(tJSONB, "anyelement")},
		"row_number":   {sig(tInt8)},
		"rank":         {sig(tInt8)},
		"dense_rank":   {sig(tInt8)},
		"ntile":        {sig(tInt4, tInt4)},
		"percent_rank": {sig(tFloat8)},
		"cume_dist":    {sig(tFloat8)},
	}
	for _, t := range []string{tInt2, tInt4, tInt8, tNumeric, tFloat4, tFloat8, tText, tDate, tTimestamp, tTimestamptz, tTime, tInterval, tBpchar} {
		m["min"] = append(m["min"], sig(t, t))
		m["max"] = append(m["max"], sig(t, t))
	}
	return m
}()
