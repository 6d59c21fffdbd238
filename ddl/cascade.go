package ddl

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// This file simulates what PostgreSQL's dependency machinery (pg_depend)
// does to the other objects when one is dropped. An object that belongs
// to the dropped one (a table's own indexes, constraints, defaults,
// triggers, policies and rules, a column's indexes and constraints) goes
// with it; that is the job of the code that drops the object. An object
// that merely uses it (a view over a table, a default that calls a
// function, a trigger's UPDATE OF column, a column of a dropped type)
// stops the drop unless it says CASCADE, and with CASCADE goes too, and
// what uses that in turn. Uses are read from the references of the
// objects' canonical expressions and queries (References).

// dropSet is what a drop takes away: the objects that others may use.
type dropSet struct {
	// what names the dropped object for messages ("table a.t").
	what string
	// rels are relations (their row types are in types too).
	rels map[qname]bool
	// cols are columns of relations, by relation and name.
	cols map[schema.ColumnRef]bool
	// funcs are functions by name: an expression names a function
	// without its argument types.
	funcs map[qname]bool
	// types are types by their canonical name (schema.Column.Type
	// spelling without array brackets), row types of relations included.
	types map[string]bool
	// owners are the relations whose own objects go with the drop: a
	// dropped relation's, or the table of a dropped column (whose
	// indexes and CHECK constraints on it PostgreSQL drops on its own).
	owners map[qname]bool
	// self are the keys of the dependents that are the dropped objects
	// themselves (a dropped function's, see dependent.key).
	self map[string]bool
	// sigs are the signatures of the dropped functions (casts and
	// operators name their function by signature).
	sigs map[string]bool
	// trigFuncs are dropped functions without arguments, by name: the
	// triggers and event triggers that call them go too, whatever other
	// overloads the name has.
	trigFuncs map[qname]bool
	// keys are the unique keys (of a dropped primary key, unique
	// constraint or unique index) that foreign keys may reference, by
	// keyID.
	keys map[string]bool
	// ops are the dropped operators, by schema.Operator.Signature.
	ops map[string]bool
	// classes are the dropped operator classes, by their qualified name
	// (the spelling of schema.IndexKey.OpClass) and method.
	classes map[[2]string]bool
}

func newDropSet(what string) *dropSet {
	return &dropSet{what: what, rels: map[qname]bool{}, cols: map[schema.ColumnRef]bool{},
		funcs: map[qname]bool{}, types: map[string]bool{}, owners: map[qname]bool{}, self: map[string]bool{}, keys: map[string]bool{}, trigFuncs: map[qname]bool{}, sigs: map[string]bool{},
		ops: map[string]bool{}, classes: map[[2]string]bool{}}
}

// addRelation adds relation q, its row type and its columns.
func (d *dropSet) addRelation(q qname, cols []string) {
	d.rels[q] = true
	d.owners[q] = true
	d.types[q.String()] = true
	for _, c := range cols {
		d.cols[schema.ColumnRef{Table: q, Column: c}] = true
	}
}

// uses reports whether references r (of an object of relation owner,
// whose bare column names mean owner's columns; nil for none) name
// anything in d.
func (d *dropSet) uses(r References, owner *qname) bool {
	for _, q := range r.Relations {
		if d.rels[q] {
			return true
		}
	}
	for _, c := range r.Columns {
		if c.Table == (qname{}) {
			switch {
			case owner != nil:
				c.Table = *owner
			case len(r.Relations) == 1:
				c.Table = r.Relations[0]
			default:
				continue
			}
		}
		if d.cols[c] {
			return true
		}
	}
	for _, f := range r.Functions {
		if d.funcs[f] {
			return true
		}
	}
	for _, t := range r.Types {
		if d.types[t.String()] {
			return true
		}
	}
	return false
}

// usesType reports whether a column, argument or result of type typ
// uses a type in d.
func (d *dropSet) usesType(typ string) bool {
	if typ == "" {
		return false
	}
	base := typ
	for strings.HasSuffix(base, "[]") {
		base = strings.TrimSuffix(base, "[]")
	}
	if i := strings.IndexByte(base, '('); i > 0 && !strings.HasPrefix(base, `"`) {
		base = base[:i]
	}
	return d.types[base]
}

// dependent is an object that uses something a drop takes away.
type dependent struct {
	// key identifies the object among the dependents.
	key string
	// what names it as PostgreSQL does in its messages ("view a.v",
	// "default value for column x of table a.t").
	what string
	// gone adds what removing it takes away in turn.
	gone func(d *dropSet)
	// remove forgets it; it does nothing when the object is gone already.
	remove func()
}

// dropUsers applies the effect of dropping the objects of d on the
// objects that use them, transitively: without cascade an error that
// names the dropped object and one of them, with cascade their removal.
func (p *parser) dropUsers(d *dropSet, cascade bool) error {
	seen := map[string]bool{}
	var all []dependent
	for {
		var found []dependent
		for _, dep := range p.users(d) {
			if !seen[dep.key] && !d.self[dep.key] {
				seen[dep.key] = true
				found = append(found, dep)
			}
		}
		if len(found) == 0 {
			break
		}
		slices.SortFunc(found, func(a, b dependent) int { return strings.Compare(a.key, b.key) })
		if !cascade {
			dep, them := found[0], "it"
			if d.what == manyObjects {
				them = "them"
			}
			return fmt.Errorf("cannot drop %s because %s depends on %s; add CASCADE or drop %s first", d.what, dep.what, them, dep.what)
		}
		for _, dep := range found {
			if dep.gone != nil {
				dep.gone(d)
			}
		}
		all = append(all, found...)
	}
	for _, dep := range all {
		dep.remove()
	}
	p.st.dropLooseMembers(d)
	return nil
}

