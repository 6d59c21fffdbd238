package schema

import (
	"slices"
	"strings"
)

// Domain is a domain (CREATE DOMAIN): a base type with an optional
// default, NOT NULL and check constraints. Columns of a domain type keep
// the domain's name as their Column.Type.
type Domain struct {
	// Schema is the schema the domain lives in.
	Schema string `json:"schema"`
	// Name is the domain name.
	Name string `json:"name"`
	// Type is the base type as format_type prints it, e.g. "integer",
	// "character varying(20)", "public.other_domain", "text[]".
	Type string `json:"type"`
	// Collation is the domain's collation when it differs from its base
	// type's default, as SQL text (see Column.Collation); empty otherwise.
	Collation string `json:"collation,omitempty"`
	// Default is the canonical DEFAULT expression (coerced to the base
	// type); empty when there is none.
	Default string `json:"default,omitempty"`
	// NotNull is true for a NOT NULL domain.
	NotNull bool `json:"not_null,omitempty"`
	// Checks are the CHECK constraints, sorted by name.
	Checks []*DomainCheck `json:"checks,omitempty"`
	// Comment is the COMMENT ON DOMAIN text; empty when there is none.
	Comment string `json:"comment,omitempty"`
	// Grants are the privileges granted on the domain (see Grant).
	Grants []Grant `json:"grants,omitempty"`
	// Revokes are the default privileges revoked (USAGE to PUBLIC).
	Revokes []Grant `json:"revokes,omitempty"`
}

// QName returns the domain's qualified name.
func (d *Domain) QName() QName { return QName{d.Schema, d.Name} }

