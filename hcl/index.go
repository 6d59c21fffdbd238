package hcl

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/stratadb/strata/schema"
)

// index knows every named object of the files before they are decoded,
// so that references can point forward and across files.
type index struct {
	schemas map[string]string // block label -> schema name
	objects map[string]map[schema.QName]*entry
	byName  map[string]map[string][]schema.QName
}

// entry is one indexed object: where it is declared and, for tables, its
// columns.
type entry struct {
	rng     hcl.Range
	columns map[string]bool
	// parents are the references of partition_of and inherits, whose
	// columns the table has too.
	parents []hcl.Expression
}

// kinds whose objects references may name, by block type ("view" and
// "materialized" are both reached as view.x / materialized.x).
var refKinds = []string{"table", "view", "materialized", "enum", "domain", "composite", "function", "procedure",
	"aggregate", "foreign_table"}

// buildIndex reads the labels and schema of every top-level block.
func (p *parser) buildIndex(bodies []*hclsyntax.Body) {
	p.idx = index{schemas: map[string]string{}, objects: map[string]map[schema.QName]*entry{},
		byName: map[string]map[string][]schema.QName{}}
	for _, k := range refKinds {
		p.idx.objects[k] = map[schema.QName]*entry{}
		p.idx.byName[k] = map[string][]schema.QName{}
	}
	for _, body := range bodies {
		for _, b := range body.Blocks {
			if b.Type != "schema" || len(b.Labels) != 1 {
				continue
			}
			name := b.Labels[0]
			if a := b.Body.Attributes["name"]; a != nil {
				r := p.reader(b.Body, fmt.Sprintf("schema %q", name))
				name = r.str(a)
			}
			if _, dup := p.idx.schemas[b.Labels[0]]; dup {
				p.errorf(b.DefRange(), "schema %q is declared twice", b.Labels[0])
			}
			p.idx.schemas[b.Labels[0]] = name
		}
	}
	for _, body := range bodies {
		for _, b := range body.Blocks {
			objs := p.idx.objects[b.Type]
			if objs == nil || len(b.Labels) < 1 || len(b.Labels) > 2 {
				continue // decoding the block reports a wrong label count
			}
			q, ok := p.qname(b, nil)
			if !ok {
				continue
			}
			if objs[q] != nil && b.Type != "function" && b.Type != "procedure" && b.Type != "aggregate" {
				first := objs[q].rng
				p.errorf(b.DefRange(), "%s %s is declared twice (first at %s:%d:%d)", b.Type, q, first.Filename,
					first.Start.Line, first.Start.Column)
				continue
			}
			if objs[q] == nil {
				e := &entry{rng: b.DefRange(), columns: map[string]bool{}}
				for _, c := range b.Body.Blocks {
					if c.Type == "column" && len(c.Labels) == 1 {
						e.columns[c.Labels[0]] = true
					}
				}
				if a := b.Body.Attributes["partition_of"]; a != nil {
					e.parents = append(e.parents, a.Expr)
				}
				if a := b.Body.Attributes["inherits"]; a != nil {
					exprs, _ := hcl.ExprList(a.Expr)
					e.parents = append(e.parents, exprs...)
				}
				objs[q] = e
				p.idx.byName[b.Type][q.Name] = append(p.idx.byName[b.Type][q.Name], q)
			}
		}
	}
}

// qname returns the qualified name of a schema-qualified block: its label
// and schema = schema.x (public when missing), or its two labels
// (schema, name). r, when set, records that schema was read.
func (p *parser) qname(b *hclsyntax.Block, r *reader) (schema.QName, bool) {
	var a *hclsyntax.Attribute
	if r != nil {
		a = r.attr("schema")
	} else {
		a = b.Body.Attributes["schema"]
	}
	for _, l := range b.Labels {
		if l == "" {
			p.errorf(b.LabelRanges[0], "a %s name must not be empty", b.Type)
			return schema.QName{}, false
		}
	}
	switch len(b.Labels) {
	case 1:
		if a == nil {
			return schema.QName{Schema: "public", Name: b.Labels[0]}, true
		}
		s, ok := p.schemaRef(a, fmt.Sprintf("%s %q", b.Type, b.Labels[0]))
		return schema.QName{Schema: s, Name: b.Labels[0]}, ok
	case 2:
		s := b.Labels[0]
		if n, ok := p.idx.schemas[s]; ok {
			s = n
		}
		return schema.QName{Schema: s, Name: b.Labels[1]}, true
	}
	p.errorf(b.DefRange(), "a %s block takes one label (its name) or two (schema and name)", b.Type)
	return schema.QName{}, false
}

