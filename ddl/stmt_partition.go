package ddl

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// partitionKey converts a PARTITION BY clause.
func (c *conv) partitionKey(spec *pg_query.PartitionSpec) (*schema.PartitionKey, error) {
	pk := &schema.PartitionKey{}
	method := "btree"
	switch spec.Strategy {
	case pg_query.PartitionStrategy_PARTITION_STRATEGY_RANGE:
		pk.Strategy = "range"
	case pg_query.PartitionStrategy_PARTITION_STRATEGY_LIST:
		pk.Strategy = "list"
	case pg_query.PartitionStrategy_PARTITION_STRATEGY_HASH:
		pk.Strategy, method = "hash", "hash"
	default:
		return nil, fmt.Errorf("unknown partitioning strategy %s", spec.Strategy)
	}
	for _, n := range spec.PartParams {
		e := n.GetPartitionElem()
		if e == nil {
			return nil, errors.New("malformed partition key")
		}
		k, err := c.key(e.Name, e.Expr, e.Collation, e.Opclass, nil, method)
		if err != nil {
			return nil, fmt.Errorf("partition key: %w", err)
		}
		pk.Keys = append(pk.Keys, k)
	}
	return pk, nil
}

// partitionBound converts a FOR VALUES clause (or DEFAULT). keyTypes are
// the types of the parent's key columns, which literals are converted to;
// "" (for expression keys) or nil keyTypes (PostgreSQL's own output,
// canonical as printed) keep literals as written.
func partitionBound(b *pg_query.PartitionBoundSpec, keyTypes []string) (*schema.PartitionBound, error) {
	if b.IsDefault {
		return &schema.PartitionBound{Default: true}, nil
	}
	pb := &schema.PartitionBound{}
	var err error
	switch b.Strategy {
	case "l":
		if pb.In, err = boundValues(b.Listdatums, keyTypes, true); err != nil {
			return nil, err
		}
	case "r":
		if pb.From, err = boundValues(b.Lowerdatums, keyTypes, false); err != nil {
			return nil, err
		}
		if pb.To, err = boundValues(b.Upperdatums, keyTypes, false); err != nil {
			return nil, err
		}
	case "h":
		pb.Modulus, pb.Remainder = int(b.Modulus), int(b.Remainder)
	default:
		return nil, fmt.Errorf("unknown partition bound strategy %q", b.Strategy)
	}
	return pb, nil
}

// boundValues converts the values of a bound. A list bound has one key
// (every value has its type); a range bound has one value per key.
func boundValues(nodes []*pg_query.Node, keyTypes []string, list bool) ([]string, error) {
	out := make([]string, 0, len(nodes))
	for i, n := range nodes {
		if cr := n.GetColumnRef(); cr != nil && len(cr.Fields) == 1 {
			switch strVal(cr.Fields[0]) {
			case "minvalue":
				out = append(out, "MINVALUE")
				continue
			case "maxvalue":
				out = append(out, "MAXVALUE")
				continue
			}
		}
		typ := ""
		switch {
		case list && len(keyTypes) > 0:
			typ = keyTypes[0]
		case !list && i < len(keyTypes):
			typ = keyTypes[i]
		}
		convert := canonicalLiteral
		if typ == "" {
			// PostgreSQL's own output, or a key expression whose type the
			// parser does not know: literals as written
			convert = func(n *pg_query.Node, _ string) (string, error) { return printedLiteral(n) }
		}
		v, err := convert(n, typ)
		if err != nil {
			return nil, fmt.Errorf("partition bound: %w", err)
		}
		out = append(out, v)
	}
	return out, nil
}

// keyTypes returns the types of a partition key's columns ("" for
// expressions).
func keyTypes(t *schema.Table) []string {
	if t.PartitionKey == nil {
		return nil
	}
	out := make([]string, len(t.PartitionKey.Keys)) // never nil: see partitionBound
	for i, k := range t.PartitionKey.Keys {
		if c := t.Column(k.Column); k.Column != "" && c != nil {
			out[i] = c.Type
		}
	}
	return out
}

// printedLiteral returns a bound value as pg_get_expr printed it: numbers
// and booleans bare, NULL, anything else a quoted string.
func printedLiteral(n *pg_query.Node) (string, error) {
	c := n.GetAConst()
	if tc := n.GetTypeCast(); tc != nil {
		c = tc.Arg.GetAConst()
	}
	if c == nil {
		return "", fmt.Errorf("partition bound value is not a constant")
	}
	if c.Isnull {
		return "NULL", nil
	}
	switch v := c.Val.(type) {
	case *pg_query.A_Const_Ival:
		return strconv.Itoa(int(v.Ival.Ival)), nil
	case *pg_query.A_Const_Fval:
		return v.Fval.Fval, nil
	case *pg_query.A_Const_Boolval:
		return strconv.FormatBool(v.Boolval.Boolval), nil
	case *pg_query.A_Const_Sval:
		return "'" + strings.ReplaceAll(v.Sval.Sval, "'", "''") + "'", nil
	}
	return "", fmt.Errorf("partition bound value is not a constant")
}

// attachChecks fails as ALTER TABLE parent ATTACH PARTITION part does
// (MergeConstraintsIntoExisting) when part lacks a copy of one of
// parent's inheritable CHECK constraints (same name), or has one with
// another expression or NO INHERIT. A matching copy is merged with the
// parent's by inheritCheck: it then belongs to the parent only.
func attachChecks(parent, part *table) error {
	for _, ci := range sortedChecks(parent) {
		pc := ci.c
		if pc.Kind != schema.Check || pc.NoInherit {
			continue
		}
		own := part.checks[pc.Name]
		switch {
		case own == nil || own.c.Kind != schema.Check:
			return fmt.Errorf("child table is missing constraint %s: add it to %s (CHECK (%s)) before attaching it",
				schema.QuoteIdent(pc.Name), part.t.QName(), pc.Expr)
		case own.c.Expr != pc.Expr:
			return fmt.Errorf("child table %s has different definition for check constraint %s", part.t.QName(), schema.QuoteIdent(pc.Name))
		case own.c.NoInherit:
			return fmt.Errorf("constraint %s conflicts with non-inherited constraint on child table %s", schema.QuoteIdent(pc.Name), part.t.QName())
		}
	}
	return nil
}
