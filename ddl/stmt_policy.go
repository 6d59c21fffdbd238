package ddl

import (
	"errors"
	"fmt"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// policyCommands maps CREATE POLICY's FOR command to Policy.Command.
var policyCommands = map[string]string{
	"": schema.PolicyAll, "all": schema.PolicyAll, "select": schema.PolicySelect,
	"insert": schema.PolicyInsert, "update": schema.PolicyUpdate, "delete": schema.PolicyDelete,
}

// policyTable finds the table of a policy statement; policies exist on
// tables only.
func (p *parser) policyTable(rv *pg_query.RangeVar) (*table, error) {
	tb, err := p.st.lookupTable(rv.Schemaname, rv.Relname)
	if err != nil {
		return nil, err
	}
	return tb, nil
}

// createPolicy applies CREATE POLICY.
func (p *parser) createPolicy(s *pg_query.CreatePolicyStmt, start int) error {
	tb, err := p.policyTable(s.Table)
	if err != nil {
		return err
	}
	q := tb.t.QName()
	ts := p.st.tps()
	if ts.policies[objKey{q, s.PolicyName}] != nil {
		return fmt.Errorf("policy %s for table %s already exists", schema.QuoteIdent(s.PolicyName), q)
	}
	pol, err := policyFromStmt(s, tb.t, p.st, p.st.user)
	if err != nil {
		return &Error{Pos: p.pos(start), Msg: fmt.Sprintf("policy %s on %s: %v", schema.QuoteIdent(s.PolicyName), q, err)}
	}
	ts.policies[objKey{q, pol.Name}] = pol
	return nil
}

// policyFromStmt converts CREATE POLICY on table t; names resolves names
// in its expressions (nil for PostgreSQL's printout); user is the role
// that runs the statement (CURRENT_USER).
func policyFromStmt(s *pg_query.CreatePolicyStmt, t *schema.Table, names resolver, user string) (*schema.Policy, error) {
	pol := &schema.Policy{Schema: t.Schema, Table: t.Name, Name: s.PolicyName, Restrictive: !s.Permissive}
	cmd, ok := policyCommands[s.CmdName]
	if !ok {
		return nil, fmt.Errorf("unrecognized policy command %q", s.CmdName)
	}
	pol.Command = cmd
	roles, err := policyRoles(s.Roles, user)
	if err != nil {
		return nil, err
	}
	pol.Roles = roles
	if pol.Using, err = policyExpr(s.Qual, t, names); err != nil {
		return nil, fmt.Errorf("USING: %w", err)
	}
	if pol.WithCheck, err = policyExpr(s.WithCheck, t, names); err != nil {
		return nil, fmt.Errorf("WITH CHECK: %w", err)
	}
	switch {
	case cmd == schema.PolicySelect && pol.WithCheck != "", cmd == schema.PolicyDelete && pol.WithCheck != "":
		return nil, errors.New("WITH CHECK cannot be applied to SELECT or DELETE")
	case cmd == schema.PolicyInsert && pol.Using != "":
		return nil, errors.New("only WITH CHECK expression allowed for INSERT")
	}
	return pol, nil
}

// policyExpr canonicalizes a USING or WITH CHECK expression of table t;
// "" for none.
func policyExpr(n *pg_query.Node, t *schema.Table, names resolver) (string, error) {
	if n == nil {
		return "", nil
	}
	c := &conv{t: t}
	if names != nil {
		c.names = names
	}
	return c.expr(n, "boolean")
}

// policyRoles converts the TO list of a policy: role names, PUBLIC (also
// the default; with other roles, PUBLIC alone counts) and CURRENT_USER / SESSION_USER / CURRENT_ROLE, which are
// resolved to user, the role running the statements.
func policyRoles(nodes []*pg_query.Node, user string) ([]string, error) {
	if len(nodes) == 0 {
		return []string{schema.PublicRole}, nil
	}
	var out []string
	for _, n := range nodes {
		r := n.GetRoleSpec()
		if r == nil {
			return nil, errors.New("unexpected role in policy")
		}
		switch r.Roletype {
		case pg_query.RoleSpecType_ROLESPEC_PUBLIC:
			// PUBLIC wins: PostgreSQL ignores the other roles named
			return []string{schema.PublicRole}, nil
		case pg_query.RoleSpecType_ROLESPEC_CSTRING:
			out = append(out, r.Rolename)
		default:
			out = append(out, user)
		}
	}
	return out, nil
}

// PolicyExprFromDef converts pg_get_expr output of a policy's USING or
// WITH CHECK expression on table t into its canonical form.
func PolicyExprFromDef(def string, t *schema.Table) (string, error) {
	if def == "" {
		return "", nil
	}
	n, err := parseExprText(def)
	if err != nil {
		return "", err
	}
	return policyExpr(n, t, nil)
}

// alterPolicy applies ALTER POLICY name ON table [TO roles] [USING (...)]
// [WITH CHECK (...)].
func (p *parser) alterPolicy(s *pg_query.AlterPolicyStmt, start int) error {
	tb, err := p.policyTable(s.Table)
	if err != nil {
		return err
	}
	q := tb.t.QName()
	pol := p.st.tps().policies[objKey{q, s.PolicyName}]
	if pol == nil {
		return fmt.Errorf("policy %s for table %s does not exist", schema.QuoteIdent(s.PolicyName), q)
	}
	wrap := func(err error) error {
		return &Error{Pos: p.pos(start), Msg: fmt.Sprintf("policy %s on %s: %v", schema.QuoteIdent(s.PolicyName), q, err)}
	}
	if len(s.Roles) > 0 {
		roles, err := policyRoles(s.Roles, p.st.user)
		if err != nil {
			return wrap(err)
		}
		pol.Roles = roles
	}
	if s.Qual != nil {
		if pol.Command == schema.PolicyInsert {
			return wrap(errors.New("only WITH CHECK expression allowed for INSERT"))
		}
		if pol.Using, err = policyExpr(s.Qual, tb.t, p.st); err != nil {
			return wrap(err)
		}
	}
	if s.WithCheck != nil {
		if pol.Command == schema.PolicySelect || pol.Command == schema.PolicyDelete {
			return wrap(errors.New("WITH CHECK cannot be applied to SELECT or DELETE"))
		}
		if pol.WithCheck, err = policyExpr(s.WithCheck, tb.t, p.st); err != nil {
			return wrap(err)
		}
	}
	return nil
}

// dropPolicy applies DROP POLICY [IF EXISTS] name ON table.
func (p *parser) dropPolicy(o *pg_query.Node, missingOK bool) error {
	items := o.GetList().GetItems()
	if len(items) < 2 {
		return errors.New("DROP POLICY needs a policy name and a table")
	}
	sch, rel := splitName(items[:len(items)-1])
	name := strVal(items[len(items)-1])
	tb, err := p.st.lookupTable(sch, rel)
	if err != nil {
		if missingOK {
			return nil
		}
		return err
	}
	ts := p.st.tps()
	key := objKey{tb.t.QName(), name}
	if ts.policies[key] == nil {
		if missingOK {
			return nil
		}
		return fmt.Errorf("policy %s for table %s does not exist", schema.QuoteIdent(name), tb.t.QName())
	}
	delete(ts.policies, key)
	return nil
}

// commentOnPolicy applies COMMENT ON POLICY name ON table.
func (p *parser) commentOnPolicy(s *pg_query.CommentStmt) error {
	items := s.Object.GetList().GetItems()
	if len(items) < 2 {
		return errors.New("COMMENT ON POLICY needs a policy name and a table")
	}
	sch, rel := splitName(items[:len(items)-1])
	name := strVal(items[len(items)-1])
	tb, err := p.st.lookupTable(sch, rel)
	if err != nil {
		return err
	}
	pol := p.st.tps().policies[objKey{tb.t.QName(), name}]
	if pol == nil {
		return fmt.Errorf("policy %s for table %s does not exist", schema.QuoteIdent(name), tb.t.QName())
	}
	pol.Comment = s.Comment
	return nil
}

// renamePolicy applies ALTER POLICY name ON table RENAME TO new.
func (p *parser) renamePolicy(s *pg_query.RenameStmt) error {
	tb, err := p.policyTable(s.Relation)
	if err != nil {
		return err
	}
	q := tb.t.QName()
	ts := p.st.tps()
	pol := ts.policies[objKey{q, s.Subname}]
	if pol == nil {
		return fmt.Errorf("policy %s for table %s does not exist", schema.QuoteIdent(s.Subname), q)
	}
	if ts.policies[objKey{q, s.Newname}] != nil {
		return fmt.Errorf("policy %s for table %s already exists", schema.QuoteIdent(s.Newname), q)
	}
	delete(ts.policies, objKey{q, s.Subname})
	pol.Name = s.Newname
	ts.policies[objKey{q, s.Newname}] = pol
	return nil
}
