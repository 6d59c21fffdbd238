package ddl

import (
	"github.com/stratadb/strata/schema"
)

// DefaultPrivilegesOn returns the object word of ALTER DEFAULT PRIVILEGES
// for kind k (TABLES, SEQUENCES, FUNCTIONS, TYPES, SCHEMAS), usable as the
// target of GrantStatement and RevokeStatement after
// DefaultPrivilegesPrefix.
func DefaultPrivilegesOn(k schema.ACLKind) GrantTarget {
	switch k {
	case schema.ACLSequence:
		return "SEQUENCES"
	case schema.ACLFunction:
		return "FUNCTIONS"
	case schema.ACLType:
		return "TYPES"
	case schema.ACLSchema:
		return "SCHEMAS"
	}
	return "TABLES"
}

// DefaultPrivilegesPrefix returns "ALTER DEFAULT PRIVILEGES [FOR ROLE r]
// [IN SCHEMA s] " for the entry k: the start of a statement whose rest is
// a GrantStatement or RevokeStatement on DefaultPrivilegesOn(k.Kind).
func DefaultPrivilegesPrefix(k schema.DefaultPrivilegeKey) string {
	s := "ALTER DEFAULT PRIVILEGES "
	if k.Role != "" {
		s += "FOR ROLE " + schema.QuoteIdent(k.Role) + " "
	}
	if k.Schema != "" {
		s += "IN SCHEMA " + schema.QuoteIdent(k.Schema) + " "
	}
	return s
}

// DefaultPrivilegeStatements returns the statements that create entry d
// on a database without it: the REVOKEs of its Revokes, then the GRANTs of
// its Grants.
func DefaultPrivilegeStatements(d *schema.DefaultPrivilege) []string {
	prefix := DefaultPrivilegesPrefix(d.Key())
	var out []string
	for _, stmt := range GrantStatements(DefaultPrivilegesOn(d.Kind), d.Grants, d.Revokes) {
		out = append(out, prefix+stmt)
	}
	return out
}

// renderDefaultPrivileges adds the entries of ALTER DEFAULT PRIVILEGES,
// last: every object rendered before has its own privileges spelt out, as
// the model holds them.
func renderDefaultPrivileges(s *script, db *schema.Database) {
	for _, d := range db.DefaultPrivileges {
		for _, stmt := range DefaultPrivilegeStatements(d) {
			s.add(stmt)
		}
	}
	s.section()
}