// users lists the objects of the parser's state that use what d takes
// away and do not belong to what it drops.
func (p *parser) users(d *dropSet) []dependent {
	var out []dependent
	st := p.st
	for q, vi := range st.views {
		if d.rels[q] || !d.uses(QueryReferences(vi.v.Query), nil) && !p.callsDropped(d, vi.v.Query, nil) {
			continue
		}
		word := "view"
		if vi.v.Materialized {
			word = "materialized view"
		}
		out = append(out, dependent{key: "1 " + q.String(), what: word + " " + q.String(),
			gone: func(d *dropSet) {
				var cols []string
				for _, c := range vi.v.Columns {
					cols = append(cols, c.Name)
				}
				d.addRelation(q, cols)
			},
			remove: func() {
				if st.views[q] == vi {
					p.removeView(vi)
				}
			}})
	}
	for _, r := range st.rules {
		tq := r.TableName()
		if d.owners[tq] || !d.uses(QueryReferences(r.Definition), nil) && !p.callsDropped(d, r.Definition, nil) {
			continue
		}
		out = append(out, dependent{key: "2 " + tq.String() + " " + r.Name,
			what: "rule " + schema.QuoteIdent(r.Name) + " on " + relWord(st, tq) + " " + tq.String(),
			remove: func() {
				st.rules = slices.DeleteFunc(st.rules, func(x *schema.Rule) bool { return x == r })
			}})
	}
	out = append(out, p.triggerPolicyUsers(d)...)
	out = append(out, p.functionUsers(d)...)
	out = append(out, p.tableUsers(d)...)
	out = append(out, p.domainUsers(d)...)
	out = append(out, p.typeUsers(d)...)
	out = append(out, p.foreignTableUsers(d)...)
	out = append(out, p.opclassUsers(d)...)
	out = append(out, p.statisticsUsers(d)...)
	return out
}

// relWord names the kind of relation q for messages.
func relWord(st *state, q qname) string {
	if vi := st.views[q]; vi != nil {
		if vi.v.Materialized {
			return "materialized view"
		}
		return "view"
	}
	return "table"
}

// triggerPolicyUsers lists the triggers and policies of other relations
// that use what d takes away (a trigger's function, UPDATE OF columns and
// WHEN condition; a policy's expressions), and those of a relation whose
// column is dropped.
func (p *parser) triggerPolicyUsers(d *dropSet) []dependent {
	st := p.st
	if st.trig == nil {
		return nil
	}
	var out []dependent
	for k, t := range st.trig.triggers {
		if d.rels[k.table] {
			continue
		}
		owner := k.table
		used := d.funcs[t.Function] || d.trigFuncs[t.Function]
		for _, c := range t.UpdateOf {
			used = used || d.cols[schema.ColumnRef{Table: owner, Column: c}]
		}
		if t.When != "" {
			r := ExprReferences(t.When)
			// NEW.c and OLD.c are columns of the trigger's table.
			for _, c := range whenColumns(t.When) {
				r.Columns = append(r.Columns, schema.ColumnRef{Column: c})
			}
			used = used || d.uses(r, &owner) || p.callsDropped(d, "SELECT "+t.When, nil)
		}
		if !used {
			continue
		}
		out = append(out, dependent{key: "3 " + k.table.String() + " " + k.name,
			what:   "trigger " + schema.QuoteIdent(k.name) + " on " + relWord(st, k.table) + " " + k.table.String(),
			remove: func() { delete(st.trig.triggers, k) }})
	}
	for name, e := range st.trig.events {
		if !d.funcs[e.Function] && !d.trigFuncs[e.Function] {
			continue
		}
		out = append(out, dependent{key: "3 event " + name, what: "event trigger " + schema.QuoteIdent(name),
			remove: func() { delete(st.trig.events, name) }})
	}
	for k, pol := range st.trig.policies {
		if d.rels[k.table] {
			continue
		}
		owner := k.table
		if !p.exprUses(d, pol.Using, &owner, false) && !p.exprUses(d, pol.WithCheck, &owner, false) {
			continue
		}
		out = append(out, dependent{key: "4 " + k.table.String() + " " + k.name,
			what:   "policy " + schema.QuoteIdent(k.name) + " on table " + k.table.String(),
			remove: func() { delete(st.trig.policies, k) }})
	}
	return out
}

// functionUsers lists the functions whose argument or result types, SQL-
// standard body or (for an aggregate) support functions and state type use
// what d takes away.
func (p *parser) functionUsers(d *dropSet) []dependent {
	st := p.st
	var out []dependent
	for sig, f := range st.funcs {
		used := d.usesType(f.Returns)
		for _, a := range f.Args {
			used = used || d.usesType(a.Type) || p.exprUses(d, a.Default, nil, false)
		}
		if f.SQLBody != "" {
			used = used || d.uses(st.bodyReferences(f.SQLBody), nil) ||
				p.callsDropped(d, "CREATE FUNCTION f() RETURNS integer LANGUAGE sql "+f.SQLBody, nil)
		}
		if a := f.Aggregate; a != nil {
			for _, fn := range []string{a.SFunc, a.FinalFunc, a.CombineFunc, a.SerialFunc, a.DeserialFunc, a.MSFunc, a.MInvFunc, a.MFinalFunc} {
				if q, ok := splitQualifiedName(fn); ok && len(q) == 2 {
					used = used || d.funcs[qname{Schema: q[0], Name: q[1]}]
				}
			}
			used = used || d.usesType(a.SType) || d.usesType(a.MSType)
		}
		if !used {
			continue
		}
		out = append(out, dependent{key: functionKey(sig), what: kindWord(f) + " " + sig,
			gone: func(d *dropSet) {
				d.sigs[sig] = true
				if !st.hasOtherOverload(f) {
					d.funcs[f.QName()] = true
				}
			},
			remove: func() {
				if st.funcs[sig] == f {
					delete(st.funcs, sig)
				}
			}})
	}
	return out
}