// Check returns the check constraint called name, or nil.
func (d *Domain) Check(name string) *DomainCheck {
	for _, c := range d.Checks {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// DomainCheck is one CHECK constraint of a domain.
type DomainCheck struct {
	// Name is the constraint name (PostgreSQL's generated name,
	// "<domain>_check", when the DDL gave none).
	Name string `json:"name"`
	// Expr is the canonical check expression; the domain's value is the
	// column reference "value" (VALUE).
	Expr string `json:"expr"`
	// NotValid is true for a check added NOT VALID and not validated since.
	NotValid bool `json:"not_valid,omitempty"`
	// Comment is the COMMENT ON CONSTRAINT ... ON DOMAIN text; empty when
	// there is none.
	Comment string `json:"comment,omitempty"`
}

// CompositeType is a stand-alone composite type (CREATE TYPE ... AS (...)).
type CompositeType struct {
	// Schema is the schema the type lives in.
	Schema string `json:"schema"`
	// Name is the type name.
	Name string `json:"name"`
	// Attributes are the attributes in position order (dropped ones
	// excluded).
	Attributes []*Attribute `json:"attributes,omitempty"`
	// Comment is the COMMENT ON TYPE text; empty when there is none.
	Comment string `json:"comment,omitempty"`
	// Grants are the privileges granted on the type (see Grant).
	Grants []Grant `json:"grants,omitempty"`
	// Revokes are the default privileges revoked (USAGE to PUBLIC).
	Revokes []Grant `json:"revokes,omitempty"`
}

// QName returns the type's qualified name.
func (c *CompositeType) QName() QName { return QName{c.Schema, c.Name} }

// Attribute returns the attribute called name, or nil.
func (c *CompositeType) Attribute(name string) *Attribute {
	for _, a := range c.Attributes {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// Attribute is one attribute of a composite type.
type Attribute struct {
	// Name is the attribute name.
	Name string `json:"name"`
	// Type is the type as format_type prints it (see Column.Type).
	Type string `json:"type"`
	// Collation is the attribute's collation when it differs from its
	// type's default, as SQL text (see Column.Collation); empty otherwise.
	Collation string `json:"collation,omitempty"`
	// Comment is the COMMENT ON COLUMN type.attribute text; empty when
	// there is none.
	Comment string `json:"comment,omitempty"`
}

// RangeType is a range type (CREATE TYPE ... AS RANGE), with the multirange
// type PostgreSQL 14 and later create along with it.
type RangeType struct {
	// Schema is the schema the type lives in.
	Schema string `json:"schema"`
	// Name is the type name.
	Name string `json:"name"`
	// Subtype is the element type as format_type prints it.
	Subtype string `json:"subtype"`
	// SubtypeOpClass is the b-tree operator class of the subtype when it is
	// not the subtype's default, as SQL text ("text_pattern_ops",
	// "public.my_ops"); empty otherwise.
	SubtypeOpClass string `json:"subtype_opclass,omitempty"`
	// Collation is the collation of the subtype when it differs from the
	// subtype's default, as SQL text; empty otherwise.
	Collation string `json:"collation,omitempty"`
	// Canonical is the canonical function's name, always
	// schema-qualified ("public.f"); empty when there is none.
	Canonical string `json:"canonical,omitempty"`
	// SubtypeDiff is the subtype difference function's name, always
	// schema-qualified ("pg_catalog.float8mi"); empty when there is none.
	SubtypeDiff string `json:"subtype_diff,omitempty"`
	// Multirange is the multirange type's name when it is not the one
	// PostgreSQL derives from the range's name ("range" in the name
	// becomes "multirange", else "_multirange" is appended) in the range's
	// schema; nil otherwise, and always nil before PostgreSQL 14.
	Multirange *QName `json:"multirange,omitempty"`
	// Comment is the COMMENT ON TYPE text; empty when there is none.
	Comment string `json:"comment,omitempty"`
	// Grants are the privileges granted on the type (see Grant).
	Grants []Grant `json:"grants,omitempty"`
	// Revokes are the default privileges revoked (USAGE to PUBLIC).
	Revokes []Grant `json:"revokes,omitempty"`
}

// QName returns the type's qualified name.
func (r *RangeType) QName() QName { return QName{r.Schema, r.Name} }

// DefaultMultirangeName returns the name PostgreSQL gives the multirange
// type of range type name: the first "range" in it becomes "multirange",
// or, without one, "_multirange" is appended; the result is clipped to 63
// bytes at a character boundary.
func DefaultMultirangeName(name string) string {
	var s string
	if i := strings.Index(name, "range"); i >= 0 {
		s = name[:i] + "multi" + name[i:]
	} else {
		s = clipUTF8(name, 52) + "_multirange"
	}
	return clipUTF8(s, 63)
}

// clipUTF8 cuts s to at most n bytes without splitting a character.
func clipUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// MultirangeName returns the multirange type's qualified name.
func (r *RangeType) MultirangeName() QName {
	if r.Multirange != nil {
		return *r.Multirange
	}
	return QName{r.Schema, DefaultMultirangeName(r.Name)}
}

// normalizeTypes sorts the domains, composite types and range types and
// their inner lists.
func normalizeTypes(db *Database) {
	slices.SortFunc(db.Domains, func(a, b *Domain) int { return compareQName(a.QName(), b.QName()) })
	slices.SortFunc(db.CompositeTypes, func(a, b *CompositeType) int { return compareQName(a.QName(), b.QName()) })
	slices.SortFunc(db.RangeTypes, func(a, b *RangeType) int { return compareQName(a.QName(), b.QName()) })
	db.Domains = nilIfEmpty(db.Domains)
	db.CompositeTypes = nilIfEmpty(db.CompositeTypes)
	db.RangeTypes = nilIfEmpty(db.RangeTypes)
	for _, d := range db.Domains {
		slices.SortFunc(d.Checks, func(a, b *DomainCheck) int { return strings.Compare(a.Name, b.Name) })
		d.Checks = nilIfEmpty(d.Checks)
	}
	for _, c := range db.CompositeTypes {
		c.Attributes = nilIfEmpty(c.Attributes)
	}
	for _, r := range db.RangeTypes {
		if r.Multirange != nil && *r.Multirange == (QName{r.Schema, DefaultMultirangeName(r.Name)}) {
			r.Multirange = nil
		}
	}
}
