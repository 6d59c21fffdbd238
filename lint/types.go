package lint

import (
	"regexp"
	"strconv"
	"strings"
)

// typeChange describes what converting a column from one type to another
// does.
type typeChange struct {
	// widening: every old value fits the new type unchanged and clients
	// see the same kind of value (Minor instead of Major).
	widening bool
	// lossy: values can be rounded or cut.
	lossy bool
	// mayFail: some old values may not convert, and the step fails.
	mayFail bool
	// rewrite: PostgreSQL rewrites the table (and rebuilds its indexes).
	rewrite bool
}

// pgType is a type spelling split into base name, modifiers and array
// dimensions: "numeric(10,2)[]" is {"numeric", [10 2], 1}.
type pgType struct {
	base  string
	mods  []int // nil when none
	array int
}

var typeMods = regexp.MustCompile(`^(.*?)\(([0-9, ]+)\)(.*)$`)

func parseType(s string) pgType {
	var t pgType
	for strings.HasSuffix(s, "[]") {
		t.array++
		s = strings.TrimSuffix(s, "[]")
	}
	if m := typeMods.FindStringSubmatch(s); m != nil {
		for _, p := range strings.Split(m[2], ",") {
			n, _ := strconv.Atoi(strings.TrimSpace(p))
			t.mods = append(t.mods, n)
		}
		s = strings.TrimSpace(m[1] + m[3]) // "timestamp(3) with time zone"
		s = strings.ReplaceAll(s, "  ", " ")
	}
	t.base = s
	return t
}

// intRank orders the integer types: smallint 1, integer 2, bigint 3; 0
// for other types.
func intRank(base string) int {
	switch base {
	case "smallint":
		return 1
	case "integer":
		return 2
	case "bigint":
		return 3
	}
	return 0
}

func isText(base string) bool {
	return base == "text" || base == "character varying"
}

// precisionTypes take one precision modifier; a smaller one rounds.
var precisionTypes = map[string]bool{
	"timestamp without time zone": true, "timestamp with time zone": true,
	"time without time zone": true, "time with time zone": true, "interval": true,
}

// classifyType judges the conversion of a column from type from to type to
// (canonical spellings, as format_type prints them). It knows the
// conversions that are common in migrations; any other is judged
// conservatively: it may fail, rewrites, and is visible to clients.
func classifyType(from, to string) typeChange {
	a, b := parseType(from), parseType(to)
	unknown := typeChange{mayFail: true, rewrite: true}
	if a.array != b.array {
		return unknown
	}
	switch {
	case isText(a.base) && isText(b.base):
		la, lb := length(a), length(b)
		if lb == 0 || (la != 0 && lb >= la) {
			return typeChange{widening: true}
		}
		return typeChange{mayFail: true, rewrite: true}
	case isText(b.base) && length(b) == 0:
		// Anything converts to text; clients see a string instead.
		return typeChange{rewrite: true}
	case a.base == "numeric" && b.base == "numeric":
		if len(b.mods) == 0 {
			return typeChange{widening: true}
		}
		if len(a.mods) == 0 {
			return typeChange{lossy: true, mayFail: true, rewrite: true}
		}
		pa, sa := a.mods[0], scale(a)
		pb, sb := b.mods[0], scale(b)
		tc := typeChange{rewrite: sa != sb}
		if sb < sa {
			tc.lossy = true
		}
		if pb-sb < pa-sa {
			tc.mayFail = true
		}
		tc.widening = !tc.lossy && !tc.mayFail
		if sa == sb && pb >= pa {
			tc.rewrite = false
		}
		return tc
	case intRank(a.base) > 0 && intRank(b.base) > 0:
		if intRank(b.base) > intRank(a.base) {
			return typeChange{widening: true, rewrite: true}
		}
		return typeChange{mayFail: true, rewrite: true}
	case intRank(a.base) > 0 && b.base == "numeric":
		if len(b.mods) == 0 {
			return typeChange{widening: true, rewrite: true}
		}
		return typeChange{mayFail: true, rewrite: true}
	case a.base == "numeric" && intRank(b.base) > 0,
		(a.base == "real" || a.base == "double precision") && (intRank(b.base) > 0 || b.base == "numeric"):
		return typeChange{lossy: true, mayFail: true, rewrite: true}
	case a.base == "real" && b.base == "double precision":
		return typeChange{widening: true, rewrite: true}
	case a.base == "double precision" && b.base == "real":
		return typeChange{lossy: true, mayFail: true, rewrite: true}
	case a.base == b.base && precisionTypes[a.base]:
		pa, pb := precision(a), precision(b)
		if pb >= pa {
			return typeChange{widening: true}
		}
		return typeChange{lossy: true, rewrite: true}
	case strings.HasPrefix(a.base, "timestamp") && b.base == "date":
		return typeChange{lossy: true, rewrite: true}
	case strings.HasPrefix(a.base, "timestamp") && strings.HasPrefix(b.base, "timestamp"):
		// with <-> without time zone: values are reinterpreted in the
		// session time zone.
		return typeChange{rewrite: true}
	case a.base == "json" && b.base == "jsonb":
		return typeChange{lossy: true, rewrite: true} // key order, duplicate keys and whitespace go
	case a.base == "jsonb" && b.base == "json":
		return typeChange{rewrite: true}
	case a.base == "character" && b.base == "character":
		if length(b) >= length(a) {
			return typeChange{rewrite: true}
		}
		return typeChange{mayFail: true, rewrite: true}
	case a.base == "bit varying" && b.base == "bit varying":
		if length(b) == 0 || length(b) >= length(a) {
			return typeChange{widening: true}
		}
		return typeChange{mayFail: true, rewrite: true}
	case a.base == "cidr" && b.base == "inet":
		return typeChange{widening: true}
	}
	return unknown
}

