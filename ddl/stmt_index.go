package ddl

import (
	"fmt"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// conv converts parse nodes of one table's objects into model objects. The
// parser and the *FromDef functions share it, so that a user's statement
// and PostgreSQL's own output of the same object give the same model.
type conv struct {
	t *schema.Table
	// names resolves unqualified names for user statements; nil for
	// PostgreSQL's output, where every name outside pg_catalog is
	// qualified.
	names resolver
	// st is the parser's state (nil for PostgreSQL's output): it finds the
	// primary key of a referenced table and the schema of extension
	// operator classes.
	st *state
	// cols caches the column types for exprContext.
	cols map[string]string
}

func newConv(t *schema.Table, st *state) *conv {
	c := &conv{t: t, st: st}
	if st != nil {
		c.names = st
	}
	return c
}

// expr canonicalizes an expression of the table coerced to target.
func (c *conv) expr(n *pg_query.Node, target string) (string, error) {
	return canonicalExpr(n, &exprContext{columns: c.columns(), target: target, names: c.names})
}

// columnDefault canonicalizes the DEFAULT expression n of a column of type
// typ, or returns "" when PostgreSQL would store no default at all (see
// defaultIsNull). A column whose type is a domain keeps even a NULL default,
// coerced to the domain's base type, as PostgreSQL does.
func (c *conv) columnDefault(n *pg_query.Node, typ string) (string, error) {
	target := typ
	if c.st != nil {
		target = c.st.exprTarget(typ)
	}
	if target == typ {
		isNull, err := defaultIsNull(n, &exprContext{columns: c.columns(), target: target, names: c.names})
		if err != nil {
			return "", err
		}
		if isNull {
			return "", nil
		}
	}
	return c.expr(n, target)
}

// columns maps the table's column names to their types.
func (c *conv) columns() map[string]string {
	if c.cols == nil {
		c.cols = make(map[string]string, len(c.t.Columns))
		for _, col := range c.t.Columns {
			c.cols[col.Name] = col.Type
		}
	}
	return c.cols
}

// indexFromStmt converts a CREATE INDEX statement (without its name).
func (c *conv) indexFromStmt(s *pg_query.IndexStmt) (*schema.Index, error) {
	idx := &schema.Index{Unique: s.Unique, NullsNotDistinct: s.NullsNotDistinct, Method: s.AccessMethod}
	if idx.Method == "" {
		idx.Method = "btree"
	}
	for _, n := range s.IndexParams {
		k, err := c.indexElem(n.GetIndexElem(), idx.Method)
		if err != nil {
			return nil, err
		}
		idx.Keys = append(idx.Keys, k)
	}
	for _, n := range s.IndexIncludingParams {
		idx.Include = append(idx.Include, n.GetIndexElem().GetName())
	}
	if s.WhereClause != nil {
		w, err := c.expr(s.WhereClause, "boolean")
		if err != nil {
			return nil, fmt.Errorf("index predicate: %w", err)
		}
		idx.Where = w
	}
	idx.Options = relOptions(s.Options)
	return idx, nil
}

// indexElem converts one index key.
func (c *conv) indexElem(e *pg_query.IndexElem, method string) (schema.IndexKey, error) {
	if e == nil {
		return schema.IndexKey{}, fmt.Errorf("malformed index element")
	}
	k, err := c.key(e.Name, e.Expr, e.Collation, e.Opclass, e.Opclassopts, method)
	if err != nil {
		return k, err
	}
	if method == "btree" {
		k.Desc = e.Ordering == pg_query.SortByDir_SORTBY_DESC
		switch e.NullsOrdering {
		case pg_query.SortByNulls_SORTBY_NULLS_FIRST:
			k.NullsFirst = true
		case pg_query.SortByNulls_SORTBY_NULLS_LAST:
			k.NullsFirst = false
		default:
			k.NullsFirst = k.Desc
		}
	}
	return k, nil
}

// key converts a column or expression key of an index, exclusion
// constraint or partition key. A parenthesized plain column, with or
// without COLLATE, is a column key, as PostgreSQL treats it.
func (c *conv) key(name string, expr *pg_query.Node, coll, opclass, opclassOpts []*pg_query.Node, method string) (schema.IndexKey, error) {
	var k schema.IndexKey
	for expr != nil {
		cc := expr.GetCollateClause()
		if cc == nil {
			break
		}
		if len(coll) == 0 {
			coll = cc.Collname
		}
		expr = cc.Arg
	}
	if expr != nil {
		if cr := expr.GetColumnRef(); cr != nil && len(cr.Fields) == 1 && cr.Fields[0].GetString_() != nil {
			name, expr = strVal(cr.Fields[0]), nil
		}
	}
	keyType, keyColl := "", ""
	if expr != nil {
		e, err := c.expr(expr, "")
		if err != nil {
			return k, fmt.Errorf("index expression: %w", err)
		}
		for _, col := range c.t.Columns {
			if e == schema.QuoteIdent(col.Name) {
				name, e = col.Name, ""
				break
			}
		}
		k.Expr = e
	}
	if name != "" {
		col := c.t.Column(name)
		if col == nil {
			return k, fmt.Errorf("column %s does not exist in %s", schema.QuoteIdent(name), c.t.QName())
		}
		k.Column, keyType, keyColl = name, col.Type, col.Collation
	}
	ct := collationText(coll)
	if c.st != nil {
		ct = c.st.collationText(coll)
	}
	if len(coll) > 0 && ct != keyColl {
		k.Collation = ct
		if ct == "" {
			k.Collation = `"default"`
		}
	}
	if len(opclass) > 0 {
		k.OpClass = c.opclass(opclass, opclassOpts, method, keyType)
	}
	return k, nil
}

// opclass spells an operator class as pg_get_indexdef does: nothing when
// it is the default for the key's type and method, unqualified for
// pg_catalog ones, schema-qualified otherwise, followed by its options.
func (c *conv) opclass(names, opts []*pg_query.Node, method, keyType string) string {
	sch, name := splitName(names)
	if c.st != nil {
		if cls, ok := c.st.userOpclass(sch, name, method, keyType); ok && len(opts) == 0 {
			return cls // a class of the files (stmt_opclass.go)
		}
	}
	if (sch == "" || sch == "pg_catalog") && len(opts) == 0 && isDefaultOpclass(method, name, keyType) {
		return ""
	}
	if sch == "" && c.st != nil {
		sch = c.st.extensionOpclassSchema(name)
	}
	out := schema.QuoteIdent(name)
	if sch != "" && sch != "pg_catalog" {
		out = schema.QName{Schema: sch, Name: name}.String()
	}
	if len(opts) > 0 {
		parts := make([]string, 0, len(opts))
		for _, o := range opts {
			d := o.GetDefElem()
			v := defString(d)
			if schema.QuoteIdent(v) != v {
				v = "'" + strings.ReplaceAll(v, "'", "''") + "'"
			}
			parts = append(parts, d.GetDefname()+"="+v)
		}
		out += " (" + strings.Join(parts, ", ") + ")"
	}
	return out
}

// defaultOpclasses maps an index method and a type (format_type spelling
// without type modifiers; "array" for arrays) to its default operator
// class in pg_catalog.
var defaultOpclasses = func() map[string]map[string]string {
	btree := map[string]string{
		"smallint": "int2_ops", "integer": "int4_ops", "bigint": "int8_ops", "real": "float4_ops",
		"double precision": "float8_ops", "numeric": "numeric_ops", "boolean": "bool_ops", "text": "text_ops",
		"character varying": "text_ops", "character": "bpchar_ops", "name": "name_ops", "bytea": "bytea_ops",
		"date": "date_ops", "timestamp without time zone": "timestamp_ops", "timestamp with time zone": "timestamptz_ops",
		"time without time zone": "time_ops", "time with time zone": "timetz_ops", "interval": "interval_ops",
		"uuid": "uuid_ops", "jsonb": "jsonb_ops", "inet": "inet_ops", "cidr": "inet_ops", "oid": "oid_ops",
		"money": "money_ops", "bit": "bit_ops", "bit varying": "varbit_ops", `"char"`: "char_ops",
		"macaddr": "macaddr_ops", "macaddr8": "macaddr8_ops", "tsvector": "tsvector_ops", "tsquery": "tsquery_ops",
		"pg_lsn": "pg_lsn_ops", "array": "array_ops", "xid8": "xid8_ops",
	}
	hash := map[string]string{}
	for k, v := range btree {
		hash[k] = v
	}
	brin := map[string]string{}
	for k, v := range btree {
		if k != "array" && k != "jsonb" && k != "tsvector" && k != "tsquery" && k != "boolean" {
			brin[k] = strings.TrimSuffix(v, "_ops") + "_minmax_ops"
		}
	}
	return map[string]map[string]string{
		"btree":  btree,
		"hash":   hash,
		"brin":   brin,
		"gin":    {"jsonb": "jsonb_ops", "array": "array_ops", "tsvector": "tsvector_ops"},
		"gist":   {"tsvector": "tsvector_ops", "tsquery": "tsquery_ops", "box": "box_ops", "point": "point_ops", "polygon": "poly_ops", "circle": "circle_ops"},
		"spgist": {"text": "text_ops", "point": "quad_point_ops", "box": "box_ops", "inet": "inet_ops", "polygon": "poly_ops"},
	}
}()

// isDefaultOpclass reports whether name is the default operator class of
// method for keyType. For an expression key (keyType "") it assumes the
// class is default when it is the default of some type for that method.
func isDefaultOpclass(method, name, keyType string) bool {
	defaults := defaultOpclasses[method]
	if name == "enum_ops" && (method == "btree" || method == "hash") && strings.Contains(keyType, ".") {
		return true // a user-defined type: the parser only sees enums
	}
	if keyType == "" {
		for _, v := range defaults {
			if v == name {
				return true
			}
		}
		return false
	}
	t := keyType
	if strings.HasSuffix(t, "[]") {
		t = "array"
	} else if i := strings.IndexByte(t, '('); i >= 0 {
		t = t[:i] + t[strings.IndexByte(t, ')')+1:]
	}
	if strings.HasSuffix(t, "range") && (method == "gist" || method == "spgist") {
		return name == "range_ops"
	}
	return defaults[t] == name
}
