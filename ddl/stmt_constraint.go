package ddl

import (
	"errors"
	"fmt"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// fkActions maps pg_query's foreign-key action codes to the model's.
var fkActions = map[string]string{
	"a": "", "": "", "r": schema.Restrict, "c": schema.Cascade, "n": schema.SetNull, "d": schema.SetDefault,
}

// constraint converts a PRIMARY KEY, UNIQUE, CHECK, FOREIGN KEY or EXCLUDE
// constraint, without its name. alter is true for ALTER TABLE ... ADD
// CONSTRAINT, where NOT VALID is kept; CREATE TABLE validates every
// constraint on the empty table.
func (c *conv) constraint(n *pg_query.Constraint, alter bool) (*schema.Constraint, error) {
	con := &schema.Constraint{Deferrable: n.Deferrable, InitiallyDeferred: n.Initdeferred}
	switch n.Contype {
	case pg_query.ConstrType_CONSTR_PRIMARY, pg_query.ConstrType_CONSTR_UNIQUE:
		con.Kind = schema.Unique
		if n.Contype == pg_query.ConstrType_CONSTR_PRIMARY {
			con.Kind = schema.PrimaryKey
		}
		if n.Indexname != "" {
			return nil, errors.New("ADD CONSTRAINT ... USING INDEX is not supported yet; declare the constraint with its columns")
		}
		con.Columns = strList(n.Keys)
		con.Include = strList(n.Including)
		con.NullsNotDistinct = n.NullsNotDistinct
		con.IndexOptions = relOptions(n.Options)
		for _, col := range append(append([]string{}, con.Columns...), con.Include...) {
			if c.t.Column(col) == nil {
				return nil, fmt.Errorf("column %s named in key does not exist in %s", schema.QuoteIdent(col), c.t.QName())
			}
		}
	case pg_query.ConstrType_CONSTR_CHECK:
		con.Kind = schema.Check
		e, err := c.expr(n.RawExpr, "boolean")
		if err != nil {
			return nil, fmt.Errorf("check constraint: %w", err)
		}
		con.Expr = e
		con.NoInherit = n.IsNoInherit
		con.NotValid = alter && n.SkipValidation
	case pg_query.ConstrType_CONSTR_FOREIGN:
		con.Kind = schema.ForeignKey
		con.Columns = strList(n.FkAttrs)
		ref, pk, err := c.refTable(n.Pktable)
		if err != nil {
			return nil, err
		}
		con.RefTable = &ref
		con.RefColumns = strList(n.PkAttrs)
		if len(con.RefColumns) == 0 {
			if pk == nil {
				return nil, fmt.Errorf("there is no primary key for referenced table %s", ref)
			}
			con.RefColumns = pk
		}
		if len(con.RefColumns) != len(con.Columns) {
			return nil, errors.New("number of referencing and referenced columns for foreign key disagree")
		}
		var ok1, ok2 bool
		con.OnDelete, ok1 = fkActions[n.FkDelAction]
		con.OnUpdate, ok2 = fkActions[n.FkUpdAction]
		if !ok1 || !ok2 {
			return nil, errors.New("unknown foreign key action")
		}
		con.OnDeleteColumns = strList(n.FkDelSetCols)
		switch n.FkMatchtype {
		case "f":
			con.Match = schema.MatchFull
		case "p":
			return nil, errors.New("MATCH PARTIAL is not implemented by PostgreSQL")
		}
		con.NotValid = alter && n.SkipValidation
	case pg_query.ConstrType_CONSTR_EXCLUSION:
		con.Kind = schema.Exclude
		con.Method = n.AccessMethod
		if con.Method == "" {
			con.Method = "btree"
		}
		for _, x := range n.Exclusions {
			pair := x.GetList().GetItems()
			if len(pair) != 2 {
				return nil, errors.New("malformed exclusion element")
			}
			k, err := c.indexElem(pair[0].GetIndexElem(), con.Method)
			if err != nil {
				return nil, err
			}
			sch, op := splitName(pair[1].GetList().GetItems())
			if sch != "" && sch != "pg_catalog" {
				op = schema.QuoteIdent(sch) + "." + op
			}
			con.Elements = append(con.Elements, schema.ExcludeElement{Key: k, Operator: op})
		}
		con.Include = strList(n.Including)
		con.IndexOptions = relOptions(n.Options)
		if n.WhereClause != nil {
			w, err := c.expr(n.WhereClause, "boolean")
			if err != nil {
				return nil, fmt.Errorf("exclusion constraint predicate: %w", err)
			}
			con.Where = w
		}
	default:
		return nil, fmt.Errorf("unexpected constraint type %s", n.Contype)
	}
	return con, nil
}

// refTable resolves the table a foreign key references, with its primary
// key columns when the parser knows them.
func (c *conv) refTable(rv *pg_query.RangeVar) (qname, []string, error) {
	if rv == nil {
		return qname{}, nil, errors.New("foreign key without a referenced table")
	}
	if c.st == nil {
		sch := rv.Schemaname
		if sch == "" {
			sch = "pg_catalog"
		}
		return qname{Schema: sch, Name: rv.Relname}, nil, nil
	}
	t, err := c.st.lookupTable(rv.Schemaname, rv.Relname)
	if err != nil {
		return qname{}, nil, err
	}
	for _, ix := range t.idx {
		if ix.con != nil && ix.con.Kind == schema.PrimaryKey {
			return t.t.QName(), ix.con.Columns, nil
		}
	}
	return t.t.QName(), nil, nil
}
