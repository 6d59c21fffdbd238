package ddl

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/stratadb/strata/schema"
)

// renameSchemaKinds follows ALTER SCHEMA old RENAME TO name for the kinds
// renameSchema does not move itself: domains, composite and range types,
// collations, casts, operators, views and materialized views, rules,
// foreign tables and default privileges. Each moves with the schema, and
// every name of an object of the schema they hold (types, functions,
// operators, relations) follows, as PostgreSQL stores them by OID.
func (st *state) renameSchemaKinds(old, name string) error {
	move := func(q qname) qname {
		if q.Schema == old {
			q.Schema = name
		}
		return q
	}
	text := func(s *string) { *s = moveSchemaText(*s, old, name) }
	edit := renameSchemaRef(old, name)
	expr := func(s *string) error {
		if *s == "" || !strings.Contains(*s, old) {
			return nil
		}
		n, err := parseExprText(*s)
		if err != nil {
			return err
		}
		if !editTree(n, edit) {
			return nil
		}
		out, err := deparseExpr(n)
		if err != nil {
			return err
		}
		*s = out
		return nil
	}
	if u := st.udt; u != nil {
		u.domains = rekey(u.domains, move)
		for _, d := range u.domains {
			d.Schema = move(d.QName()).Schema
			text(&d.Type)
			text(&d.Collation)
			if err := expr(&d.Default); err != nil {
				return err
			}
			for _, c := range d.Checks {
				if err := expr(&c.Expr); err != nil {
					return err
				}
			}
		}
		u.composites = rekey(u.composites, move)
		for _, c := range u.composites {
			c.Schema = move(c.QName()).Schema
			for _, a := range c.Attributes {
				text(&a.Type)
				text(&a.Collation)
			}
		}
		u.ranges = rekey(u.ranges, move)
		for _, r := range u.ranges {
			r.Schema = move(r.QName()).Schema
			if r.Multirange != nil {
				m := move(*r.Multirange)
				r.Multirange = &m
			}
			for _, s := range []*string{&r.Subtype, &r.SubtypeOpClass, &r.Collation, &r.Canonical, &r.SubtypeDiff} {
				text(s)
			}
		}
		u.collations = rekey(u.collations, move)
		for _, c := range u.collations {
			c.Schema = move(c.QName()).Schema
		}
		casts := make(map[string]*schema.Cast, len(u.casts))
		for _, c := range u.casts {
			text(&c.Source)
			text(&c.Target)
			text(&c.Function)
			casts[c.Key()] = c
		}
		u.casts = casts
		ops := make(map[string]*schema.Operator, len(u.operators))
		for _, o := range u.operators {
			o.Schema = move(o.QName()).Schema
			for _, s := range []*string{&o.Left, &o.Right, &o.Function, &o.Commutator, &o.Negator, &o.Restrict, &o.Join} {
				text(s)
			}
			ops[o.Signature()] = o
		}
		u.operators = ops
	}
	views := make(map[qname]*viewInfo, len(st.views))
	var matviews []*table
	for q, vi := range st.views {
		vi.v.Schema = move(q).Schema
		if vi.tb != nil {
			vi.tb.t.Schema = vi.v.Schema
			matviews = append(matviews, vi.tb)
			for _, ix := range vi.tb.idx {
				if ix.idx != nil {
					for i := range ix.idx.Keys {
						text(&ix.idx.Keys[i].Collation)
						text(&ix.idx.Keys[i].OpClass)
					}
				}
			}
		}
		vi.v.Query = renameSchemaInQuery(vi.v.Query, old, name)
		for _, c := range vi.v.Columns {
			text(&c.Type)
			if err := expr(&c.Default); err != nil {
				return err
			}
		}
		for i := range vi.types {
			text(&vi.types[i])
		}
		views[move(q)] = vi
	}
	st.views = views
	// a materialized view's indexes: their expressions and predicates
	if err := st.rewriteExprs(matviews, old, edit); err != nil {
		return err
	}
	for _, r := range st.rules {
		r.Schema = move(r.TableName()).Schema
		r.Definition = renameSchemaInQuery(r.Definition, old, name)
	}
	if fs := st.fdw; fs != nil {
		fs.tables = rekey(fs.tables, move)
		for _, ft := range fs.tables {
			ft.Schema = move(ft.QName()).Schema
			for _, c := range ft.Columns {
				text(&c.Type)
				text(&c.Collation)
				if err := expr(&c.Default); err != nil {
					return err
				}
			}
		}
	}
	if d := st.dacl; d != nil {
		entries := make(map[schema.DefaultPrivilegeKey]*schema.DefaultPrivilege, len(d.entries))
		for k, e := range d.entries {
			if k.Schema == old {
				k.Schema, e.Schema = name, name
			}
			entries[k] = e
		}
		d.entries = entries
	}
	return nil
}

// moveSchemaText replaces every name qualified by schema old in s, a type
// name, function signature or other catalog spelling (not an expression:
// string constants are not told apart), by the same name in schema name.
func moveSchemaText(s, old, name string) string {
	prefix := schema.QuoteIdent(old) + "."
	if !strings.Contains(s, prefix) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], prefix) && (i == 0 || !identByte(s[i-1])) {
			b.WriteString(schema.QuoteIdent(name) + ".")
			i += len(prefix)
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// identByte reports whether c can be part of an identifier or of a
// qualified name's spelling just before a schema name.
func identByte(c byte) bool {
	return c == '_' || c == '"' || c == '.' || c == '$' || c >= '0' && c <= '9' ||
		c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// renameSchemaInQuery moves every name of schema old in a canonical
// statement (a view's query or a rule's definition) to schema name:
// relations, types, functions, operators and collations. The text is
// returned unchanged when it names nothing in schema old.
func renameSchemaInQuery(query, old, name string) string {
	if !strings.Contains(query, old) {
		return query
	}
	tree, err := pg_query.Parse(query)
	if err != nil || len(tree.Stmts) != 1 {
		return query
	}
	changed := editTree(tree.Stmts[0].Stmt, renameSchemaRef(old, name))
	// Relations are RangeVar messages, held directly (a rule's table, an
	// INSERT's target) as often as in a Node.
	var visit func(m protoreflect.Message)
	visit = func(m protoreflect.Message) {
		if rv, ok := m.Interface().(*pg_query.RangeVar); ok && rv.Schemaname == old {
			rv.Schemaname = name
			changed = true
		}
		m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
			if fd.Kind() != protoreflect.MessageKind || fd.IsMap() {
				return true
			}
			if fd.IsList() {
				for i, l := 0, v.List(); i < l.Len(); i++ {
					visit(l.Get(i).Message())
				}
			} else {
				visit(v.Message())
			}
			return true
		})
	}
	visit(tree.ProtoReflect())
	if !changed {
		return query
	}
	out, err := pg_query.Deparse(tree)
	if err != nil {
		return query
	}
	return out
}
