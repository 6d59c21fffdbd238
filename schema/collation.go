package schema

import "slices"

// Collation is a collation created with CREATE COLLATION.
type Collation struct {
	// Schema is the schema the collation lives in.
	Schema string `json:"schema"`
	// Name is the collation name.
	Name string `json:"name"`
	// Provider is "libc", "icu" or "builtin".
	Provider string `json:"provider"`
	// Locale is the ICU (or builtin) locale; empty for libc collations.
	Locale string `json:"locale,omitempty"`
	// LcCollate is the LC_COLLATE of a libc collation; empty otherwise.
	LcCollate string `json:"lc_collate,omitempty"`
	// LcCtype is the LC_CTYPE of a libc collation; empty otherwise.
	LcCtype string `json:"lc_ctype,omitempty"`
	// Rules are the ICU tailoring rules (PostgreSQL 16 and later); empty
	// when there are none.
	Rules string `json:"rules,omitempty"`
	// Nondeterministic is true for DETERMINISTIC = false.
	Nondeterministic bool `json:"nondeterministic,omitempty"`
	// Comment is the COMMENT ON COLLATION text; empty when there is none.
	Comment string `json:"comment,omitempty"`
}

// QName returns the collation's qualified name.
func (c *Collation) QName() QName { return QName{c.Schema, c.Name} }

// normalizeCollations sorts the collations by qualified name.
func normalizeCollations(db *Database) {
	slices.SortFunc(db.Collations, func(a, b *Collation) int { return compareQName(a.QName(), b.QName()) })
	db.Collations = nilIfEmpty(db.Collations)
}
