package schema

import (
	"slices"
	"strings"
)

// ForeignDataWrapper is a foreign-data wrapper created with CREATE FOREIGN
// DATA WRAPPER. Wrappers an extension creates (file_fdw, postgres_fdw)
// belong to the extension and are not listed.
type ForeignDataWrapper struct {
	// Name is the wrapper's name (wrappers belong to no schema).
	Name string `json:"name"`
	// Handler is the qualified name of the HANDLER function, e.g.
	// "public.my_fdw_handler"; empty for NO HANDLER.
	Handler string `json:"handler,omitempty"`
	// Validator is the qualified name of the VALIDATOR function; empty for
	// NO VALIDATOR.
	Validator string `json:"validator,omitempty"`
	// Options are the wrapper's OPTIONS as "name=value" strings, the way
	// the catalog stores them, sorted by name.
	Options []string `json:"options,omitempty"`
	// Comment is the COMMENT ON FOREIGN DATA WRAPPER text; empty when there
	// is none.
	Comment string `json:"comment,omitempty"`
	// Grants are the privileges granted on the wrapper (see Grant).
	Grants []Grant `json:"grants,omitempty"`
}

// ForeignServer is a foreign server (CREATE SERVER).
type ForeignServer struct {
	// Name is the server's name (servers belong to no schema).
	Name string `json:"name"`
	// Wrapper is the name of its foreign-data wrapper.
	Wrapper string `json:"wrapper"`
	// Type is the TYPE 'text'; empty when not given.
	Type string `json:"type,omitempty"`
	// Version is the VERSION 'text'; empty when not given.
	Version string `json:"version,omitempty"`
	// Options are the server's OPTIONS as "name=value", sorted by name.
	Options []string `json:"options,omitempty"`
	// Comment is the COMMENT ON SERVER text; empty when there is none.
	Comment string `json:"comment,omitempty"`
	// Grants are the privileges granted on the server (see Grant).
	Grants []Grant `json:"grants,omitempty"`
}

// ForeignTable is a foreign table (CREATE FOREIGN TABLE). Foreign tables
// that are partitions or inheritance children, and their constraints, are
// not modeled.
type ForeignTable struct {
	// Schema is the schema the foreign table lives in.
	Schema string `json:"schema"`
	// Name is the foreign table's name.
	Name string `json:"name"`
	// Server is the name of its foreign server.
	Server string `json:"server"`
	// Columns are the columns in attribute order.
	Columns []*ForeignColumn `json:"columns,omitempty"`
	// Options are the table's OPTIONS as "name=value", sorted by name.
	Options []string `json:"options,omitempty"`
	// Comment is the COMMENT ON FOREIGN TABLE text; empty when there is
	// none.
	Comment string `json:"comment,omitempty"`
	// Grants are the privileges granted on the foreign table (see Grant);
	// column privileges are ForeignColumn.Grants.
	Grants []Grant `json:"grants,omitempty"`
}

// ForeignColumn is a column of a foreign table.
type ForeignColumn struct {
	// Name is the column name.
	Name string `json:"name"`
	// Type is the column type as format_type prints it (see Column.Type).
	Type string `json:"type"`
	// NotNull is true for NOT NULL.
	NotNull bool `json:"not_null,omitempty"`
	// Default is the canonical DEFAULT expression; empty when none.
	Default string `json:"default,omitempty"`
	// Collation is the column's collation when it is not the type's
	// default, as SQL text (see Column.Collation).
	Collation string `json:"collation,omitempty"`
	// Options are the column's OPTIONS as "name=value", sorted by name.
	Options []string `json:"options,omitempty"`
	// Comment is the COMMENT ON COLUMN text; empty when there is none.
	Comment string `json:"comment,omitempty"`
	// Grants are the column privileges (see Grant).
	Grants []Grant `json:"grants,omitempty"`
}

// UserMapping is a user mapping (CREATE USER MAPPING): the options, such
// as the remote user and password, that a role uses on a foreign server.
// Its options are kept as the catalog has them, passwords included: they
// are in the schema files already.
type UserMapping struct {
	// Server is the name of the foreign server.
	Server string `json:"server"`
	// User is the role's name, or "PUBLIC" for the mapping of every role
	// without one of its own.
	User string `json:"user"`
	// Options are the mapping's OPTIONS as "name=value", sorted by name.
	Options []string `json:"options,omitempty"`
}

// QName returns the foreign table's qualified name.
func (t *ForeignTable) QName() QName { return QName{t.Schema, t.Name} }

// Column returns the column called name, or nil.
func (t *ForeignTable) Column(name string) *ForeignColumn {
	for _, c := range t.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// SortOptions sorts "name=value" options by name, in place.
func SortOptions(opts []string) {
	slices.SortStableFunc(opts, func(a, b string) int {
		x, _, _ := strings.Cut(a, "=")
		y, _, _ := strings.Cut(b, "=")
		return strings.Compare(x, y)
	})
}

// normalizeForeign sorts wrappers and servers by name, foreign tables by
// qualified name, and every list of options by option name.
func normalizeForeign(db *Database) {
	slices.SortFunc(db.ForeignDataWrappers, func(a, b *ForeignDataWrapper) int { return strings.Compare(a.Name, b.Name) })
	slices.SortFunc(db.ForeignServers, func(a, b *ForeignServer) int { return strings.Compare(a.Name, b.Name) })
	slices.SortFunc(db.ForeignTables, func(a, b *ForeignTable) int { return compareQName(a.QName(), b.QName()) })
	for _, w := range db.ForeignDataWrappers {
		SortOptions(w.Options)
		w.Options = nilIfEmpty(w.Options)
	}
	for _, s := range db.ForeignServers {
		SortOptions(s.Options)
		s.Options = nilIfEmpty(s.Options)
	}
	for _, t := range db.ForeignTables {
		SortOptions(t.Options)
		t.Options = nilIfEmpty(t.Options)
		t.Columns = nilIfEmpty(t.Columns)
		for _, c := range t.Columns {
			SortOptions(c.Options)
			c.Options = nilIfEmpty(c.Options)
		}
	}
	slices.SortFunc(db.UserMappings, func(a, b *UserMapping) int {
		if c := strings.Compare(a.Server, b.Server); c != 0 {
			return c
		}
		return strings.Compare(a.User, b.User)
	})
	for _, m := range db.UserMappings {
		SortOptions(m.Options)
		m.Options = nilIfEmpty(m.Options)
	}
	db.UserMappings = nilIfEmpty(db.UserMappings)
	db.ForeignDataWrappers = nilIfEmpty(db.ForeignDataWrappers)
	db.ForeignServers = nilIfEmpty(db.ForeignServers)
	db.ForeignTables = nilIfEmpty(db.ForeignTables)
}