// hasOtherOverload reports whether a function other than f has f's name.
func (st *state) hasOtherOverload(f *schema.Function) bool {
	for _, g := range st.funcs {
		if g != f && g.Schema == f.Schema && g.Name == f.Name {
			return true
		}
	}
	return false
}

// tableUsers lists what of the tables uses what d takes away: column
// defaults (the default goes), generated columns and columns of a dropped
// type (the column goes), CHECK constraints and foreign keys (the
// constraint goes), indexes (the index goes) and inheritance children
// (the child table goes).
func (p *parser) tableUsers(d *dropSet) []dependent {
	st := p.st
	var out []dependent
	for q, tb := range st.tables {
		if d.rels[q] {
			continue
		}
		owner := q
		for _, c := range tb.t.Columns {
			if c.Inherited {
				continue // goes with the parent's column
			}
			ref := schema.ColumnRef{Table: q, Column: c.Name}
			colWhat := "column " + schema.QuoteIdent(c.Name) + " of table " + q.String()
			dropCol := dependent{key: "6 " + q.String() + " " + c.Name, what: colWhat,
				gone: func(d *dropSet) { d.cols[ref] = true },
				remove: func() {
					if st.tables[q] == tb && tb.t.Column(ref.Column) != nil {
						_ = p.dropColumn(tb, ref.Column, true)
					}
				}}
			switch {
			case d.cols[ref]:
			case d.usesType(c.Type), p.exprUses(d, c.Generated, &owner, false):
				out = append(out, dropCol)
			case p.exprUses(d, c.Default, &owner, false):
				col := c
				out = append(out, dependent{key: "7 " + q.String() + " " + c.Name, what: "default value for " + colWhat,
					remove: func() { col.Default = "" }})
			}
		}
		for _, name := range slices.Sorted(maps.Keys(tb.checks)) {
			ci := tb.checks[name]
			if !ci.local {
				continue // goes with the parent's
			}
			c := ci.c
			used := false
			switch c.Kind {
			case schema.Check:
				// A check on a dropped column of its own table goes
				// with the column.
				used = p.exprUses(d, c.Expr, &owner, true)
			case schema.ForeignKey:
				if c.RefTable != nil {
					used = (d.rels[*c.RefTable] && !d.owners[q]) || d.keys[keyID(*c.RefTable, c.RefColumns)]
					for _, rc := range c.RefColumns {
						used = used || d.cols[schema.ColumnRef{Table: *c.RefTable, Column: rc}]
					}
				}
			}
			if !used {
				continue
			}
			out = append(out, dependent{key: "8 " + q.String() + " " + name,
				what: "constraint " + schema.QuoteIdent(name) + " on table " + q.String(),
				remove: func() {
					if st.tables[q] == tb && tb.checks[name] == ci {
						_ = p.dropConstraint(tb, name, true)
					}
				}})
		}
		for _, ix := range tb.idx {
			if ix.parent != nil || !p.indexExprUses(ix, d, owner) {
				continue
			}
			out = append(out, dependent{key: "9 " + ix.q.String(), what: "index " + ix.q.String(),
				remove: func() {
					if st.indexes[ix.q] == ix {
						p.forgetIndex(ix)
					}
				}})
		}
		for _, pt := range tb.parents {
			if d.rels[pt.t.QName()] {
				out = append(out, dependent{key: "0 " + q.String(), what: "table " + q.String(),
					gone: func(d *dropSet) {
						var cols []string
						for _, c := range tb.t.Columns {
							cols = append(cols, c.Name)
						}
						d.addRelation(q, cols)
					},
					remove: func() {
						if st.tables[q] == tb {
							p.removeTable(tb)
						}
					}})
				break
			}
		}
	}
	return out
}

// indexExprUses reports whether the expressions or predicate of an index
// (or of the exclusion constraint behind it) use a function, type or
// relation in d; columns of its own table are left out, as the index goes
// with them.
func (p *parser) indexExprUses(ix *index, d *dropSet, owner qname) bool {
	var exprs []string
	if ix.idx != nil {
		for _, k := range ix.idx.Keys {
			exprs = append(exprs, k.Expr)
		}
		exprs = append(exprs, ix.idx.Where)
	} else if ix.con != nil {
		for _, e := range ix.con.Elements {
			exprs = append(exprs, e.Key.Expr)
		}
		exprs = append(exprs, ix.con.Where)
	}
	for _, e := range exprs {
		if p.exprUses(d, e, &owner, true) {
			return true
		}
	}
	return false
}

