package ddl

import (
	"errors"
	"fmt"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// castKey resolves the source and target types of a cast.
func (p *parser) castTypes(src, dst *pg_query.TypeName) (string, string, error) {
	s, err := canonicalType(src, p.st)
	if err != nil {
		return "", "", fmt.Errorf("cast source type: %w", err)
	}
	t, err := canonicalType(dst, p.st)
	if err != nil {
		return "", "", fmt.Errorf("cast target type: %w", err)
	}
	return s, t, nil
}

// createCast applies CREATE CAST (source AS target) WITH FUNCTION f(args) |
// WITHOUT FUNCTION | WITH INOUT [AS ASSIGNMENT | AS IMPLICIT].
func (p *parser) createCast(s *pg_query.CreateCastStmt) error {
	src, dst, err := p.castTypes(s.Sourcetype, s.Targettype)
	if err != nil {
		return err
	}
	c := &schema.Cast{Source: src, Target: dst, Method: schema.CastBinary}
	switch {
	case s.Func != nil:
		c.Method = schema.CastFunction
		if c.Function, err = p.st.functionSignature(s.Func, []string{src}); err != nil {
			return fmt.Errorf("cast function: %w", err)
		}
	case s.Inout:
		c.Method = schema.CastInOut
	}
	switch s.Context {
	case pg_query.CoercionContext_COERCION_ASSIGNMENT:
		c.Context = schema.CastAssignment
	case pg_query.CoercionContext_COERCION_IMPLICIT:
		c.Context = schema.CastImplicit
	}
	u := p.st.ut()
	if u.casts[c.Key()] != nil {
		return fmt.Errorf("cast from type %s to type %s already exists", src, dst)
	}
	u.casts[c.Key()] = c
	return nil
}

// lookupCast finds the cast named by the (source, target) list of COMMENT
// ON CAST and DROP CAST.
func (p *parser) lookupCast(o *pg_query.Node) (*schema.Cast, string, error) {
	items := o.GetList().GetItems()
	if len(items) != 2 {
		return nil, "", errors.New("malformed cast name")
	}
	src, dst, err := p.castTypes(items[0].GetTypeName(), items[1].GetTypeName())
	if err != nil {
		return nil, "", err
	}
	key := (&schema.Cast{Source: src, Target: dst}).Key()
	c := p.st.ut().casts[key]
	if c == nil {
		return nil, key, fmt.Errorf("cast from type %s to type %s does not exist", src, dst)
	}
	return c, key, nil
}

// commentCast applies COMMENT ON CAST (source AS target).
func (p *parser) commentCast(s *pg_query.CommentStmt) error {
	c, _, err := p.lookupCast(s.Object)
	if err != nil {
		return err
	}
	c.Comment = s.Comment
	return nil
}

// dropCast applies DROP CAST [IF EXISTS] (source AS target).
func (p *parser) dropCast(o *pg_query.Node, missingOK bool) error {
	c, _, err := p.lookupCast(o)
	if err != nil {
		if missingOK && c == nil {
			return nil
		}
		return err
	}
	delete(p.st.ut().casts, c.Key())
	return nil
}
