package ddl

import (
	"errors"
	"fmt"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// pending collects the constraints of one CREATE TABLE (or ALTER TABLE)
// and the column expressions to canonicalize once every column is known.
type pending struct {
	checks []*pg_query.Constraint
	idx    []*pg_query.Constraint // PRIMARY KEY, UNIQUE, EXCLUDE
	fks    []*pg_query.Constraint
	exprs  []colExpr
	likes  []likeCopy
	added  []*schema.Column // columns ALTER TABLE ADD COLUMN added
}

// colExpr is a column's DEFAULT or GENERATED expression.
type colExpr struct {
	col       *schema.Column
	raw       *pg_query.Node
	generated bool
}

// serialTypes maps the serial pseudo-types to their integer types.
var serialTypes = map[string]string{
	"smallserial": "smallint", "serial2": "smallint",
	"serial": "integer", "serial4": "integer",
	"bigserial": "bigint", "serial8": "bigint",
}

// columnDef applies a column definition of CREATE TABLE or ALTER TABLE
// ADD COLUMN to tb. A column already there (inherited from a parent) is
// merged with the definition, as PostgreSQL's MergeAttributes does.
func (p *parser) columnDef(tb *table, cd *pg_query.ColumnDef, pend *pending) error {
	t := tb.t
	col := t.Column(cd.Colname)
	serial := ""
	if cd.TypeName == nil {
		if col == nil {
			return fmt.Errorf("column %s does not exist", schema.QuoteIdent(cd.Colname))
		}
	} else {
		tn := cd.TypeName
		if len(tn.Names) == 1 && !tn.PctType {
			serial = serialTypes[strVal(tn.Names[0])]
			if serial != "" && len(tn.ArrayBounds) > 0 {
				return errors.New("array of serial is not implemented")
			}
		}
		typ := serial
		if typ == "" {
			var err error
			if typ, err = canonicalType(tn, p.st); err != nil {
				return fmt.Errorf("column %s: %w", schema.QuoteIdent(cd.Colname), err)
			}
		}
		switch {
		case col == nil:
			col = &schema.Column{Name: cd.Colname, Type: typ}
			t.Columns = append(t.Columns, col)
		case tb.partOf != nil:
			return fmt.Errorf("column %s of a partition cannot have a type of its own", schema.QuoteIdent(cd.Colname))
		case col.Type != typ:
			return fmt.Errorf("column %s has a type conflict: %s versus %s", schema.QuoteIdent(cd.Colname), col.Type, typ)
		default:
			col.Inherited = false // declared locally as well
		}
	}
	if cd.CollClause != nil {
		col.Collation = p.st.collationText(cd.CollClause.Collname)
	}
	if cd.Compression != "" {
		col.Compression = compressionName(cd.Compression)
	}
	if cd.StorageName != "" {
		col.Storage = storageName(cd.StorageName, col.Type)
	}
	var last *pg_query.Constraint
	for _, n := range cd.Constraints {
		c := n.GetConstraint()
		if c == nil {
			continue
		}
		switch c.Contype {
		case pg_query.ConstrType_CONSTR_NULL:
			col.NotNull = false
		case pg_query.ConstrType_CONSTR_NOTNULL:
			col.NotNull = true
		case pg_query.ConstrType_CONSTR_DEFAULT:
			pend.exprs = append(pend.exprs, colExpr{col: col, raw: c.RawExpr})
		case pg_query.ConstrType_CONSTR_GENERATED:
			pend.exprs = append(pend.exprs, colExpr{col: col, raw: c.RawExpr, generated: true})
		case pg_query.ConstrType_CONSTR_IDENTITY:
			if err := p.addIdentity(tb, col, c); err != nil {
				return err
			}
		case pg_query.ConstrType_CONSTR_CHECK:
			pend.checks = append(pend.checks, c)
		case pg_query.ConstrType_CONSTR_PRIMARY, pg_query.ConstrType_CONSTR_UNIQUE:
			c.Keys = []*pg_query.Node{pg_query.MakeStrNode(cd.Colname)}
			pend.idx = append(pend.idx, c)
		case pg_query.ConstrType_CONSTR_FOREIGN:
			c.FkAttrs = []*pg_query.Node{pg_query.MakeStrNode(cd.Colname)}
			pend.fks = append(pend.fks, c)
		case pg_query.ConstrType_CONSTR_ATTR_DEFERRABLE, pg_query.ConstrType_CONSTR_ATTR_NOT_DEFERRABLE,
			pg_query.ConstrType_CONSTR_ATTR_DEFERRED, pg_query.ConstrType_CONSTR_ATTR_IMMEDIATE:
			if last == nil {
				return errors.New("misplaced DEFERRABLE or INITIALLY clause")
			}
			applyConstraintAttr(last, c.Contype)
			continue
		default:
			return fmt.Errorf("column %s: unsupported column constraint %s", schema.QuoteIdent(cd.Colname), c.Contype)
		}
		last = c
	}
	if serial != "" {
		return p.addSerial(tb, col, serial)
	}
	return nil
}

// applyConstraintAttr applies a DEFERRABLE / INITIALLY clause to the
// constraint it follows.
func applyConstraintAttr(c *pg_query.Constraint, attr pg_query.ConstrType) {
	switch attr {
	case pg_query.ConstrType_CONSTR_ATTR_DEFERRABLE:
		c.Deferrable = true
	case pg_query.ConstrType_CONSTR_ATTR_NOT_DEFERRABLE:
		c.Deferrable = false
	case pg_query.ConstrType_CONSTR_ATTR_DEFERRED:
		c.Initdeferred, c.Deferrable = true, true
	case pg_query.ConstrType_CONSTR_ATTR_IMMEDIATE:
		c.Initdeferred = false
	}
}

// columnExprs canonicalizes the pending DEFAULT and GENERATED expressions.
func (p *parser) columnExprs(tb *table, pend *pending) error {
	cv := newConv(tb.t, p.st)
	for _, e := range pend.exprs {
		var s string
		var err error
		if e.generated {
			s, err = cv.expr(e.raw, p.st.exprTarget(e.col.Type))
		} else {
			s, err = cv.columnDefault(e.raw, e.col.Type)
		}
		if err != nil {
			return fmt.Errorf("column %s: %w", schema.QuoteIdent(e.col.Name), err)
		}
		if e.generated {
			e.col.Generated, e.col.Default = s, ""
		} else {
			e.col.Default = s
		}
	}
	pend.exprs = nil
	return nil
}

// addSerial gives a serial column its sequence (owned by the column), its
// nextval default and NOT NULL.
func (p *parser) addSerial(tb *table, col *schema.Column, typ string) error {
	t := tb.t
	q := qname{Schema: t.Schema, Name: p.st.chooseRelationName(t.Name, col.Name, "seq", t.Schema, false)}
	var v seqValues
	if err := (seqOptions{typ: typ}).apply(&v, true); err != nil {
		return err
	}
	seq := seqFromValues(q, v)
	seq.OwnedBy = &schema.ColumnRef{Table: t.QName(), Column: col.Name}
	if err := p.st.addRel(q, relSequence); err != nil {
		return err
	}
	p.st.seqs[q] = seq
	def, err := nextvalDefault(q, col.Type)
	if err != nil {
		return err
	}
	col.Default, col.NotNull = def, true
	return nil
}

// nextvalDefault is the canonical nextval('seq'::regclass) default of a
// column of type typ.
func nextvalDefault(seq qname, typ string) (string, error) {
	lit := "'" + strings.ReplaceAll(seq.String(), "'", "''") + "'"
	n, err := parseExprText("nextval(" + lit + "::regclass)")
	if err != nil {
		return "", err
	}
	return canonicalExpr(n, &exprContext{target: typ})
}

// parseExprText parses one SQL expression.
func parseExprText(s string) (*pg_query.Node, error) {
	tree, err := pg_query.Parse("SELECT " + s)
	if err != nil {
		return nil, fmt.Errorf("parsing expression %q: %w", s, err)
	}
	if len(tree.Stmts) != 1 {
		return nil, fmt.Errorf("parsing expression %q: not one expression", s)
	}
	sel := tree.Stmts[0].Stmt.GetSelectStmt()
	if sel == nil || len(sel.TargetList) != 1 || len(sel.FromClause) != 0 {
		return nil, fmt.Errorf("parsing expression %q: not one expression", s)
	}
	return sel.TargetList[0].GetResTarget().GetVal(), nil
}

// addIdentity makes col an identity column with its implicit sequence.
func (p *parser) addIdentity(tb *table, col *schema.Column, c *pg_query.Constraint) error {
	if col.Type != "smallint" && col.Type != "integer" && col.Type != "bigint" {
		return fmt.Errorf("identity column type must be smallint, integer, or bigint, not %s", col.Type)
	}
	if col.Identity != nil {
		return fmt.Errorf("column %s of relation %s is already an identity column", schema.QuoteIdent(col.Name), tb.t.QName())
	}
	o, err := parseSeqOptions(c.Options, p.st)
	if err != nil {
		return err
	}
	t := tb.t
	var q qname
	if len(o.seqName) > 0 {
		sch := ""
		if len(o.seqName) > 1 {
			sch = o.seqName[len(o.seqName)-2]
		}
		if q, err = p.st.createName(sch, o.seqName[len(o.seqName)-1]); err != nil {
			return err
		}
		if q.Schema != t.Schema {
			return errors.New("identity sequence must be in same schema as its table")
		}
	} else {
		q = qname{Schema: t.Schema, Name: p.st.chooseRelationName(t.Name, col.Name, "seq", t.Schema, false)}
	}
	o.typ = col.Type
	var v seqValues
	if err := o.apply(&v, true); err != nil {
		return err
	}
	id := &schema.Identity{Always: c.GeneratedWhen == "a", Sequence: q.Name}
	setIdentityValues(id, v)
	if err := p.st.addRel(q, relSequence); err != nil {
		return err
	}
	p.st.identities[q] = &identity{id: id, typ: col.Type}
	col.Identity, col.NotNull, col.Default = id, true, ""
	return nil
}

// compressionName spells a column compression method ("" for default).
func compressionName(s string) string {
	s = strings.ToLower(s)
	if s == "default" {
		return ""
	}
	return s
}

// storageName spells a storage mode, "" when it is the type's default.
func storageName(s, typ string) string {
	s = strings.ToLower(s)
	if s == "default" || s == typeStorage(typ) {
		return ""
	}
	return s
}

// typeStorage returns the default storage mode (pg_type.typstorage) of a
// type, or "" when the parser does not know it.
func typeStorage(typ string) string {
	if strings.HasSuffix(typ, "[]") {
		return "extended"
	}
	if i := strings.IndexByte(typ, '('); i >= 0 {
		typ = typ[:i] + typ[strings.IndexByte(typ, ')')+1:]
	}
	switch typ {
	case "text", "character varying", "character", "bytea", "json", "jsonb", "xml", "tsvector", "tsquery",
		"bit varying", "bit", "path", "polygon", "int2vector", "oidvector", "jsonpath":
		return "extended"
	case "numeric", "inet", "cidr":
		return "main"
	case "smallint", "integer", "bigint", "real", "double precision", "boolean", "date", "uuid", "oid",
		"timestamp without time zone", "timestamp with time zone", "time without time zone",
		"time with time zone", "interval", "money", `"char"`, "name", "macaddr", "macaddr8", "point",
		"line", "lseg", "box", "circle", "pg_lsn":
		return "plain"
	}
	return ""
}