// domainUsers lists the domains over a dropped type and the CHECK
// constraints of domains that use what d takes away.
func (p *parser) domainUsers(d *dropSet) []dependent {
	st := p.st
	if st.udt == nil {
		return nil
	}
	var out []dependent
	for q, dom := range st.udt.domains {
		if d.types[q.String()] {
			continue
		}
		if d.usesType(dom.Type) {
			out = append(out, dependent{key: "a " + q.String(), what: "type " + q.String(),
				gone: func(d *dropSet) { d.types[q.String()] = true },
				remove: func() {
					if st.udt.domains[q] == dom {
						st.forgetType(q)
						delete(st.types, q)
					}
				}})
			continue
		}
		for _, c := range dom.Checks {
			if !p.exprUses(d, c.Expr, nil, false) {
				continue
			}
			out = append(out, dependent{key: "b " + q.String() + " " + c.Name,
				what: "constraint " + schema.QuoteIdent(c.Name) + " on type " + q.String(),
				remove: func() {
					dom.Checks = slices.DeleteFunc(dom.Checks, func(x *schema.DomainCheck) bool { return x == c })
					st.dropCon(q.Schema, c.Name)
				}})
		}
	}
	return out
}

// functionKey is the dependent key of the function of signature sig.
func functionKey(sig string) string { return "5 " + sig }

// dropUsersOf applies, before DROP kind objects [CASCADE] drops them, the
// effect on the objects that use them (see dropUsers). The objects are
// taken together, as PostgreSQL does: one of them may use another. An
// object that does not exist is left to the drop, which reports it.
// It returns which of the objects existed.
func (p *parser) dropUsersOf(kind pg_query.ObjectType, objects []*pg_query.Node, cascade bool) (existed []bool, err error) {
	var all *dropSet
	existed = make([]bool, len(objects))
	for i, o := range objects {
		d := p.dropSetOf(kind, o, cascade)
		existed[i] = d != nil
		switch {
		case d == nil:
		case all == nil:
			all = d
		default:
			all.merge(d)
			all.what = manyObjects
		}
	}
	if all == nil {
		return existed, nil
	}
	return existed, p.dropUsers(all, cascade)
}

// manyObjects names the objects of a DROP of several, as PostgreSQL does.
const manyObjects = "desired object(s)"

// merge adds what o takes away to d.
func (d *dropSet) merge(o *dropSet) {
	for _, m := range []struct{ to, from map[string]bool }{{d.types, o.types}, {d.self, o.self}, {d.keys, o.keys}, {d.sigs, o.sigs}, {d.ops, o.ops}} {
		for k := range m.from {
			m.to[k] = true
		}
	}
	for _, m := range []struct{ to, from map[qname]bool }{{d.rels, o.rels}, {d.funcs, o.funcs}, {d.owners, o.owners}, {d.trigFuncs, o.trigFuncs}} {
		for k := range m.from {
			m.to[k] = true
		}
	}
	for k := range o.cols {
		d.cols[k] = true
	}
	for k := range o.classes {
		d.classes[k] = true
	}
}

// dropSetOf returns what DROP kind o takes away, or nil when o does not
// exist (or, for a schema, without CASCADE: dropSchema checks it is
// empty).
func (p *parser) dropSetOf(kind pg_query.ObjectType, o *pg_query.Node, cascade bool) *dropSet {
	st := p.st
	var d *dropSet
	switch kind {
	case pg_query.ObjectType_OBJECT_TABLE:
		sch, name := listName(o)
		q, ok := st.lookupRel(sch, name)
		if tb := st.tables[q]; ok && tb != nil {
			d = newDropSet("table " + q.String())
			p.addTableDrop(d, tb)
		}
	case pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW:
		sch, name := listName(o)
		q, ok := st.lookupRel(sch, name)
		if vi := st.views[q]; ok && vi != nil && vi.v.Materialized == (kind == pg_query.ObjectType_OBJECT_MATVIEW) {
			d = newDropSet(relWord(st, q) + " " + q.String())
			var cols []string
			for _, c := range vi.v.Columns {
				cols = append(cols, c.Name)
			}
			d.addRelation(q, cols)
		}
	case pg_query.ObjectType_OBJECT_FOREIGN_TABLE:
		sch, name := listName(o)
		q, ok := st.lookupRel(sch, name)
		if ok && st.fdw != nil && st.fdw.tables[q] != nil {
			d = newDropSet("foreign table " + q.String())
			var cols []string
			for _, c := range st.fdw.tables[q].Columns {
				cols = append(cols, c.Name)
			}
			d.addRelation(q, cols)
		}
	case pg_query.ObjectType_OBJECT_SEQUENCE:
		sch, name := listName(o)
		q, ok := st.lookupRel(sch, name)
		if ok && st.seqs[q] != nil {
			d = newDropSet("sequence " + q.String())
			d.addRelation(q, nil)
		}
	case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE,
		pg_query.ObjectType_OBJECT_AGGREGATE, pg_query.ObjectType_OBJECT_ROUTINE:
		ow := o.GetObjectWithArgs()
		if ow == nil {
			return nil
		}
		f, err := st.lookupFunction(ow, kind, true)
		if err != nil || f == nil {
			return nil
		}
		d = newDropSet(kindWord(f) + " " + f.Signature())
		d.self[functionKey(f.Signature())] = true
		d.sigs[f.Signature()] = true
		if !st.hasOtherOverload(f) {
			// Expressions name functions without argument types: with
			// overloads, which one they call is not known here.
			d.funcs[f.QName()] = true
		}
		if len(f.Args) == 0 {
			d.trigFuncs[f.QName()] = true
		}
	case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
		sch, name := listName(o)
		if q, ok := st.lookupType(sch, name); ok {
			d = newDropSet("type " + q.String())
			d.types[q.String()] = true
			if st.udt != nil {
				if r := st.udt.ranges[q]; r != nil {
					d.types[r.MultirangeName().String()] = true
				}
			}
		}
	case pg_query.ObjectType_OBJECT_OPERATOR:
		if op, err := p.lookupOperator(o); err == nil {
			d = newDropSet("operator " + op.Signature())
			d.ops[op.Signature()] = true
		}
	case pg_query.ObjectType_OBJECT_OPCLASS, pg_query.ObjectType_OBJECT_OPFAMILY:
		// Without CASCADE, dropOpClass and dropOpFamily name the index
		// in the way; with it, the indexes and constraints that use the
		// classes go first.
		if !cascade {
			return nil
		}
		am, names := opclassObject(o)
		var classes []*schema.OperatorClass
		if kind == pg_query.ObjectType_OBJECT_OPCLASS {
			if c, err := st.class(am, names); err == nil {
				d = newDropSet("operator class " + c.QName().String() + " for access method " + am)
				classes = append(classes, c)
			}
		} else if f, err := st.family(am, names); err == nil {
			d = newDropSet("operator family " + f.QName().String() + " for access method " + am)
			classes = st.familyClasses(f)
		}
		for _, c := range classes {
			d.classes[[2]string{c.QName().String(), c.Method}] = true
		}
	case pg_query.ObjectType_OBJECT_INDEX:
		sch, name := listName(o)
		q, ok := st.lookupRel(sch, name)
		if ix := st.indexes[q]; ok && ix != nil && ix.con == nil {
			d = newDropSet("index " + q.String())
			d.addKey(ix)
		}
	case pg_query.ObjectType_OBJECT_SCHEMA:
		if name := strVal(o); cascade && st.schemas[name] != nil {
			d = newDropSet("schema " + schema.QuoteIdent(name))
			p.addSchemaDrop(d, name)
		}
	}
	return d
}

