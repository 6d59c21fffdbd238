package inspect

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/schema"
)

// policyCommands maps pg_policy.polcmd to Policy.Command.
var policyCommands = map[string]string{
	"*": schema.PolicyAll, "r": schema.PolicySelect, "a": schema.PolicyInsert,
	"w": schema.PolicyUpdate, "d": schema.PolicyDelete,
}

// readPolicies reads the row-level security flags of the tables and their
// policies. It runs after readColumns: policy expressions are converted
// with their table's columns.
func readPolicies(r *reader, cat *catalogRows) error {
	return r.each("policies", func(rows pgx.Rows) error {
		var oid uint32
		var rls, force bool
		var name, cmd, using, check, comment *string
		var permissive *bool
		var roles []string
		if err := rows.Scan(&oid, &rls, &force, &name, &cmd, &permissive, &roles, &using, &check, &comment); err != nil {
			return err
		}
		tr := cat.tableByOID[oid]
		if tr == nil {
			return fmt.Errorf("policies of a table the tables query did not return (oid %d)", oid)
		}
		t := tr.table
		t.RowSecurity, t.ForceRowSecurity = rls, force
		if name == nil {
			return nil
		}
		p := &schema.Policy{Schema: t.Schema, Table: t.Name, Name: *name, Roles: roles, Comment: str(comment)}
		p.Restrictive = permissive != nil && !*permissive
		c, ok := policyCommands[str(cmd)]
		if !ok {
			return fmt.Errorf("policy %s on %s: unknown command %q", *name, t.QName(), str(cmd))
		}
		p.Command = c
		var err error
		if p.Using, err = ddl.PolicyExprFromDef(str(using), t); err != nil {
			return fmt.Errorf("policy %s on %s: USING %q: %w", *name, t.QName(), str(using), err)
		}
		if p.WithCheck, err = ddl.PolicyExprFromDef(str(check), t); err != nil {
			return fmt.Errorf("policy %s on %s: WITH CHECK %q: %w", *name, t.QName(), str(check), err)
		}
		cat.db.Policies = append(cat.db.Policies, p)
		return nil
	})
}
