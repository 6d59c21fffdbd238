package hcl

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/stratadb/strata/schema"
)

// topBlocks are the block types a file may hold, for the error message.
const topBlocks = "schema, extension, enum, domain, composite, range, collation, cast, operator, sequence, table, " +
	"view, materialized, function, procedure, aggregate, rule, trigger, event_trigger, policy, statistics, " +
	"foreign_data_wrapper, server, foreign_table, user_mapping, variable, locals"

// file decodes the top-level blocks of one file into p.db.
func (p *parser) file(body *hclsyntax.Body) {
	for _, a := range sortedAttrs(body) {
		p.errorf(a.NameRange, "unexpected attribute %q at the top level: only blocks (%s) belong here", a.Name, topBlocks)
	}
	db := p.db
	for _, b := range body.Blocks {
		label := func() string {
			if len(b.Labels) == 0 {
				return ""
			}
			return b.Labels[len(b.Labels)-1]
		}
		what := fmt.Sprintf("%s %q", b.Type, label())
		r := p.reader(b.Body, what)
		named := func(n int) bool {
			if len(b.Labels) != n {
				p.errorf(b.DefRange(), "a %s block takes %d label(s)", b.Type, n)
				return false
			}
			return true
		}
		switch b.Type {
		case "variable", "locals":
			continue
		case "schema":
			if !named(1) {
				continue
			}
			s := &schema.Schema{Name: p.idx.schemas[b.Labels[0]]}
			r.attr("name")
			p.rest(r, reflect.ValueOf(s).Elem(), "name")
			db.Schemas = append(db.Schemas, s)
		case "extension":
			if !named(1) {
				continue
			}
			e := &schema.Extension{Name: b.Labels[0], Schema: "public"}
			if a := r.attr("schema"); a != nil {
				e.Schema, _ = p.schemaRef(a, what)
			}
			p.rest(r, reflect.ValueOf(e).Elem(), "name", "schema")
			db.Extensions = append(db.Extensions, e)
		case "enum":
			e := &schema.Enum{}
			if p.named(b, r, &e.Schema, &e.Name) {
				p.rest(r, reflect.ValueOf(e).Elem(), "schema", "name")
				db.Enums = append(db.Enums, e)
			}
		case "domain":
			d := &schema.Domain{}
			if p.named(b, r, &d.Schema, &d.Name) {
				d.NotNull = true
				if a := r.attr("null"); a != nil {
					d.NotNull = !r.boolean(a)
				}
				p.rest(r, reflect.ValueOf(d).Elem(), "schema", "name", "not_null")
				db.Domains = append(db.Domains, d)
			}
		case "composite":
			c := &schema.CompositeType{}
			if p.named(b, r, &c.Schema, &c.Name) {
				p.rest(r, reflect.ValueOf(c).Elem(), "schema", "name")
				db.CompositeTypes = append(db.CompositeTypes, c)
			}
		case "range":
			x := &schema.RangeType{}
			if p.named(b, r, &x.Schema, &x.Name) {
				p.rest(r, reflect.ValueOf(x).Elem(), "schema", "name")
				db.RangeTypes = append(db.RangeTypes, x)
			}
		case "collation":
			x := &schema.Collation{}
			if p.named(b, r, &x.Schema, &x.Name) {
				p.rest(r, reflect.ValueOf(x).Elem(), "schema", "name")
				db.Collations = append(db.Collations, x)
			}
		case "cast":
			x := &schema.Cast{}
			p.rest(r, reflect.ValueOf(x).Elem())
			db.Casts = append(db.Casts, x)
		case "operator":
			x := &schema.Operator{}
			if p.named(b, r, &x.Schema, &x.Name) {
				p.rest(r, reflect.ValueOf(x).Elem(), "schema", "name")
				db.Operators = append(db.Operators, x)
			}
		case "sequence":
			x := &schema.Sequence{}
			if p.named(b, r, &x.Schema, &x.Name) {
				p.sequence(r, x)
				db.Sequences = append(db.Sequences, x)
			}
		case "table":
			x := &schema.Table{}
			if p.named(b, r, &x.Schema, &x.Name) {
				p.table(r, x)
				db.Tables = append(db.Tables, x)
			}
		case "view", "materialized":
			x := &schema.View{Materialized: b.Type == "materialized"}
			if p.named(b, r, &x.Schema, &x.Name) {
				p.view(r, x)
				db.Views = append(db.Views, x)
			}
		case "function", "procedure", "aggregate":
			x := &schema.Function{Kind: b.Type}
			if p.named(b, r, &x.Schema, &x.Name) {
				p.function(r, x)
				db.Functions = append(db.Functions, x)
			}
		case "rule":
			if !named(1) {
				continue
			}
			x := &schema.Rule{Name: b.Labels[0]}
			x.Schema, x.Table = p.on(r, b)
			p.rest(r, reflect.ValueOf(x).Elem(), "schema", "table", "name")
			db.Rules = append(db.Rules, x)
		case "trigger":
			if !named(1) {
				continue
			}
			x := &schema.Trigger{Name: b.Labels[0]}
			x.Schema, x.Table = p.on(r, b)
			p.trigger(r, x)
			db.Triggers = append(db.Triggers, x)
		case "event_trigger":
			if !named(1) {
				continue
			}
			x := &schema.EventTrigger{Name: b.Labels[0]}
			if a := r.attr("on"); a != nil {
				if tr, ok := a.Expr.(*hclsyntax.ScopeTraversalExpr); ok && len(tr.Traversal) == 1 {
					x.Event = strings.ToLower(tr.Traversal.RootName()) // a bare event name
				} else {
					x.Event = r.str(a)
				}
			} else {
				p.errorf(b.DefRange(), "%s: on (the event) is missing", what)
			}
			if a := r.attr("execute"); a != nil {
				x.Function = p.functionRef(r, a)
			} else {
				p.errorf(b.DefRange(), "%s: execute (the function) is missing", what)
			}
			p.rest(r, reflect.ValueOf(x).Elem(), "name", "event", "function")
			db.EventTriggers = append(db.EventTriggers, x)
		case "policy":
			if !named(1) {
				continue
			}
			x := &schema.Policy{Name: b.Labels[0]}
			x.Schema, x.Table = p.on(r, b)
			p.policy(r, x)
			db.Policies = append(db.Policies, x)
		case "statistics":
			x := &schema.Statistics{}
			if p.named(b, r, &x.Schema, &x.Name) {
				p.rest(r, reflect.ValueOf(x).Elem(), "schema", "name")
				db.Statistics = append(db.Statistics, x)
			}
		case "foreign_data_wrapper":
			if !named(1) {
				continue
			}
			x := &schema.ForeignDataWrapper{Name: b.Labels[0]}
			p.rest(r, reflect.ValueOf(x).Elem(), "name")
			db.ForeignDataWrappers = append(db.ForeignDataWrappers, x)
		case "server":
			if !named(1) {
				continue
			}
			x := &schema.ForeignServer{Name: b.Labels[0]}
			p.rest(r, reflect.ValueOf(x).Elem(), "name")
			db.ForeignServers = append(db.ForeignServers, x)
		case "foreign_table":
			x := &schema.ForeignTable{}
			if p.named(b, r, &x.Schema, &x.Name) {
				p.rest(r, reflect.ValueOf(x).Elem(), "schema", "name")
				db.ForeignTables = append(db.ForeignTables, x)
			}
		case "user_mapping":
			x := &schema.UserMapping{}
			p.rest(r, reflect.ValueOf(x).Elem())
			db.UserMappings = append(db.UserMappings, x)
		default:
			if !p.genericList(b, r) {
				p.errorf(b.TypeRange, "unknown block %q: a schema file holds %s", b.Type, topBlocks)
				continue
			}
		}
		r.finish()
	}
}