// addTableDrop adds to d table tb with what goes with it: its partitions
// and the sequences it owns.
func (p *parser) addTableDrop(d *dropSet, tb *table) {
	q := tb.t.QName()
	var cols []string
	for _, c := range tb.t.Columns {
		cols = append(cols, c.Name)
		if c.Identity != nil {
			d.addRelation(qname{Schema: q.Schema, Name: c.Identity.Sequence}, nil)
		}
	}
	if tb.partOf != nil {
		for _, c := range tb.partOf.t.Columns {
			cols = append(cols, c.Name)
		}
	}
	d.addRelation(q, cols)
	for sq, s := range p.st.seqs {
		if s.OwnedBy != nil && s.OwnedBy.Table == q {
			d.addRelation(sq, nil)
		}
	}
	for _, ch := range tb.children {
		if ch.partOf == tb {
			p.addTableDrop(d, ch)
		}
	}
}

// addSchemaDrop adds to d everything in schema name.
func (p *parser) addSchemaDrop(d *dropSet, name string) {
	st := p.st
	for q, tb := range st.tables {
		if q.Schema == name {
			p.addTableDrop(d, tb)
		}
	}
	for q, vi := range st.views {
		if q.Schema == name {
			var cols []string
			for _, c := range vi.v.Columns {
				cols = append(cols, c.Name)
			}
			d.addRelation(q, cols)
		}
	}
	for q := range st.rels {
		if q.Schema == name {
			d.addRelation(q, nil)
		}
	}
	for q := range st.types {
		if q.Schema == name {
			d.types[q.String()] = true
		}
	}
	for sig, f := range st.funcs {
		if f.Schema == name {
			d.funcs[f.QName()] = true
			d.self[functionKey(sig)] = true
			d.sigs[sig] = true
		}
	}
	if st.udt != nil {
		for q := range st.udt.domains {
			if q.Schema == name {
				d.types[q.String()] = true
			}
		}
		for k, o := range st.udt.operators {
			if o.Schema == name {
				d.ops[k] = true
			}
		}
	}
	if st.opclasses != nil {
		for _, c := range st.opclasses.classes {
			if c.Schema == name {
				d.classes[[2]string{c.QName().String(), c.Method}] = true
			}
		}
	}
}

// dropColumnCascade applies ALTER TABLE ... DROP COLUMN [CASCADE]: what
// uses the column (views, triggers, policies, generated columns, foreign
// keys of other tables, ...) stops the drop without CASCADE and goes with
// it with CASCADE; then the column goes (see dropColumn).
func (p *parser) dropColumnCascade(tb *table, name string, recurse, cascade bool) error {
	q := tb.t.QName()
	d := newDropSet("column " + schema.QuoteIdent(name) + " of table " + q.String())
	var add func(tb *table)
	add = func(tb *table) {
		tq := tb.t.QName()
		d.cols[schema.ColumnRef{Table: tq, Column: name}] = true
		if c := tb.t.Column(name); c != nil && c.Identity != nil {
			d.addRelation(qname{Schema: tq.Schema, Name: c.Identity.Sequence}, nil)
		}
		for sq, s := range p.st.seqs {
			if s.OwnedBy != nil && s.OwnedBy.Table == tq && s.OwnedBy.Column == name {
				d.addRelation(sq, nil)
			}
		}
		if recurse {
			for _, ch := range tb.children {
				if cc := ch.t.Column(name); ch.partOf == tb || (cc != nil && cc.Inherited) || cc == nil {
					add(ch)
				}
			}
		}
	}
	add(tb)
	if err := p.dropUsers(d, cascade); err != nil {
		return err
	}
	if tb.t.Column(name) == nil {
		return nil // a cascade took it already
	}
	return p.dropColumn(tb, name, recurse)
}

