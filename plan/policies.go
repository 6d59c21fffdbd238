package plan

import (
	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// policyRequires returns what policy p uses: its table and what its USING
// and WITH CHECK expressions name (columns and their types, functions,
// types, relations of subqueries).
func (b *builder) policyRequires(p *schema.Policy) []string {
	q := p.TableName()
	rs := []string{rTable(q)}
	for _, e := range []string{p.Using, p.WithCheck} {
		if e != "" {
			rs = append(rs, b.refResources(ddl.ExprReferences(e), &q)...)
		}
	}
	return rs
}

func policyObject(p *schema.Policy) string {
	return p.TableName().String() + "." + schema.QuoteIdent(p.Name)
}

func (b *builder) addPolicy(c diff.Change, p *schema.Policy) {
	q := p.TableName()
	b.add(&node{sql: ddl.CreatePolicy(p), object: policyObject(p), kind: "create policy", phase: phaseAfter, change: c,
		requires: b.policyRequires(p), provides: []string{rPolicy(q, p.Name)}})
	if p.Comment != "" {
		b.comment(c, policyObject(p), "policy", ddl.CommentOnPolicy(p, p.Comment), rPolicy(q, p.Name))
	}
}

// dropPolicy drops p, also when its table is dropped too, so that what
// its expressions use is released before it is dropped.
func (b *builder) dropPolicy(c diff.Change, p *schema.Policy) {
	b.add(&node{sql: ddl.DropPolicy(p), object: policyObject(p), kind: "drop policy", phase: phaseDropForeignKey, change: c,
		removes: []string{rPolicy(p.TableName(), p.Name)}, releases: b.policyRequires(p)})
}

func (b *builder) alterPolicy(c diff.AlterPolicy) {
	if !c.InPlace() {
		b.dropPolicy(c, c.From)
		b.addPolicy(c, c.To)
		return
	}
	p := c.To
	q := p.TableName()
	if c.Change&(diff.PolicyRoles|diff.PolicyUsing|diff.PolicyWithCheck) != 0 {
		b.add(&node{sql: ddl.AlterPolicy(c.From, p), object: policyObject(p), kind: "alter policy", phase: phaseAfter, change: c,
			requires: append(b.policyRequires(p), rPolicy(q, p.Name)), releases: b.policyRequires(c.From)})
	}
	if c.Change&diff.PolicyComment != 0 {
		b.comment(c, policyObject(p), "policy", ddl.CommentOnPolicy(p, p.Comment), rPolicy(q, p.Name))
	}
}

func (b *builder) alterRowSecurity(c diff.AlterRowSecurity) {
	var on, force bool
	if c.From != nil {
		on, force = c.From.RowSecurity, c.From.ForceRowSecurity
	}
	q := c.To.QName()
	for _, sql := range ddl.RowSecurity(c.To, on, force) {
		b.add(&node{sql: sql, object: q.String(), kind: "alter row level security", phase: phaseAfter, change: c,
			requires: []string{rTable(q)}})
	}
}

// dependentsPolicies lists the policies of db for the cascade: a policy is
// dropped and created again around a change of what its expressions use
// (the type of a column, a function dropped and created again) and
// around its table's re-creation.
func dependentsPolicies(b *builder, db *schema.Database) []dependent {
	out := make([]dependent, 0, len(db.Policies))
	for _, p := range db.Policies {
		id := rPolicy(p.TableName(), p.Name)
		out = append(out, dependent{id: id, provides: []string{id}, requires: b.policyRequires(p),
			drop: diff.DropPolicy{Policy: p}, add: diff.AddPolicy{Policy: p}})
	}
	return out
}

// altersPolicy returns the dependent id of the policy c alters.
func altersPolicy(c diff.Change) (string, bool) {
	if c, ok := c.(diff.AlterPolicy); ok {
		return rPolicy(c.To.TableName(), c.To.Name), true
	}
	return "", false
}
