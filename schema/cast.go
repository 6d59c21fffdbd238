package schema

import (
	"slices"
	"strings"
)

// Cast methods, as stored in Cast.Method.
const (
	CastFunction = "function" // WITH FUNCTION
	CastBinary   = "binary"   // WITHOUT FUNCTION
	CastInOut    = "inout"    // WITH INOUT
)

// Cast contexts, as stored in Cast.Context. The zero value "" means the
// cast is explicit only.
const (
	CastAssignment = "assignment" // AS ASSIGNMENT
	CastImplicit   = "implicit"   // AS IMPLICIT
)

// Cast is a user-defined cast (CREATE CAST). Casts belong to no schema:
// they are identified by their source and target types.
type Cast struct {
	// Source is the source type as format_type prints it.
	Source string `json:"source"`
	// Target is the target type as format_type prints it.
	Target string `json:"target"`
	// Method is CastFunction, CastBinary or CastInOut.
	Method string `json:"method"`
	// Function is the signature of the cast function of CastFunction, as
	// Function.Signature prints it: "public.f(integer)", always
	// schema-qualified ("pg_catalog.text(integer)").
	Function string `json:"function,omitempty"`
	// Context is "" (explicit only), CastAssignment or CastImplicit.
	Context string `json:"context,omitempty"`
	// Comment is the COMMENT ON CAST text; empty when there is none.
	Comment string `json:"comment,omitempty"`
}

// Key returns the cast's identity, "(source AS target)".
func (c *Cast) Key() string { return "(" + c.Source + " AS " + c.Target + ")" }

// normalizeCasts sorts the casts by source, then target type.
func normalizeCasts(db *Database) {
	slices.SortFunc(db.Casts, func(a, b *Cast) int {
		if c := strings.Compare(a.Source, b.Source); c != 0 {
			return c
		}
		return strings.Compare(a.Target, b.Target)
	})
	db.Casts = nilIfEmpty(db.Casts)
}

// typeSchema returns the raw schema name of a type as format_type prints
// it ("public.mood[]" gives "public", "\"My S\".t" gives "My S"), or "" for
// a type printed unqualified (pg_catalog).
func typeSchema(typ string) string {
	if strings.HasPrefix(typ, `"`) {
		var b strings.Builder
		for i := 1; i < len(typ); i++ {
			if typ[i] == '"' {
				if i+1 < len(typ) && typ[i+1] == '"' {
					b.WriteByte('"')
					i++
					continue
				}
				if i+1 < len(typ) && typ[i+1] == '.' {
					return b.String()
				}
				return ""
			}
			b.WriteByte(typ[i])
		}
		return ""
	}
	i := strings.IndexAny(typ, ".(\" ")
	if i < 0 || typ[i] != '.' {
		return ""
	}
	return typ[:i]
}