// whenColumns returns the columns a trigger's WHEN condition names as
// NEW.c or OLD.c.
func whenColumns(expr string) []string {
	tree, err := pg_query.Parse("SELECT " + expr)
	if err != nil {
		return nil
	}
	var out []string
	var visit func(n *pg_query.Node)
	visit = func(n *pg_query.Node) {
		if cr := n.GetColumnRef(); cr != nil && len(cr.Fields) == 2 {
			if rel := strVal(cr.Fields[0]); rel == "new" || rel == "old" {
				out = append(out, strVal(cr.Fields[1]))
			}
		}
		walkNodes(n, visit)
	}
	for _, s := range tree.Stmts {
		visit(s.Stmt)
	}
	return out
}

// bodyReferences returns the references of a SQL-standard function body.
// Its canonical text leaves the names of the public schema unqualified,
// as pg_get_function_sqlbody prints them, so an unqualified relation,
// function or type that the public schema holds counts too.
func (st *state) bodyReferences(body string) References {
	text := "CREATE FUNCTION f() RETURNS integer LANGUAGE sql " + body
	r := QueryReferences(text)
	tree, err := pg_query.Parse(text)
	if err != nil {
		return r
	}
	var extra References
	typeName := func(tn *pg_query.TypeName) {
		if tn == nil {
			return
		}
		if names := strList(tn.Names); len(names) == 1 && st.types[qname{Schema: "public", Name: names[0]}] {
			extra.Types = append(extra.Types, qname{Schema: "public", Name: names[0]})
		}
	}
	var visit func(n *pg_query.Node)
	visit = func(n *pg_query.Node) {
		if rv := n.GetRangeVar(); rv != nil && rv.Schemaname == "" {
			if q := (qname{Schema: "public", Name: rv.Relname}); st.rels[q] != 0 {
				extra.Relations = append(extra.Relations, q)
			}
		}
		if fc := n.GetFuncCall(); fc != nil {
			if names := strList(fc.Funcname); len(names) == 1 && st.hasFunction("public", names[0]) {
				extra.Functions = append(extra.Functions, qname{Schema: "public", Name: names[0]})
			}
		}
		if tc := n.GetTypeCast(); tc != nil {
			typeName(tc.TypeName)
		}
		walkNodes(n, visit)
	}
	for _, s := range tree.Stmts {
		visit(s.Stmt)
	}
	return r.merge(extra)
}

// keyID identifies the unique key over columns cols of table t, whatever
// their order.
func keyID(t qname, cols []string) string {
	cols = slices.Sorted(slices.Values(cols))
	return t.String() + "(" + strings.Join(cols, ",") + ")"
}

// addKey adds the unique key index ix provides, if any: a primary key or
// unique constraint, or a unique index without expressions or predicate.
func (d *dropSet) addKey(ix *index) {
	q := ix.table.t.QName()
	switch {
	case ix.con != nil:
		if ix.con.Kind == schema.PrimaryKey || ix.con.Kind == schema.Unique {
			d.keys[keyID(q, ix.con.Columns)] = true
		}
	case ix.idx != nil && ix.idx.Unique && ix.idx.Where == "":
		var cols []string
		for _, k := range ix.idx.Keys {
			if k.Column == "" {
				return
			}
			cols = append(cols, k.Column)
		}
		d.keys[keyID(q, cols)] = true
	}
}

// dropConstraintCascade applies ALTER TABLE ... DROP CONSTRAINT [IF
// EXISTS] [CASCADE]: the foreign keys that reference a dropped primary key
// or unique constraint stop the drop without CASCADE and go with it with
// CASCADE; then the constraint goes (see dropConstraint).
func (p *parser) dropConstraintCascade(tb *table, name string, missingOK, cascade bool) error {
	for _, ix := range tb.idx {
		if ix.con != nil && ix.q.Name == name && ix.parent == nil {
			d := newDropSet("constraint " + schema.QuoteIdent(name) + " on table " + tb.t.QName().String())
			d.addKey(ix)
			if err := p.dropUsers(d, cascade); err != nil {
				return err
			}
			break
		}
	}
	return p.dropConstraint(tb, name, missingOK)
}

// typeUsers lists the attributes of composite types and the range types of
// a dropped type, and the casts and operators that take or return a
// dropped type or call a dropped function.
func (p *parser) typeUsers(d *dropSet) []dependent {
	st := p.st
	u := st.udt
	if u == nil {
		return nil
	}
	var out []dependent
	for q, ct := range u.composites {
		if d.types[q.String()] {
			continue
		}
		for _, a := range ct.Attributes {
			if !d.usesType(a.Type) {
				continue
			}
			out = append(out, dependent{key: "d " + q.String() + " " + a.Name,
				what: "column " + schema.QuoteIdent(a.Name) + " of composite type " + q.String(),
				remove: func() {
					ct.Attributes = slices.DeleteFunc(ct.Attributes, func(x *schema.Attribute) bool { return x == a })
				}})
		}
	}
	for q, r := range u.ranges {
		if d.types[q.String()] || !d.usesType(r.Subtype) && !d.sigs[rangeSupport(r.SubtypeDiff, r.Subtype, r.Subtype)] && !d.sigs[rangeSupport(r.Canonical, q.String())] {
			continue
		}
		out = append(out, dependent{key: "a " + q.String(), what: "type " + q.String(),
			gone: func(d *dropSet) {
				d.types[q.String()] = true
				d.types[r.MultirangeName().String()] = true
			},
			remove: func() {
				if u.ranges[q] == r {
					st.forgetType(q)
					delete(st.types, q)
				}
			}})
	}
	for k, c := range u.casts {
		if !d.usesType(c.Source) && !d.usesType(c.Target) && !d.sigs[c.Function] {
			continue
		}
		out = append(out, dependent{key: "e " + k, what: "cast from " + c.Source + " to " + c.Target,
			remove: func() { delete(u.casts, k) }})
	}
	for k, o := range u.operators {
		if d.ops[k] || !d.usesType(o.Left) && !d.usesType(o.Right) && !d.sigs[o.Function] {
			continue
		}
		out = append(out, dependent{key: "f " + k, what: "operator " + k,
			gone:   func(d *dropSet) { d.ops[k] = true },
			remove: func() { delete(u.operators, k) }})
	}
	return out
}

