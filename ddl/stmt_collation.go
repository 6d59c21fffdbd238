package ddl

import (
	"fmt"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// createCollation applies CREATE COLLATION [IF NOT EXISTS] name (options)
// and CREATE COLLATION name FROM existing (a collation of the model, or
// pg_catalog's "C", "POSIX" and "ucs_basic").
func (p *parser) createCollation(s *pg_query.DefineStmt, start int) error {
	sch, name := splitName(s.Defnames)
	q, err := p.st.createName(sch, name)
	if err != nil {
		return err
	}
	u := p.st.ut()
	if u.collations[q] != nil {
		if s.IfNotExists {
			return nil
		}
		return fmt.Errorf("collation %s already exists", q)
	}
	c := &schema.Collation{Schema: q.Schema, Name: q.Name, Provider: "libc"}
	var locale, collate, ctype string
	deterministic := true
	for _, n := range s.Definition {
		d := n.GetDefElem()
		if d == nil {
			continue
		}
		switch strings.ToLower(d.Defname) {
		case "from":
			fsch, fname := splitName(d.Arg.GetList().GetItems())
			from, err := p.collationFrom(fsch, fname)
			if err != nil {
				return p.unsupported(start, "CREATE COLLATION", q.String(), err.Error())
			}
			*c = *from
			c.Schema, c.Name, c.Comment = q.Schema, q.Name, ""
			u.collations[q] = c
			return nil
		case "provider":
			c.Provider = strings.ToLower(defWord(d.Arg))
		case "locale":
			locale = defWord(d.Arg)
		case "lc_collate":
			collate = defWord(d.Arg)
		case "lc_ctype":
			ctype = defWord(d.Arg)
		case "deterministic":
			deterministic = boolWord(defWord(d.Arg))
		case "rules":
			c.Rules = defWord(d.Arg)
		case "version":
		default:
			return fmt.Errorf("collation attribute %q not recognized", d.Defname)
		}
	}
	switch c.Provider {
	case "libc":
		if collate == "" {
			collate = locale
		}
		if ctype == "" {
			ctype = locale
		}
		if collate == "" || ctype == "" {
			return fmt.Errorf("collation %s: parameter \"locale\" must be specified", q)
		}
		c.LcCollate, c.LcCtype = collate, ctype
		if !deterministic {
			return fmt.Errorf("collation %s: nondeterministic collations are not supported with this provider", q)
		}
	case "icu", "builtin":
		if locale == "" {
			return fmt.Errorf("collation %s: parameter \"locale\" must be specified", q)
		}
		c.Locale = locale
	default:
		return fmt.Errorf("collation %s: unrecognized collation provider %q", q, c.Provider)
	}
	c.Nondeterministic = !deterministic
	u.collations[q] = c
	return nil
}

// collationFrom returns the collation CREATE COLLATION ... FROM copies.
func (p *parser) collationFrom(sch, name string) (*schema.Collation, error) {
	if sch == "" {
		if c := p.st.collationText([]*pg_query.Node{pg_query.MakeStrNode(name)}); strings.Contains(c, ".") {
			sch = strings.SplitN(c, ".", 2)[0]
			sch = strings.Trim(sch, `"`)
		}
	}
	if sch != "" && sch != "pg_catalog" {
		if c := p.st.ut().collations[qname{Schema: sch, Name: name}]; c != nil {
			return c, nil
		}
		return nil, fmt.Errorf("collation %s does not exist", displayName(sch, name))
	}
	switch name {
	case "C", "POSIX":
		return &schema.Collation{Provider: "libc", LcCollate: name, LcCtype: name}, nil
	}
	return nil, fmt.Errorf("copying pg_catalog collation %s is not modeled: spell its provider and locale out", schema.QuoteIdent(name))
}

// defWord returns the text of a DefElem argument given as a word, a string
// or a one-word type name.
func defWord(n *pg_query.Node) string {
	switch x := n.GetNode().(type) {
	case *pg_query.Node_String_:
		return x.String_.Sval
	case *pg_query.Node_TypeName:
		_, name := splitName(x.TypeName.Names)
		return name
	case *pg_query.Node_Boolean:
		if x.Boolean.Boolval {
			return "true"
		}
		return "false"
	case *pg_query.Node_Integer:
		return fmt.Sprint(x.Integer.Ival)
	case *pg_query.Node_List:
		_, name := splitName(x.List.Items)
		return name
	}
	return ""
}

// boolWord reads a boolean option value the way PostgreSQL's defGetBoolean
// does.
func boolWord(s string) bool {
	switch strings.ToLower(s) {
	case "false", "off", "no", "0", "f", "n":
		return false
	}
	return true
}

// commentCollation applies COMMENT ON COLLATION.
func (p *parser) commentCollation(s *pg_query.CommentStmt) error {
	c, err := p.lookupCollation(s.Object.GetList().GetItems())
	if err != nil {
		return err
	}
	c.Comment = s.Comment
	return nil
}

func (p *parser) lookupCollation(names []*pg_query.Node) (*schema.Collation, error) {
	sch, name := splitName(names)
	text := p.st.collationText(names)
	if sch == "" && strings.Contains(text, ".") {
		for q, c := range p.st.ut().collations {
			if q.String() == text {
				return c, nil
			}
		}
	}
	if c := p.st.ut().collations[qname{Schema: sch, Name: name}]; c != nil {
		return c, nil
	}
	return nil, fmt.Errorf("collation %s does not exist", displayName(sch, name))
}

// dropCollation applies DROP COLLATION [IF EXISTS].
func (p *parser) dropCollation(o *pg_query.Node, missingOK bool) error {
	c, err := p.lookupCollation(o.GetList().GetItems())
	if err != nil {
		if missingOK {
			return nil
		}
		return err
	}
	delete(p.st.ut().collations, c.QName())
	return nil
}

// collationResolver is implemented by resolvers that know the collations
// created with CREATE COLLATION.
type collationResolver interface {
	// collationSchema returns the schema of the collation called name
	// that search_path finds first, or "" (a pg_catalog collation, or
	// unknown).
	collationSchema(name string) string
}

// collationSchema implements collationResolver.
func (st *state) collationSchema(name string) string {
	if st.udt == nil {
		return ""
	}
	for _, s := range st.path() {
		if st.udt.collations[qname{Schema: s, Name: name}] != nil {
			return s
		}
	}
	return ""
}

// collationName qualifies an unqualified collation name of an expression
// (x COLLATE name) the way search_path found it, as PostgreSQL prints it.
func (a *analyzer) collationName(names []*pg_query.Node) []*pg_query.Node {
	if len(names) != 1 {
		return names
	}
	if cr, ok := a.names().(collationResolver); ok {
		if s := cr.collationSchema(strVal(names[0])); s != "" {
			return []*pg_query.Node{pg_query.MakeStrNode(s), names[0]}
		}
	}
	return names
}
