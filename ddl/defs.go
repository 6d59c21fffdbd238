package ddl

import (
	"errors"
	"fmt"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// The functions below convert the DDL text PostgreSQL prints for an object
// (with search_path = '', so names outside pg_catalog are qualified) into
// model objects, through the same conversion code the parser uses for
// user statements. Each costs one pg_query parse.

// IndexFromDef converts pg_get_indexdef output ("CREATE [UNIQUE] INDEX name
// ON [ONLY] schema.table USING method (...) ...") into an Index of table t,
// whose Columns must be filled.
func IndexFromDef(def string, t *schema.Table) (*schema.Index, error) {
	s, err := parseOne(def)
	if err != nil {
		return nil, err
	}
	is := s.GetIndexStmt()
	if is == nil {
		return nil, fmt.Errorf("index definition %q is not a CREATE INDEX statement", def)
	}
	idx, err := newConv(t, nil).indexFromStmt(is)
	if err != nil {
		return nil, fmt.Errorf("index definition %q: %w", def, err)
	}
	idx.Name = is.Idxname
	return idx, nil
}

// ConstraintFromDef converts pg_get_constraintdef output ("PRIMARY KEY
// (a)", "CHECK ((a > 0)) NOT VALID", "FOREIGN KEY (a) REFERENCES
// s.t(id) ...") of constraint name on table t into a Constraint.
func ConstraintFromDef(name, def string, t *schema.Table) (*schema.Constraint, error) {
	s, err := parseOne("ALTER TABLE x ADD CONSTRAINT " + schema.QuoteIdent(name) + " " + def)
	if err != nil {
		return nil, err
	}
	cmds := s.GetAlterTableStmt().GetCmds()
	if len(cmds) != 1 || cmds[0].GetAlterTableCmd().GetDef().GetConstraint() == nil {
		return nil, fmt.Errorf("constraint definition %q is not one constraint", def)
	}
	con, err := newConv(t, nil).constraint(cmds[0].GetAlterTableCmd().GetDef().GetConstraint(), true)
	if err != nil {
		return nil, fmt.Errorf("constraint %s definition %q: %w", name, def, err)
	}
	con.Name = name
	return con, nil
}

// PartitionKeyFromDef converts pg_get_partkeydef output ("RANGE (a)",
// "LIST (lower(b))", "HASH (a, b)") of table t into a PartitionKey.
func PartitionKeyFromDef(def string, t *schema.Table) (*schema.PartitionKey, error) {
	s, err := parseOne("CREATE TABLE x () PARTITION BY " + def)
	if err != nil {
		return nil, err
	}
	spec := s.GetCreateStmt().GetPartspec()
	if spec == nil {
		return nil, fmt.Errorf("partition key definition %q has no PARTITION BY", def)
	}
	pk, err := newConv(t, nil).partitionKey(spec)
	if err != nil {
		return nil, fmt.Errorf("partition key definition %q: %w", def, err)
	}
	return pk, nil
}

// PartitionBoundFromDef converts pg_get_expr(relpartbound) output ("FOR
// VALUES IN (1, 2)", "FOR VALUES FROM (MINVALUE) TO ('2024-01-01')", "FOR
// VALUES WITH (modulus 4, remainder 0)", "DEFAULT") into a PartitionBound.
func PartitionBoundFromDef(def string) (*schema.PartitionBound, error) {
	s, err := parseOne("CREATE TABLE x PARTITION OF y " + def)
	if err != nil {
		return nil, err
	}
	b := s.GetCreateStmt().GetPartbound()
	if b == nil {
		return nil, fmt.Errorf("partition bound %q has no FOR VALUES or DEFAULT", def)
	}
	pb, err := partitionBound(b, nil)
	if err != nil {
		return nil, fmt.Errorf("partition bound %q: %w", def, err)
	}
	return pb, nil
}

// ExprFromDef converts pg_get_expr output of an expression of table t (a
// column default or generated expression; then target is the column's
// type) into its canonical form.
func ExprFromDef(def string, t *schema.Table, target string) (string, error) {
	n, err := parseExprText(def)
	if err != nil {
		return "", err
	}
	if t == nil {
		t = &schema.Table{}
	}
	s, err := newConv(t, nil).expr(n, target)
	if err != nil {
		return "", fmt.Errorf("expression %q: %w", def, err)
	}
	return s, nil
}

// parseOne parses a single statement.
func parseOne(sql string) (*pg_query.Node, error) {
	tree, err := pg_query.Parse(sql)
	if err != nil {
		return nil, fmt.Errorf("parsing %q: %w", sql, err)
	}
	if len(tree.Stmts) != 1 {
		return nil, errors.New("parsing " + fmt.Sprintf("%q", sql) + ": not exactly one statement")
	}
	return tree.Stmts[0].Stmt, nil
}