// rangeSupport returns the signature of a range type's support function
// fn (schema.RangeType.Canonical or SubtypeDiff) taking args, "" when
// there is none.
func rangeSupport(fn string, args ...string) string {
	q, ok := splitQualifiedName(fn)
	if fn == "" || !ok || len(q) != 2 {
		return ""
	}
	return signature(qname{Schema: q[0], Name: q[1]}, args)
}

// foreignTableUsers lists the columns of foreign tables of a dropped type
// (the column goes) and the defaults of foreign table columns that use
// what d takes away (the default goes).
func (p *parser) foreignTableUsers(d *dropSet) []dependent {
	st := p.st
	if st.fdw == nil {
		return nil
	}
	var out []dependent
	for q, ft := range st.fdw.tables {
		if d.rels[q] {
			continue
		}
		owner := q
		for _, c := range ft.Columns {
			ref := schema.ColumnRef{Table: q, Column: c.Name}
			colWhat := "column " + schema.QuoteIdent(c.Name) + " of foreign table " + q.String()
			switch {
			case d.cols[ref]:
			case d.usesType(c.Type):
				out = append(out, dependent{key: "6 " + q.String() + " " + c.Name, what: colWhat,
					gone: func(d *dropSet) { d.cols[ref] = true },
					remove: func() {
						ft.Columns = slices.DeleteFunc(ft.Columns, func(x *schema.ForeignColumn) bool { return x == c })
					}})
			case p.exprUses(d, c.Default, &owner, false):
				out = append(out, dependent{key: "7 " + q.String() + " " + c.Name, what: "default value for " + colWhat,
					remove: func() { c.Default = "" }})
			}
		}
	}
	return out
}

// opclassUsers lists the operator classes whose type or storage type, or
// one of whose operators or support functions, d takes away (PostgreSQL
// records those as normal dependencies: the class goes with CASCADE), and
// the indexes whose keys use a class that goes.
func (p *parser) opclassUsers(d *dropSet) []dependent {
	st := p.st
	o := st.opclasses
	if o == nil {
		return nil
	}
	var out []dependent
	for k, c := range o.classes {
		if d.classes[[2]string{c.QName().String(), c.Method}] || !d.membersUse(c.Operators, c.Functions) && !d.usesType(c.Type) && !d.usesType(c.Storage) {
			continue
		}
		out = append(out, dependent{key: "g " + k, what: "operator class " + c.QName().String() + " for access method " + c.Method,
			gone: func(d *dropSet) { d.classes[[2]string{c.QName().String(), c.Method}] = true },
			remove: func() {
				if o.classes[k] == c {
					delete(o.classes, k)
				}
			}})
	}
	if len(d.classes) == 0 {
		return out
	}
	for q, tb := range st.tables {
		if d.rels[q] {
			continue
		}
		for _, ix := range tb.idx {
			if ix.parent != nil || !st.indexUsesClass(tb, ix, d.classes) {
				continue
			}
			out = append(out, dependent{key: "9 " + ix.q.String(), what: "index " + ix.q.String(),
				remove: func() {
					if st.indexes[ix.q] == ix {
						p.forgetIndex(ix)
					}
				}})
		}
	}
	return out
}

// membersUse reports whether operator family or class members use an
// operator, function or type in d.
func (d *dropSet) membersUse(ops []*schema.OpFamilyOperator, fns []*schema.OpFamilyFunction) bool {
	for _, m := range ops {
		if d.ops[memberOperator(m)] || d.usesType(m.Left) || d.usesType(m.Right) {
			return true
		}
	}
	for _, m := range fns {
		if d.sigs[m.Function] || d.usesType(m.Left) || d.usesType(m.Right) {
			return true
		}
	}
	return false
}

// memberOperator returns the schema.Operator.Signature of the operator of
// an operator family or class member.
func memberOperator(m *schema.OpFamilyOperator) string {
	left := m.Left
	if left == "" {
		left = "NONE"
	}
	return m.Operator + " (" + left + ", " + m.Right + ")"
}

// indexUsesClass reports whether a key of index ix of table tb names one
// of classes, or leaves the class out where one of them is the default
// class of the method for the key's type.
func (st *state) indexUsesClass(tb *table, ix *index, classes map[[2]string]bool) bool {
	var keys []schema.IndexKey
	method := ""
	switch {
	case ix.idx != nil:
		keys, method = ix.idx.Keys, ix.idx.Method
	case ix.con != nil:
		for _, e := range ix.con.Elements {
			keys = append(keys, e.Key)
		}
		if len(ix.con.Elements) == 0 { // primary key, unique
			for _, c := range ix.con.Columns {
				keys = append(keys, schema.IndexKey{Column: c})
			}
		}
		method = ix.con.Method
	}
	if method == "" {
		method = "btree"
	}
	for _, k := range keys {
		cls, _, _ := strings.Cut(k.OpClass, " ")
		if cls != "" {
			if classes[[2]string{cls, method}] {
				return true
			}
			continue
		}
		typ := st.keyType(tb.t, k)
		for _, c := range st.opclasses.classes {
			if c.Default && c.Method == method && c.Type == typ && typ != "" && classes[[2]string{c.QName().String(), c.Method}] {
				return true
			}
		}
	}
	return false
}

