package ddl

import (
	"errors"
	"fmt"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// createOperator applies CREATE OPERATOR name (FUNCTION = f, LEFTARG = t,
// RIGHTARG = t, COMMUTATOR = op, NEGATOR = op, RESTRICT = f, JOIN = f,
// HASHES, MERGES).
func (p *parser) createOperator(s *pg_query.DefineStmt) error {
	sch, name := splitName(s.Defnames)
	q, err := p.st.createName(sch, name)
	if err != nil {
		return err
	}
	o := &schema.Operator{Schema: q.Schema, Name: q.Name}
	var fn []*pg_query.Node
	var com, neg []*pg_query.Node
	for _, n := range s.Definition {
		d := n.GetDefElem()
		if d == nil {
			continue
		}
		names := d.Arg.GetTypeName().GetNames()
		if l := d.Arg.GetList(); l != nil {
			names = l.Items
		}
		switch strings.ToLower(d.Defname) {
		case "function", "procedure":
			fn = names
		case "leftarg":
			if o.Left, err = canonicalType(d.Arg.GetTypeName(), p.st); err != nil {
				return fmt.Errorf("operator %s: %w", q, err)
			}
		case "rightarg":
			if o.Right, err = canonicalType(d.Arg.GetTypeName(), p.st); err != nil {
				return fmt.Errorf("operator %s: %w", q, err)
			}
		case "commutator":
			com = names
		case "negator":
			neg = names
		case "restrict":
			o.Restrict = p.st.functionName(splitName(names))
		case "join":
			o.Join = p.st.functionName(splitName(names))
		case "hashes":
			o.Hashes = d.Arg == nil || boolWord(defWord(d.Arg))
		case "merges":
			o.Merges = d.Arg == nil || boolWord(defWord(d.Arg))
		default:
			return fmt.Errorf("operator attribute %q not recognized", d.Defname)
		}
	}
	if o.Right == "" {
		return fmt.Errorf("operator %s: operator right argument type must be specified", q)
	}
	if fn == nil {
		return fmt.Errorf("operator %s: operator function must be specified", q)
	}
	args := []string{o.Right}
	if o.Left != "" {
		args = []string{o.Left, o.Right}
	}
	fsch, fname := splitName(fn)
	o.Function = signature(p.st.functionQName(fsch, fname), args)
	if com != nil {
		o.Commutator = p.st.operatorRef(com)
	}
	if neg != nil {
		o.Negator = p.st.operatorRef(neg)
	}
	u := p.st.ut()
	if u.operators[o.Signature()] != nil {
		return fmt.Errorf("operator %s already exists", o.Signature())
	}
	u.operators[o.Signature()] = o
	return nil
}

// operatorRef spells the operator a COMMUTATOR or NEGATOR clause names:
// "schema.op", in the creation schema when unqualified (where PostgreSQL
// finds or creates it) unless search_path finds a modeled operator of that
// name first.
func (st *state) operatorRef(names []*pg_query.Node) string {
	sch, name := splitName(names)
	if sch == "" {
		for _, s := range st.path() {
			for _, o := range st.ut().operators {
				if o.Schema == s && o.Name == name {
					sch = s
					break
				}
			}
			if sch != "" {
				break
			}
		}
	}
	if sch == "" {
		sch = st.creationSchema()
	}
	return schema.QuoteIdent(sch) + "." + name
}

// lookupOperator finds the operator of COMMENT ON / DROP OPERATOR name
// (left, right).
func (p *parser) lookupOperator(o *pg_query.Node) (*schema.Operator, error) {
	owa := o.GetObjectWithArgs()
	if owa == nil || len(owa.Objargs) != 2 {
		return nil, errors.New("malformed operator name: give both operand types (NONE for a prefix operator)")
	}
	sch, name := splitName(owa.Objname)
	var types [2]string
	for i, a := range owa.Objargs {
		if tn := a.GetTypeName(); tn != nil {
			t, err := canonicalType(tn, p.st)
			if err != nil {
				return nil, err
			}
			types[i] = t
		}
	}
	for _, s := range p.st.searchSchemas(sch) {
		k := (&schema.Operator{Schema: s, Name: name, Left: types[0], Right: types[1]}).Signature()
		if op := p.st.ut().operators[k]; op != nil {
			return op, nil
		}
	}
	left := types[0]
	if left == "" {
		left = "NONE"
	}
	return nil, fmt.Errorf("operator does not exist: %s (%s, %s)", displayName(sch, name), left, types[1])
}

// searchSchemas returns sch alone when it is given, else the schemas of
// search_path in order.
func (st *state) searchSchemas(sch string) []string {
	if sch != "" {
		return []string{sch}
	}
	return st.path()
}

// commentOperator applies COMMENT ON OPERATOR.
func (p *parser) commentOperator(s *pg_query.CommentStmt) error {
	o, err := p.lookupOperator(s.Object)
	if err != nil {
		return err
	}
	o.Comment = s.Comment
	return nil
}

// dropOperator applies DROP OPERATOR [IF EXISTS].
func (p *parser) dropOperator(n *pg_query.Node, missingOK bool) error {
	o, err := p.lookupOperator(n)
	if err != nil {
		if missingOK {
			return nil
		}
		return err
	}
	delete(p.st.ut().operators, o.Signature())
	return nil
}
