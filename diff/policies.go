package diff

import (
	"slices"
	"strconv"
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddPolicy creates a row-level security policy.
type AddPolicy struct{ Policy *schema.Policy }

// DropPolicy drops a row-level security policy.
type DropPolicy struct{ Policy *schema.Policy }

// AlterPolicy changes a policy. ALTER POLICY can change its roles and set
// its USING and WITH CHECK expressions; any other change (see InPlace)
// needs the policy dropped and created again.
type AlterPolicy struct {
	From, To *schema.Policy
	Change   PolicyChange
}

// PolicyChange is the set of policy attributes that differ.
type PolicyChange uint32

// The attributes of a policy.
const (
	PolicyRestrictive PolicyChange = 1 << iota
	PolicyCommand
	PolicyRoles
	PolicyUsing
	PolicyWithCheck
	PolicyComment
)

func (c PolicyChange) String() string {
	return bitNames(uint32(c), []string{"restrictive", "command", "roles", "using", "with check", "comment"})
}

// InPlace reports whether ALTER POLICY (and COMMENT ON POLICY) can make
// the change: the command and the permissive/restrictive kind are fixed
// at creation, and an expression can be replaced but not removed.
func (c AlterPolicy) InPlace() bool {
	if c.Change&(PolicyRestrictive|PolicyCommand) != 0 {
		return false
	}
	if c.Change&PolicyUsing != 0 && c.To.Using == "" {
		return false
	}
	if c.Change&PolicyWithCheck != 0 && c.To.WithCheck == "" {
		return false
	}
	return true
}

// AlterRowSecurity turns row-level security of a table on or off, or
// forces it on the table owner (ENABLE / DISABLE / FORCE / NO FORCE ROW
// LEVEL SECURITY). From is nil for a table the changes create (or create
// again); then the flags start off.
type AlterRowSecurity struct {
	From, To *schema.Table
}

func (AddPolicy) isChange()        {}
func (DropPolicy) isChange()       {}
func (AlterPolicy) isChange()      {}
func (AlterRowSecurity) isChange() {}

func policyName(p *schema.Policy) string {
	return p.TableName().String() + "." + schema.QuoteIdent(p.Name)
}

func (c AddPolicy) String() string  { return "add policy " + policyName(c.Policy) }
func (c DropPolicy) String() string { return "drop policy " + policyName(c.Policy) }
func (c AlterPolicy) String() string {
	return "alter policy " + policyName(c.To) + ": " + c.Change.String()
}
func (c AlterRowSecurity) String() string {
	var fromOn, fromForce bool
	if c.From != nil {
		fromOn, fromForce = c.From.RowSecurity, c.From.ForceRowSecurity
	}
	var parts []string
	if fromOn != c.To.RowSecurity {
		parts = append(parts, "enabled "+strconv.FormatBool(fromOn)+" -> "+strconv.FormatBool(c.To.RowSecurity))
	}
	if fromForce != c.To.ForceRowSecurity {
		parts = append(parts, "forced "+strconv.FormatBool(fromForce)+" -> "+strconv.FormatBool(c.To.ForceRowSecurity))
	}
	return "alter row level security " + c.To.QName().String() + ": " + strings.Join(parts, "; ")
}

func comparePolicyKeys(a, b *schema.Policy) int {
	if c := compareQName(a.TableName(), b.TableName()); c != 0 {
		return c
	}
	return strings.Compare(a.Name, b.Name)
}

// comparePolicies compares the policies by table and name. The policies
// of a table that is dropped and created again (see recreatedTables) are
// not reported: the planner's cascade re-creates them with it.
func comparePolicies(list []Change, from, to *schema.Database) []Change {
	mergeSorted(from.Policies, to.Policies, comparePolicyKeys, func(a, b *schema.Policy, hasA, hasB bool) {
		switch {
		case !hasB:
			list = append(list, DropPolicy{a})
		case !hasA:
			list = append(list, AddPolicy{b})
		default:
			if ch := policyChange(a, b); ch != 0 {
				list = append(list, AlterPolicy{a, b, ch})
			}
		}
	})
	return list
}

func policyChange(a, b *schema.Policy) PolicyChange {
	var ch PolicyChange
	set := func(bit PolicyChange, differ bool) {
		if differ {
			ch |= bit
		}
	}
	set(PolicyRestrictive, a.Restrictive != b.Restrictive)
	set(PolicyCommand, a.Command != b.Command)
	set(PolicyRoles, !slices.Equal(a.Roles, b.Roles))
	set(PolicyUsing, a.Using != b.Using)
	set(PolicyWithCheck, a.WithCheck != b.WithCheck)
	set(PolicyComment, a.Comment != b.Comment)
	return ch
}

// compareRowSecurity reports the tables whose row-level security flags
// change, and the new (or re-created) tables that set them.
func compareRowSecurity(list []Change, from, to *schema.Database, recreated map[schema.QName]bool) []Change {
	old := tableMap(from)
	for _, t := range to.Tables {
		a := old[t.QName()]
		if a == nil || recreated[t.QName()] {
			if t.RowSecurity || t.ForceRowSecurity {
				list = append(list, AlterRowSecurity{nil, t})
			}
			continue
		}
		if a.RowSecurity != t.RowSecurity || a.ForceRowSecurity != t.ForceRowSecurity {
			list = append(list, AlterRowSecurity{a, t})
		}
	}
	return list
}