// dropLooseMembers removes the members of operator families that are not
// tied to a class (ALTER OPERATOR FAMILY ... ADD, cross-type members) and
// use an operator, function or type in d: PostgreSQL records those as
// automatic dependencies, so they go without CASCADE.
func (st *state) dropLooseMembers(d *dropSet) {
	if st.opclasses == nil || len(d.ops)+len(d.sigs)+len(d.types) == 0 {
		return
	}
	for _, f := range st.opclasses.families {
		f.Operators = slices.DeleteFunc(f.Operators, func(m *schema.OpFamilyOperator) bool {
			return d.membersUse([]*schema.OpFamilyOperator{m}, nil)
		})
		f.Functions = slices.DeleteFunc(f.Functions, func(m *schema.OpFamilyFunction) bool {
			return d.membersUse(nil, []*schema.OpFamilyFunction{m})
		})
	}
}

// exprUses reports whether canonical expression expr, of relation owner
// (whose bare column names mean owner's columns; nil for none), uses what
// d takes away. noColumns leaves its column references out (they are the
// owner's own, which take the object with them on their own). Calls of a
// dropped function that has overloads count where the overload called is
// known (see callsDropped).
func (p *parser) exprUses(d *dropSet, expr string, owner *qname, noColumns bool) bool {
	if expr == "" {
		return false
	}
	r := ExprReferences(expr)
	if noColumns {
		r.Columns = nil
	}
	return d.uses(r, owner) || p.callsDropped(d, "SELECT "+expr, owner)
}

// callsDropped reports whether SQL text calls a dropped function that
// shares its name with other functions (d.funcs leaves those out: a name
// alone does not tell which overload a call means). A call counts when
// the types of all its arguments are known (constants, casts, columns of
// owner) and one overload takes exactly those types, which PostgreSQL
// then picks; otherwise the call is not taken to use the dropped
// function.
func (p *parser) callsDropped(d *dropSet, text string, owner *qname) bool {
	st := p.st
	if len(d.sigs) == 0 {
		return false
	}
	tree, err := pg_query.Parse(text)
	if err != nil {
		return false
	}
	var cols map[string]string
	if owner != nil {
		if tb := st.tables[*owner]; tb != nil {
			cols = map[string]string{}
			for _, c := range tb.t.Columns {
				cols[c.Name] = c.Type
			}
		}
	}
	for _, s := range tree.Stmts {
		if anyNode(s.Stmt, func(n *pg_query.Node) bool {
			fc := n.GetFuncCall()
			if fc == nil {
				return false
			}
			f := st.calledOverload(fc, cols)
			return f != nil && d.sigs[f.Signature()]
		}) {
			return true
		}
	}
	return false
}

// calledOverload returns the modeled function call fc calls when its name
// has several overloads and the types of all its arguments are known
// (cols gives the types of bare column names), so that one overload takes
// exactly those types; nil otherwise.
func (st *state) calledOverload(fc *pg_query.FuncCall, cols map[string]string) *schema.Function {
	if fc.AggStar || fc.FuncVariadic || fc.AggOrder != nil || fc.AggFilter != nil || fc.Over != nil {
		return nil
	}
	names := strList(fc.Funcname)
	var q qname
	switch len(names) {
	case 1:
		for _, s := range st.path() {
			if st.hasFunction(s, names[0]) {
				q = qname{Schema: s, Name: names[0]}
				break
			}
		}
	case 2:
		q = qname{Schema: names[0], Name: names[1]}
	}
	if q.Name == "" {
		return nil
	}
	var args []string
	for _, a := range fc.Args {
		t := st.argType(a, cols)
		if t == "" {
			return nil
		}
		args = append(args, t)
	}
	var match *schema.Function
	n := 0
	for _, f := range st.funcs {
		if f.QName() != q {
			continue
		}
		n++
		if slices.Equal(f.IdentityArgs(), args) {
			match = f
		}
	}
	if n < 2 {
		return nil // one function only: d.funcs has it by name
	}
	return match
}

// argType returns the type of a call argument when it is certain: a cast,
// an integer, decimal or boolean constant, a column of cols; "" otherwise.
func (st *state) argType(n *pg_query.Node, cols map[string]string) string {
	switch {
	case n.GetTypeCast() != nil:
		t, err := canonicalType(n.GetTypeCast().TypeName, st)
		if err != nil {
			return ""
		}
		return t
	case n.GetAConst() != nil:
		c := n.GetAConst()
		switch {
		case c.Isnull:
			return ""
		case c.GetIval() != nil:
			return "integer"
		case c.GetFval() != nil && strings.ContainsAny(c.GetFval().Fval, ".eE"):
			// an integer too large for integer is bigint or numeric
			return "numeric"
		case c.GetBoolval() != nil:
			return "boolean"
		}
	case n.GetColumnRef() != nil:
		if f := strList(n.GetColumnRef().Fields); len(f) == 1 && cols != nil {
			return cols[f[0]]
		}
	}
	return ""
}