// genericList reads a block named by the json name of a Database list
// that has no Atlas spelling (see explicitLists), field by field, and
// appends it to that list. It reports false when there is no such list.
func (p *parser) genericList(b *hclsyntax.Block, r *reader) bool {
	dv := reflect.ValueOf(p.db).Elem()
	for i := 0; i < dv.NumField(); i++ {
		if name := jsonName(dv.Type().Field(i)); name != b.Type || explicitLists[name] {
			continue
		}
		if len(b.Labels) != 0 {
			p.errorf(b.DefRange(), "a %s block takes no label", b.Type)
		}
		list := dv.Field(i)
		et := list.Type().Elem()
		elem := reflect.New(et)
		if et.Kind() == reflect.Pointer {
			elem = reflect.New(et.Elem())
			p.rest(r, elem.Elem())
			list.Set(reflect.Append(list, elem))
		} else {
			p.rest(r, elem.Elem())
			list.Set(reflect.Append(list, elem.Elem()))
		}
		return true
	}
	return false
}

// named sets the schema and name of a schema-qualified object's block.
func (p *parser) named(b *hclsyntax.Block, r *reader, schemaName, name *string) bool {
	q, ok := p.qname(b, r)
	*schemaName, *name = q.Schema, q.Name
	return ok
}

// on resolves on = table.t (or view.v, materialized.m, a string) for
// triggers, rules and policies.
func (p *parser) on(r *reader, b *hclsyntax.Block) (string, string) {
	a := r.attr("on")
	if a == nil {
		p.errorf(b.DefRange(), "%s: on (the table or view) is missing", r.what)
		return "", ""
	}
	if names, rng, ok := traversal(a.Expr); ok {
		if len(names) >= 2 && p.idx.objects[names[0]] != nil {
			q, rest, ok := p.idx.resolve(names[0], names, rng, r.what, p)
			if ok && len(rest) > 0 {
				p.errorf(rng, "%s: on must name a table or view, not %s", r.what, strings.Join(names, "."))
			}
			return q.Schema, q.Name
		}
		p.errorf(rng, "%s: on must be a reference such as table.users", r.what)
		return "", ""
	}
	q, ok := splitQName(r.str(a), "public")
	if !ok {
		p.errorf(a.Expr.Range(), "%s: on must be a reference such as table.users or a name \"schema.table\"", r.what)
	}
	return q.Schema, q.Name
}

