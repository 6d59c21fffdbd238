package inspect

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/schema"
)

// typeQueries is the number of catalog queries readUserTypes runs.
const typeQueries = 6

// readUserTypes reads the domains, composite types, range types,
// collations, casts and operators.
func readUserTypes(r *reader, cat *catalogRows) error {
	for _, read := range []func(*reader, *catalogRows) error{
		readDomains, readCompositeTypes, readRangeTypes, readCollations, readCasts, readOperators,
	} {
		if err := read(r, cat); err != nil {
			return err
		}
	}
	return nil
}

func readDomains(r *reader, cat *catalogRows) error {
	return r.each("domains", func(rows pgx.Rows) error {
		var d schema.Domain
		var base string
		var collation, def, comment *string
		var names, exprs, comments []string
		var notValid []bool
		if err := rows.Scan(&d.Schema, &d.Name, &d.Type, &base, &collation, &def, &d.NotNull,
			&names, &exprs, &notValid, &comments, &comment); err != nil {
			return err
		}
		d.Collation, d.Comment = str(collation), str(comment)
		var err error
		if def != nil {
			if d.Default, err = ddl.DomainDefaultFromDef(*def, base); err != nil {
				return fmt.Errorf("default of domain %s: %w", d.QName(), err)
			}
		}
		for i, name := range names {
			expr, err := ddl.DomainCheckFromDef(exprs[i], base)
			if err != nil {
				return fmt.Errorf("check %s of domain %s: %w", schema.QuoteIdent(name), d.QName(), err)
			}
			d.Checks = append(d.Checks, &schema.DomainCheck{Name: name, Expr: expr, NotValid: notValid[i], Comment: comments[i]})
		}
		cat.db.Domains = append(cat.db.Domains, &d)
		return nil
	})
}

func readCompositeTypes(r *reader, cat *catalogRows) error {
	return r.each("composite_types", func(rows pgx.Rows) error {
		var c schema.CompositeType
		var names, types, collations, comments []string
		var comment *string
		if err := rows.Scan(&c.Schema, &c.Name, &names, &types, &collations, &comments, &comment); err != nil {
			return err
		}
		c.Comment = str(comment)
		for i, name := range names {
			c.Attributes = append(c.Attributes, &schema.Attribute{Name: name, Type: types[i], Collation: collations[i], Comment: comments[i]})
		}
		cat.db.CompositeTypes = append(cat.db.CompositeTypes, &c)
		return nil
	})
}

// qualified spells the {schema, name} pair of a catalog query as the
// model does, "schema.name", or "" for a NULL pair.
func qualified(parts []string) string {
	if len(parts) < 2 {
		return ""
	}
	return schema.QName{Schema: parts[0], Name: parts[1]}.String()
}

// signature spells the {schema, name, argument types} triple of a catalog
// query as schema.Function.Signature does, or "" for a NULL triple.
func signature(parts []string) string {
	if len(parts) < 3 {
		return ""
	}
	return qualified(parts) + "(" + parts[2] + ")"
}

// operatorName spells the {schema, name} pair of an operator as the model
// does: "schema.op", the symbol unquoted.
func operatorName(parts []string) string {
	if len(parts) < 2 {
		return ""
	}
	return schema.QuoteIdent(parts[0]) + "." + parts[1]
}

func readRangeTypes(r *reader, cat *catalogRows) error {
	return r.each("range_types", func(rows pgx.Rows) error {
		var t schema.RangeType
		var collation, mSchema, mName, comment *string
		var opclass, canonical, diff []string
		if err := rows.Scan(&t.Schema, &t.Name, &t.Subtype, &opclass, &collation, &canonical, &diff, &mSchema, &mName, &comment); err != nil {
			return err
		}
		t.Collation, t.Canonical, t.SubtypeDiff, t.Comment = str(collation), qualified(canonical), qualified(diff), str(comment)
		if len(opclass) == 2 {
			t.SubtypeOpClass = schema.QuoteIdent(opclass[1])
			if opclass[0] != "pg_catalog" {
				t.SubtypeOpClass = qualified(opclass)
			}
		}
		if mSchema != nil && mName != nil {
			t.Multirange = &schema.QName{Schema: *mSchema, Name: *mName}
		}
		cat.db.RangeTypes = append(cat.db.RangeTypes, &t)
		return nil
	})
}

func readCollations(r *reader, cat *catalogRows) error {
	return r.each("collations", func(rows pgx.Rows) error {
		var c schema.Collation
		var locale, collate, ctype, rules, comment *string
		var deterministic bool
		if err := rows.Scan(&c.Schema, &c.Name, &c.Provider, &locale, &collate, &ctype, &rules, &deterministic, &comment); err != nil {
			return err
		}
		c.Locale, c.LcCollate, c.LcCtype, c.Rules, c.Comment = str(locale), str(collate), str(ctype), str(rules), str(comment)
		c.Nondeterministic = !deterministic
		cat.db.Collations = append(cat.db.Collations, &c)
		return nil
	})
}

func readCasts(r *reader, cat *catalogRows) error {
	return r.each("casts", func(rows pgx.Rows) error {
		var c schema.Cast
		var fn []string
		var context, comment *string
		if err := rows.Scan(&c.Source, &c.Target, &c.Method, &fn, &context, &comment); err != nil {
			return err
		}
		c.Function, c.Context, c.Comment = signature(fn), str(context), str(comment)
		cat.db.Casts = append(cat.db.Casts, &c)
		return nil
	})
}

func readOperators(r *reader, cat *catalogRows) error {
	return r.each("operators", func(rows pgx.Rows) error {
		var o schema.Operator
		var left, comment *string
		var fn, com, neg, rest, join []string
		if err := rows.Scan(&o.Schema, &o.Name, &left, &o.Right, &fn, &com, &neg, &rest, &join,
			&o.Hashes, &o.Merges, &comment); err != nil {
			return err
		}
		o.Left, o.Function, o.Comment = str(left), signature(fn), str(comment)
		o.Commutator, o.Negator = operatorName(com), operatorName(neg)
		o.Restrict, o.Join = qualified(rest), qualified(join)
		cat.db.Operators = append(cat.db.Operators, &o)
		return nil
	})
}
