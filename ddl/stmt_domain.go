package ddl

import (
	"errors"
	"fmt"
	"slices"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// createDomain applies CREATE DOMAIN name [AS] type [COLLATE c] [DEFAULT
// expr] [[CONSTRAINT name] NOT NULL | NULL | CHECK (expr)]...
func (p *parser) createDomain(s *pg_query.CreateDomainStmt) error {
	q, err := p.st.newTypeName(s.Domainname)
	if err != nil {
		return err
	}
	base, err := canonicalType(s.TypeName, p.st)
	if err != nil {
		return fmt.Errorf("domain %s: %w", q, err)
	}
	d := &schema.Domain{Schema: q.Schema, Name: q.Name, Type: base}
	if s.CollClause != nil {
		d.Collation = p.st.collationText(s.CollClause.Collname)
	}
	var checks []*pg_query.Constraint
	for _, n := range s.Constraints {
		c := n.GetConstraint()
		if c == nil {
			continue
		}
		switch c.Contype {
		case pg_query.ConstrType_CONSTR_NOTNULL:
			d.NotNull = true
		case pg_query.ConstrType_CONSTR_NULL:
			d.NotNull = false
		case pg_query.ConstrType_CONSTR_DEFAULT:
			if d.Default, err = p.domainDefault(c.RawExpr, base); err != nil {
				return fmt.Errorf("domain %s: %w", q, err)
			}
		case pg_query.ConstrType_CONSTR_CHECK:
			checks = append(checks, c)
		default:
			return fmt.Errorf("domain %s: constraints of type %s are not possible on domains", q, c.Contype)
		}
	}
	p.st.types[q] = true
	p.st.domains[q.String()] = p.st.exprTarget(base)
	p.st.ut().domains[q] = d
	for _, c := range checks {
		if err := p.addDomainCheck(d, c, false); err != nil {
			return err
		}
	}
	return nil
}

// domainDefault canonicalizes a domain's DEFAULT expression, coerced to
// the base type; a NULL default is no default.
func (p *parser) domainDefault(n *pg_query.Node, base string) (string, error) {
	return newConv(&schema.Table{}, p.st).columnDefault(n, base)
}

// domainCheckConv returns the converter of a check expression of a domain
// over base: VALUE is a column named "value" of the base type.
func domainCheckConv(base string, st *state) *conv {
	c := newConv(&schema.Table{}, st)
	c.cols = map[string]string{"value": base}
	return c
}

// addDomainCheck adds a CHECK constraint to d, named as PostgreSQL names it
// when the DDL gives no name. notValid keeps NOT VALID (ALTER DOMAIN only).
func (p *parser) addDomainCheck(d *schema.Domain, c *pg_query.Constraint, alter bool) error {
	q := d.QName()
	if c.Contype == pg_query.ConstrType_CONSTR_NOTNULL {
		d.NotNull = true
		return nil
	}
	if c.Contype != pg_query.ConstrType_CONSTR_CHECK {
		return fmt.Errorf("domain %s: constraints of type %s are not possible on domains", q, c.Contype)
	}
	base := p.st.exprTarget(d.Type)
	expr, err := domainCheckConv(base, p.st).expr(c.RawExpr, "boolean")
	if err != nil {
		return fmt.Errorf("domain %s: check constraint: %w", q, err)
	}
	name := c.Conname
	if name == "" {
		name = p.st.chooseConstraintName(d.Name, "", "check", d.Schema, nil)
	} else if d.Check(name) != nil {
		return fmt.Errorf("constraint %s for domain %s already exists", schema.QuoteIdent(name), q)
	}
	p.st.addCon(d.Schema, name)
	d.Checks = append(d.Checks, &schema.DomainCheck{Name: name, Expr: expr, NotValid: alter && c.SkipValidation})
	return nil
}

// lookupDomain finds the domain a statement names.
func (p *parser) lookupDomain(names []*pg_query.Node) (*schema.Domain, error) {
	sch, name := splitName(names)
	q, ok := p.st.lookupType(sch, name)
	d := p.st.ut().domains[q]
	if !ok || d == nil {
		return nil, fmt.Errorf("domain %s does not exist", displayName(sch, name))
	}
	return d, nil
}

// alterDomain applies ALTER DOMAIN: SET/DROP DEFAULT, SET/DROP NOT NULL,
// ADD/DROP/VALIDATE CONSTRAINT.
func (p *parser) alterDomain(s *pg_query.AlterDomainStmt, start int) error {
	d, err := p.lookupDomain(s.TypeName)
	if err != nil {
		return err
	}
	switch s.Subtype {
	case "T":
		d.Default = ""
		if s.Def != nil {
			if d.Default, err = p.domainDefault(s.Def, d.Type); err != nil {
				return fmt.Errorf("domain %s: %w", d.QName(), err)
			}
		}
	case "N":
		d.NotNull = false
	case "O":
		d.NotNull = true
	case "C":
		c := s.Def.GetConstraint()
		if c == nil {
			return errors.New("malformed ALTER DOMAIN ... ADD CONSTRAINT")
		}
		return p.addDomainCheck(d, c, true)
	case "X":
		if d.Check(s.Name) == nil {
			if s.MissingOk {
				return nil
			}
			return fmt.Errorf("constraint %s of domain %s does not exist", schema.QuoteIdent(s.Name), d.QName())
		}
		d.Checks = slices.DeleteFunc(d.Checks, func(c *schema.DomainCheck) bool { return c.Name == s.Name })
		p.st.dropCon(d.Schema, s.Name)
	case "V":
		c := d.Check(s.Name)
		if c == nil {
			return fmt.Errorf("constraint %s of domain %s does not exist", schema.QuoteIdent(s.Name), d.QName())
		}
		c.NotValid = false
	default:
		return p.unsupported(start, "ALTER DOMAIN", d.QName().String(), "")
	}
	return nil
}

// renameDomainConstraint applies ALTER DOMAIN name RENAME CONSTRAINT a TO b.
func (p *parser) renameDomainConstraint(s *pg_query.RenameStmt) error {
	d, err := p.lookupDomain(s.Object.GetList().GetItems())
	if err != nil {
		return err
	}
	c := d.Check(s.Subname)
	if c == nil {
		return fmt.Errorf("constraint %s of domain %s does not exist", schema.QuoteIdent(s.Subname), d.QName())
	}
	if d.Check(s.Newname) != nil {
		return fmt.Errorf("constraint %s for domain %s already exists", schema.QuoteIdent(s.Newname), d.QName())
	}
	p.st.dropCon(d.Schema, c.Name)
	p.st.addCon(d.Schema, s.Newname)
	c.Name = s.Newname
	return nil
}

// commentDomainConstraint applies COMMENT ON CONSTRAINT name ON DOMAIN d.
func (p *parser) commentDomainConstraint(s *pg_query.CommentStmt) error {
	items := s.Object.GetList().GetItems()
	if len(items) != 2 {
		return errors.New("malformed COMMENT ON CONSTRAINT ... ON DOMAIN")
	}
	d, err := p.lookupDomain(items[0].GetTypeName().GetNames())
	if err != nil {
		return err
	}
	name := strVal(items[1])
	c := d.Check(name)
	if c == nil {
		return fmt.Errorf("constraint %s for domain %s does not exist", schema.QuoteIdent(name), d.QName())
	}
	c.Comment = s.Comment
	return nil
}

// DomainDefaultFromDef converts pg_get_expr output of a domain's default
// into its canonical form; base is the domain's base type, nested domains
// resolved.
func DomainDefaultFromDef(def, base string) (string, error) {
	n, err := parseExprText(def)
	if err != nil {
		return "", err
	}
	s, err := newConv(&schema.Table{}, nil).expr(n, base)
	if err != nil {
		return "", fmt.Errorf("expression %q: %w", def, err)
	}
	return s, nil
}

// DomainCheckFromDef converts pg_get_expr output of a domain's check
// constraint (VALUE printed as such) into its canonical form; base is the
// type VALUE has: the domain's base type, nested domains resolved.
func DomainCheckFromDef(def, base string) (string, error) {
	n, err := parseExprText(def)
	if err != nil {
		return "", err
	}
	s, err := domainCheckConv(base, nil).expr(n, "boolean")
	if err != nil {
		return "", fmt.Errorf("expression %q: %w", def, err)
	}
	return s, nil
}

// domainResolver is implemented by resolvers that know the domains
// declared so far.
type domainResolver interface {
	// domainBase returns the base type of domain typ (nested domains
	// resolved), or "" when typ is not a domain.
	domainBase(typ string) string
}

// domainBase implements domainResolver.
func (st *state) domainBase(typ string) string { return st.domains[typ] }

// domainBase returns the type operator and function resolution sees for a
// value of type t: the base type without its modifier when t is a domain
// (PostgreSQL reduces a domain to its base type there, and prints the
// coercion: (c)::integer, (c)::numeric for a numeric(12,2) domain), t
// otherwise. Domain arrays are not reduced.
func (a *analyzer) domainBase(t string) string {
	if dr, ok := a.names().(domainResolver); ok && t != "" {
		if b := dr.domainBase(t); b != "" {
			return baseType(b)
		}
	}
	return t
}

// domainsReduced returns args with every domain type replaced by its base
// type, for choosing a function's overload; the arguments themselves are
// coerced afterwards, which casts them to the base type.
func (a *analyzer) domainsReduced(args []typed) []typed {
	out := args
	for i, v := range args {
		if b := a.domainBase(v.t); b != v.t {
			if &out[0] == &args[0] {
				out = append([]typed(nil), args...)
			}
			out[i].t = b
		}
	}
	return out
}
