package ddl

import (
	"strings"

	"github.com/stratadb/strata/schema"
)

// CreatePolicy returns the CREATE POLICY statement for p, without its
// comment. TO PUBLIC, the default, is left out.
func CreatePolicy(p *schema.Policy) string {
	sql := "CREATE POLICY " + schema.QuoteIdent(p.Name) + " ON " + p.TableName().String()
	if p.Restrictive {
		sql += " AS RESTRICTIVE"
	}
	if p.Command != "" && p.Command != schema.PolicyAll {
		sql += " FOR " + strings.ToUpper(p.Command)
	}
	if len(p.Roles) > 0 && !(len(p.Roles) == 1 && p.Roles[0] == schema.PublicRole) {
		sql += " TO " + policyRoleList(p.Roles)
	}
	if p.Using != "" {
		sql += " USING (" + p.Using + ")"
	}
	if p.WithCheck != "" {
		sql += " WITH CHECK (" + p.WithCheck + ")"
	}
	return sql
}

// policyRoleList renders a policy's roles: PUBLIC or quoted role names.
func policyRoleList(roles []string) string {
	if len(roles) == 0 {
		return "PUBLIC"
	}
	out := make([]string, len(roles))
	for i, r := range roles {
		if r == schema.PublicRole {
			out[i] = "PUBLIC"
		} else {
			out[i] = schema.QuoteIdent(r)
		}
	}
	return strings.Join(out, ", ")
}

// AlterPolicy returns the ALTER POLICY statement that turns policy from
// into to, which may differ only in the clauses ALTER POLICY sets: roles,
// USING and WITH CHECK. An expression that is removed cannot be removed in
// place: the caller must drop and create the policy instead.
func AlterPolicy(from, to *schema.Policy) string {
	sql := "ALTER POLICY " + schema.QuoteIdent(to.Name) + " ON " + to.TableName().String()
	if !equalStrings(from.Roles, to.Roles) {
		sql += " TO " + policyRoleList(to.Roles)
	}
	if from.Using != to.Using {
		sql += " USING (" + to.Using + ")"
	}
	if from.WithCheck != to.WithCheck {
		sql += " WITH CHECK (" + to.WithCheck + ")"
	}
	return sql
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// DropPolicy returns the DROP POLICY statement for p.
func DropPolicy(p *schema.Policy) string {
	return "DROP POLICY " + schema.QuoteIdent(p.Name) + " ON " + p.TableName().String()
}

// CommentOnPolicy returns the statement that sets the comment of p; ""
// removes it.
func CommentOnPolicy(p *schema.Policy, text string) string {
	return commentOn("POLICY "+schema.QuoteIdent(p.Name)+" ON "+p.TableName().String(), text)
}

// RowSecurity returns the ALTER TABLE statements that turn the row-level
// security flags of t from (enabled, forced) into t's own: ENABLE /
// DISABLE ROW LEVEL SECURITY and FORCE / NO FORCE ROW LEVEL SECURITY.
func RowSecurity(t *schema.Table, enabled, forced bool) []string {
	var out []string
	q := t.QName().String()
	if t.RowSecurity != enabled {
		if t.RowSecurity {
			out = append(out, "ALTER TABLE "+q+" ENABLE ROW LEVEL SECURITY")
		} else {
			out = append(out, "ALTER TABLE "+q+" DISABLE ROW LEVEL SECURITY")
		}
	}
	if t.ForceRowSecurity != forced {
		if t.ForceRowSecurity {
			out = append(out, "ALTER TABLE "+q+" FORCE ROW LEVEL SECURITY")
		} else {
			out = append(out, "ALTER TABLE "+q+" NO FORCE ROW LEVEL SECURITY")
		}
	}
	return out
}