// schemaRef resolves schema = schema.x to the schema's name.
func (p *parser) schemaRef(a *hclsyntax.Attribute, what string) (string, bool) {
	names, rng, ok := traversal(a.Expr)
	if !ok || len(names) != 2 || names[0] != "schema" {
		p.errorf(a.Expr.Range(), "%s: schema must be a reference such as schema.public", what)
		return "", false
	}
	name, ok := p.idx.schemas[names[1]]
	if !ok && names[1] == "public" {
		// Every database has the public schema: a file may use it without
		// declaring it.
		name, ok = "public", true
	}
	if !ok {
		p.errorf(rng, "%s: unknown schema %q (declare it with a schema %q {} block)", what, names[1], names[1])
		return "", false
	}
	return name, true
}

// lookup resolves a reference kind.name or kind.schema.name (and returns
// the qualified name); names may go on after it (…column.x). It reports
// unknown and ambiguous names.
func (idx *index) lookup(kind string, tr hcl.Traversal, what string, p *parser) (schema.QName, bool) {
	names, rng, ok := traversal(&hclsyntax.ScopeTraversalExpr{Traversal: tr, SrcRange: tr.SourceRange()})
	if !ok {
		p.errorf(tr.SourceRange(), "%s: invalid reference", what)
		return schema.QName{}, false
	}
	q, _, ok := idx.resolve(kind, names, rng, what, p)
	return q, ok
}

// resolve resolves names (kind, then name or schema and name, then
// anything) and returns the qualified name and the rest of the names.
func (idx *index) resolve(kind string, names []string, rng hcl.Range, what string, p *parser) (schema.QName, []string, bool) {
	objs := idx.objects[kind]
	if len(names) < 2 || objs == nil {
		p.errorf(rng, "%s: invalid reference %s", what, strings.Join(names, "."))
		return schema.QName{}, nil, false
	}
	if len(names) >= 3 {
		s := names[1]
		if n, ok := idx.schemas[s]; ok {
			s = n
		}
		q := schema.QName{Schema: s, Name: names[2]}
		if objs[q] != nil && (len(names) == 3 || names[3] == "column") {
			return q, names[3:], true
		}
	}
	cands := idx.byName[kind][names[1]]
	switch len(cands) {
	case 1:
		return cands[0], names[2:], true
	case 0:
		p.errorf(rng, "%s references unknown %s %q", what, kind, names[1])
	default:
		p.errorf(rng, "%s: %s %q exists in several schemas: write %s.SCHEMA.%s", what, kind, names[1], kind, names[1])
	}
	return schema.QName{}, nil, false
}

// hasColumn reports whether table q has column col, declared or inherited
// from its parents. A parent that cannot be resolved (a string naming a
// table the files do not declare) makes every column acceptable.
func (idx *index) hasColumn(q schema.QName, col string, seen map[schema.QName]bool) bool {
	e := idx.objects["table"][q]
	if e == nil || seen[q] {
		return e == nil
	}
	if e.columns[col] {
		return true
	}
	seen[q] = true
	for _, pe := range e.parents {
		names, _, ok := traversal(pe)
		if !ok || len(names) < 2 || names[0] != "table" {
			return true
		}
		var parent schema.QName
		found := false
		if len(names) >= 3 {
			s := names[1]
			if n, ok := idx.schemas[s]; ok {
				s = n
			}
			parent = schema.QName{Schema: s, Name: names[2]}
			found = idx.objects["table"][parent] != nil
		}
		if !found {
			if c := idx.byName["table"][names[1]]; len(c) == 1 {
				parent, found = c[0], true
			}
		}
		if !found || idx.hasColumn(parent, col, seen) {
			return true
		}
	}
	return false
}
