package schema

import (
	"slices"
	"strings"
)

// Policy commands, as stored in Policy.Command.
const (
	PolicyAll    = "all"
	PolicySelect = "select"
	PolicyInsert = "insert"
	PolicyUpdate = "update"
	PolicyDelete = "delete"
)

// PublicRole is how Policy.Roles spells PUBLIC (every role).
const PublicRole = "public"

// Policy is a row-level security policy of a table (CREATE POLICY). Whether
// the table enforces its policies is Table.RowSecurity and
// Table.ForceRowSecurity.
//
// Policies are a database-level list, like triggers: a policy is created,
// dropped and re-created around the columns and functions its expressions
// use independently of its table.
type Policy struct {
	// Schema is the schema of the table.
	Schema string `json:"schema"`
	// Table is the name of the table the policy is on.
	Table string `json:"table"`
	// Name is the policy name, unique per table.
	Name string `json:"name"`
	// Restrictive is true for AS RESTRICTIVE, false for AS PERMISSIVE
	// (the default).
	Restrictive bool `json:"restrictive,omitempty"`
	// Command is PolicyAll, PolicySelect, PolicyInsert, PolicyUpdate or
	// PolicyDelete.
	Command string `json:"command"`
	// Roles are the roles the policy applies to, sorted; PublicRole
	// stands for PUBLIC. Roles are referenced, never created.
	Roles []string `json:"roles"`
	// Using is the canonical USING expression; empty when there is none.
	Using string `json:"using,omitempty"`
	// WithCheck is the canonical WITH CHECK expression; empty when there
	// is none.
	WithCheck string `json:"with_check,omitempty"`
	// Comment is the COMMENT ON POLICY text; empty when there is none.
	Comment string `json:"comment,omitempty"`
}

// TableName returns the qualified name of the policy's table.
func (p *Policy) TableName() QName { return QName{p.Schema, p.Table} }

// normalizePolicies sorts the policies by table and name, and their roles.
func normalizePolicies(db *Database) {
	slices.SortFunc(db.Policies, func(a, b *Policy) int {
		if c := compareQName(a.TableName(), b.TableName()); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	db.Policies = nilIfEmpty(db.Policies)
	for _, p := range db.Policies {
		slices.Sort(p.Roles)
		p.Roles = slices.Compact(p.Roles)
	}
}