// functionRef resolves function.f, function.schema.f or a string
// "schema.f".
func (p *parser) functionRef(r *reader, a *hclsyntax.Attribute) schema.QName {
	if names, rng, ok := traversal(a.Expr); ok {
		kind := names[0]
		if kind != "function" && kind != "procedure" && kind != "aggregate" {
			p.errorf(rng, "%s: %s must be a reference such as function.f or a name \"schema.f\"", r.what, a.Name)
			return schema.QName{}
		}
		q, rest, ok := p.idx.resolve(kind, names, rng, r.what, p)
		if ok && len(rest) > 0 {
			p.errorf(rng, "%s: %s must name a function", r.what, a.Name)
		}
		return q
	}
	q, ok := splitQName(r.str(a), "public")
	if !ok {
		p.errorf(a.Expr.Range(), "%s: %s must be a reference such as function.f or a name \"schema.f\"", r.what, a.Name)
	}
	return q
}

// rest reads every field of struct v not named in skip from the body r
// reads, by json name, the way writer.rest writes them.
func (p *parser) rest(r *reader, v reflect.Value, skip ...string) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		name := jsonName(t.Field(i))
		if name == "" || contains(skip, name) {
			continue
		}
		p.field(r, name, v.Field(i))
	}
}

// field reads one field by json name.
func (p *parser) field(r *reader, name string, fv reflect.Value) {
	ft := fv.Type()
	switch {
	case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.Struct && ft.Elem() != qnameType,
		ft.Kind() == reflect.Struct && ft != qnameType:
		b := r.block(name)
		if b == nil {
			return
		}
		elem := fv
		if ft.Kind() == reflect.Pointer {
			fv.Set(reflect.New(ft.Elem()))
			elem = fv.Elem()
		}
		if len(b.Labels) != 0 {
			p.errorf(b.DefRange(), "%s: a %s block takes no label", r.what, name)
		}
		sub := p.reader(b.Body, r.what+": "+name)
		p.fill(sub, elem)
		sub.finish()
		return
	case ft.Kind() == reflect.Slice && ft.Elem().Kind() != reflect.String && ft.Elem() != qnameType:
		typ := blockNames[name]
		if typ == "" {
			typ = name
		}
		et := ft.Elem()
		for _, b := range r.blocksOf(typ) {
			var elem reflect.Value
			if et.Kind() == reflect.Pointer {
				elem = reflect.New(et.Elem())
			} else {
				elem = reflect.New(et)
			}
			st := elem.Elem().Type()
			what := r.what + ": " + typ
			if labelled[st] {
				if len(b.Labels) != 1 {
					p.errorf(b.DefRange(), "%s: a %s block takes one label, its name", r.what, typ)
					continue
				}
				elem.Elem().FieldByName("Name").SetString(b.Labels[0])
				what = fmt.Sprintf("%s: %s %q", r.what, typ, b.Labels[0])
			} else if len(b.Labels) != 0 && st != reflect.TypeOf(schema.FunctionArg{}) {
				p.errorf(b.DefRange(), "%s: a %s block takes no label", r.what, typ)
			}
			if st == reflect.TypeOf(schema.FunctionArg{}) && len(b.Labels) == 1 {
				elem.Elem().FieldByName("Name").SetString(b.Labels[0])
			}
			sub := p.reader(b.Body, what)
			p.fill(sub, elem.Elem())
			sub.finish()
			if et.Kind() == reflect.Pointer {
				fv.Set(reflect.Append(fv, elem))
			} else {
				fv.Set(reflect.Append(fv, elem.Elem()))
			}
		}
		return
	}
	a := r.attr(name)
	if a == nil {
		return
	}
	switch {
	case ft.Kind() == reflect.String:
		switch {
		case typeFields[name]:
			fv.SetString(r.typeExpr(a))
		case exprFields[name]:
			fv.SetString(r.sqlExpr(a))
		default:
			fv.SetString(r.str(a))
		}
	case ft.Kind() == reflect.Bool:
		fv.SetBool(r.boolean(a))
	case ft.Kind() == reflect.Int || ft.Kind() == reflect.Int64:
		fv.SetInt(r.integer(a))
	case ft.Kind() == reflect.Float64:
		fv.SetFloat(r.number(a))
	case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.Int:
		n := int(r.integer(a))
		fv.Set(reflect.ValueOf(&n))
	case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.String:
		s := r.str(a)
		fv.Set(reflect.ValueOf(&s))
	case ft == qnameType || (ft.Kind() == reflect.Pointer && ft.Elem() == qnameType):
		q, ok := splitQName(r.str(a), "public")
		if !ok {
			p.errorf(a.Expr.Range(), "%s: %s must be a name \"schema.name\"", r.what, name)
		}
		if ft == qnameType {
			fv.Set(reflect.ValueOf(q))
		} else {
			fv.Set(reflect.ValueOf(&q))
		}
	case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.String:
		fv.Set(reflect.ValueOf(r.strings(a)))
	case ft.Kind() == reflect.Slice && ft.Elem() == qnameType:
		var qs []schema.QName
		for _, s := range r.strings(a) {
			q, ok := splitQName(s, "public")
			if !ok {
				p.errorf(a.Expr.Range(), "%s: %s must hold names \"schema.name\"", r.what, name)
			}
			qs = append(qs, q)
		}
		fv.Set(reflect.ValueOf(qs))
	default:
		p.errorf(a.NameRange, "%s: %s cannot be read (internal: unsupported field type %s)", r.what, name, ft)
	}
}