// length returns the length modifier of a character or bit type, 0 when
// unlimited.
func length(t pgType) int {
	if len(t.mods) == 0 {
		return 0
	}
	return t.mods[0]
}

func scale(t pgType) int {
	if len(t.mods) < 2 {
		return 0
	}
	return t.mods[1]
}

// precision returns the fractional-seconds precision of a time type: 6
// (the maximum) when none is given.
func precision(t pgType) int {
	if len(t.mods) == 0 {
		return 6
	}
	return t.mods[0]
}

// volatileFunctions are the built-in volatile functions common in column
// defaults. A default that calls one of them (or any function outside
// pg_catalog, whose volatility lint cannot know) makes ADD COLUMN rewrite
// the table.
var volatileFunctions = map[string]bool{
	"nextval": true, "random": true, "gen_random_uuid": true, "uuid_generate_v1": true,
	"uuid_generate_v1mc": true, "uuid_generate_v4": true, "clock_timestamp": true,
	"timeofday": true, "random_normal": true, "txid_current": true, "uuidv4": true, "uuidv7": true,
	"pg_current_xact_id": true, "setval": true,
}

var (
	stringLiteral = regexp.MustCompile(`'(?:[^']|'')*'`)
	functionCall  = regexp.MustCompile(`((?:"[^"]+"|[A-Za-z_][A-Za-z0-9_$]*)(?:\.(?:"[^"]+"|[A-Za-z_][A-Za-z0-9_$]*))?)\s*\(`)
)

// volatile reports whether the canonical default expression expr calls a
// volatile function (see volatileFunctions).
func volatile(expr string) bool {
	expr = stringLiteral.ReplaceAllString(expr, "''")
	for _, m := range functionCall.FindAllStringSubmatch(expr, -1) {
		name := m[1]
		schemaName, fn, qualified := strings.Cut(name, ".")
		if !qualified {
			fn, schemaName = schemaName, ""
		}
		fn = strings.Trim(strings.ToLower(fn), `"`)
		if volatileFunctions[fn] {
			return true
		}
		if qualified && schemaName != "pg_catalog" {
			return true
		}
	}
	return false
}