// fill reads a nested struct, with the Atlas spellings writer.fill uses.
func (p *parser) fill(r *reader, v reflect.Value) {
	switch x := v.Addr().Interface().(type) {
	case *schema.Attribute, *schema.DomainCheck:
		p.rest(r, v, "name")
	case *schema.ForeignColumn:
		x.NotNull = true // as for table columns: null = true for a nullable column
		if a := r.attr("null"); a != nil {
			x.NotNull = !r.boolean(a)
		}
		p.rest(r, v, "name", "not_null")
	case *schema.ViewColumn:
		// Strata writes the type of a column of a view that selects from
		// itself only (see schema.ViewColumn.Type); Atlas writes every
		// view column's type. Both are read: a source read through SQL
		// (ddl.Render, then ddl.Parse) keeps the types of the views that
		// need them only.
		if a := r.attr("type"); a != nil {
			x.Type = r.typeExpr(a)
		}
		r.attr("null")
		p.rest(r, v, "name")
	case *schema.FunctionArg:
		x.Mode = schema.ArgIn
		if a := r.attr("name"); a != nil {
			x.Name = r.str(a)
		}
		if a := r.attr("type"); a != nil {
			x.Type = r.typeExpr(a)
		} else {
			p.errorf(r.body.SrcRange, "%s: type is missing", r.what)
		}
		if a := r.attr("mode"); a != nil {
			x.Mode = r.keyword(a)
		}
		if a := r.attr("default"); a != nil {
			x.Default = r.sqlExpr(a)
		}
	default:
		p.rest(r, v)
	}
}
