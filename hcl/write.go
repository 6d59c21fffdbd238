package hcl

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"

	"github.com/stratadb/strata/schema"
)

// Write returns db as HCL: canonical and stable (the same model always
// gives the same bytes), blocks in the order of schema.Database's lists,
// each list sorted as schema.Normalize sorts it, references instead of
// strings where the referenced object is in db, and attributes that hold
// their default value left out. db is not modified.
func Write(db *schema.Database) ([]byte, error) {
	data, err := schema.MarshalCanonical(db)
	if err != nil {
		return nil, fmt.Errorf("writing HCL: %w", err)
	}
	db, err = schema.UnmarshalCanonical(data) // a normalized copy
	if err != nil {
		return nil, fmt.Errorf("writing HCL: %w", err)
	}
	w := newWriter(db)
	f := hclwrite.NewEmptyFile()
	body := f.Body()
	first := true
	add := func(typ string, labels []string, fill func(*hclwrite.Body)) {
		if !first {
			body.AppendNewline()
		}
		first = false
		fill(body.AppendNewBlock(typ, labels).Body())
	}
	for _, s := range db.Schemas {
		add("schema", []string{s.Name}, func(b *hclwrite.Body) { w.rest(b, reflect.ValueOf(s).Elem(), "name") })
	}
	for _, e := range db.Extensions {
		add("extension", []string{e.Name}, func(b *hclwrite.Body) {
			w.schemaRef(b, e.Schema)
			w.rest(b, reflect.ValueOf(e).Elem(), "name", "schema")
		})
	}
	for _, e := range db.Enums {
		add("enum", []string{e.Name}, func(b *hclwrite.Body) { w.named(b, e.Schema, reflect.ValueOf(e).Elem()) })
	}
	for _, d := range db.Domains {
		add("domain", []string{d.Name}, func(b *hclwrite.Body) {
			w.schemaRef(b, d.Schema)
			w.typeAttr(b, "type", d.Type)
			if !d.NotNull {
				b.SetAttributeValue("null", cty.True)
			}
			w.rest(b, reflect.ValueOf(d).Elem(), "schema", "name", "type", "not_null")
		})
	}
	for _, c := range db.CompositeTypes {
		add("composite", []string{c.Name}, func(b *hclwrite.Body) { w.named(b, c.Schema, reflect.ValueOf(c).Elem()) })
	}
	for _, r := range db.RangeTypes {
		add("range", []string{r.Name}, func(b *hclwrite.Body) { w.named(b, r.Schema, reflect.ValueOf(r).Elem()) })
	}
	for _, c := range db.Collations {
		add("collation", []string{c.Name}, func(b *hclwrite.Body) { w.named(b, c.Schema, reflect.ValueOf(c).Elem()) })
	}
	for _, c := range db.Casts {
		add("cast", nil, func(b *hclwrite.Body) { w.rest(b, reflect.ValueOf(c).Elem()) })
	}
	for _, o := range db.Operators {
		add("operator", []string{o.Name}, func(b *hclwrite.Body) { w.named(b, o.Schema, reflect.ValueOf(o).Elem()) })
	}
	for _, s := range db.Sequences {
		add("sequence", []string{s.Name}, func(b *hclwrite.Body) { w.sequence(b, s) })
	}
	for _, t := range db.Tables {
		add("table", []string{t.Name}, func(b *hclwrite.Body) { w.table(b, t) })
	}
	for _, v := range db.Views {
		typ := "view"
		if v.Materialized {
			typ = "materialized"
		}
		add(typ, []string{v.Name}, func(b *hclwrite.Body) { w.view(b, v) })
	}
	for _, f := range db.Functions {
		add(functionBlock(f), []string{f.Name}, func(b *hclwrite.Body) { w.function(b, f) })
	}
	for _, r := range db.Rules {
		add("rule", []string{r.Name}, func(b *hclwrite.Body) {
			w.onRef(b, r.Schema, r.Table)
			w.rest(b, reflect.ValueOf(r).Elem(), "schema", "table", "name")
		})
	}
	for _, t := range db.Triggers {
		add("trigger", []string{t.Name}, func(b *hclwrite.Body) { w.trigger(b, t) })
	}
	for _, t := range db.EventTriggers {
		add("event_trigger", []string{t.Name}, func(b *hclwrite.Body) {
			b.SetAttributeValue("on", cty.StringVal(t.Event))
			w.functionRef(b, "execute", t.Function)
			w.rest(b, reflect.ValueOf(t).Elem(), "name", "event", "function")
		})
	}
	for _, p := range db.Policies {
		add("policy", []string{p.Name}, func(b *hclwrite.Body) { w.policy(b, p) })
	}
	for _, s := range db.Statistics {
		add("statistics", []string{s.Name}, func(b *hclwrite.Body) { w.named(b, s.Schema, reflect.ValueOf(s).Elem()) })
	}
	for _, x := range db.ForeignDataWrappers {
		add("foreign_data_wrapper", []string{x.Name}, func(b *hclwrite.Body) { w.rest(b, reflect.ValueOf(x).Elem(), "name") })
	}
	for _, x := range db.ForeignServers {
		add("server", []string{x.Name}, func(b *hclwrite.Body) { w.rest(b, reflect.ValueOf(x).Elem(), "name") })
	}
	for _, x := range db.ForeignTables {
		add("foreign_table", []string{x.Name}, func(b *hclwrite.Body) { w.named(b, x.Schema, reflect.ValueOf(x).Elem()) })
	}
	for _, x := range db.UserMappings {
		add("user_mapping", nil, func(b *hclwrite.Body) { w.rest(b, reflect.ValueOf(x).Elem()) })
	}
	// Lists of the model without a block of their own above (kinds added
	// after this package was written) are written field by field, as a
	// block named by the list's json name.
	dv := reflect.ValueOf(db).Elem()
	for i := 0; i < dv.NumField(); i++ {
		name := jsonName(dv.Type().Field(i))
		if explicitLists[name] {
			continue
		}
		list := dv.Field(i)
		for j := 0; j < list.Len(); j++ {
			e := list.Index(j)
			if e.Kind() == reflect.Pointer {
				e = e.Elem()
			}
			add(name, nil, func(b *hclwrite.Body) { w.rest(b, e) })
		}
	}
	return emptyBlock.ReplaceAll(hclwrite.Format(f.Bytes()), []byte("$1{}")), nil
}

// emptyBlock matches an empty block as hclwrite prints it (header line,
// then a line with the closing brace), to print it as `name "label" {}`.
var emptyBlock = regexp.MustCompile(`(?m)^([ \t]*[a-z_]+(?: "(?:[^"\\\n]|\\.)*")* )\{\n[ \t]*\}$`)

// explicitLists are the json names of the Database lists that Write and
// Parse spell in the Atlas dialect; any other list is written generically.
var explicitLists = map[string]bool{
	"schemas": true, "extensions": true, "enums": true, "domains": true, "composite_types": true,
	"range_types": true, "collations": true, "casts": true, "operators": true, "sequences": true, "tables": true,
	"views": true, "rules": true, "triggers": true, "event_triggers": true, "policies": true, "functions": true,
	"foreign_data_wrappers": true, "foreign_servers": true, "foreign_tables": true, "user_mappings": true, "statistics": true,
}

// functionBlock returns the block type of f: function, procedure or
// aggregate (window functions are function blocks with window = true).
func functionBlock(f *schema.Function) string {
	switch f.Kind {
	case schema.KindProcedure:
		return "procedure"
	case schema.KindAggregate:
		return "aggregate"
	}
	return "function"
}

// writer holds what Write needs to print references.
type writer struct {
	types  map[string]string // type as format_type prints it -> block type
	tnames map[string]int    // "kind name" -> how many schemas have such a type
	tables map[string]int    // table name -> how many schemas have one
	views  map[schema.QName]string
	tabSet map[schema.QName]bool
	funcs  map[schema.QName]bool
	fnames map[string]int
}

func newWriter(db *schema.Database) *writer {
	w := &writer{types: map[string]string{}, tnames: map[string]int{}, tables: map[string]int{}, views: map[schema.QName]string{},
		tabSet: map[schema.QName]bool{}, funcs: map[schema.QName]bool{}, fnames: map[string]int{}}
	for _, e := range db.Enums {
		w.types[e.QName().String()] = "enum"
		w.tnames["enum "+e.Name]++
	}
	for _, d := range db.Domains {
		w.types[d.QName().String()] = "domain"
		w.tnames["domain "+d.Name]++
	}
	for _, c := range db.CompositeTypes {
		w.types[c.QName().String()] = "composite"
		w.tnames["composite "+c.Name]++
	}
	for _, t := range db.Tables {
		w.tables[t.Name]++
		w.tabSet[t.QName()] = true
	}
	for _, v := range db.Views {
		w.views[v.QName()] = "view"
		if v.Materialized {
			w.views[v.QName()] = "materialized"
		}
	}
	seen := map[schema.QName]bool{}
	for _, f := range db.Functions {
		w.funcs[f.QName()] = true
		if !seen[f.QName()] {
			seen[f.QName()] = true
			w.fnames[f.Name]++
		}
	}
	return w
}

// step returns a traversal step for name: an attribute when name is an
// identifier, an index ["name"] otherwise.
func step(name string) hcl.Traverser {
	if isIdent(name) {
		return hcl.TraverseAttr{Name: name}
	}
	return hcl.TraverseIndex{Key: cty.StringVal(name)}
}

// ref returns the traversal root.parts... .
func ref(root string, parts ...string) hcl.Traversal {
	tr := hcl.Traversal{hcl.TraverseRoot{Name: root}}
	for _, p := range parts {
		tr = append(tr, step(p))
	}
	return tr
}

// tableRef is the reference to table q: table.name, or table.schema.name
// when several schemas have a table called name.
func (w *writer) tableRef(q schema.QName) hcl.Traversal {
	if w.tables[q.Name] == 1 {
		return ref("table", q.Name)
	}
	return ref("table", q.Schema, q.Name)
}

func (w *writer) schemaRef(b *hclwrite.Body, name string) {
	b.SetAttributeTraversal("schema", ref("schema", name))
}

// named writes schema = schema.X and the rest of a schema-qualified
// object's fields.
func (w *writer) named(b *hclwrite.Body, schemaName string, v reflect.Value) {
	w.schemaRef(b, schemaName)
	w.rest(b, v, "schema", "name")
}

// onRef writes on = table.t / view.v for the relation of a trigger, rule
// or policy, or a string when the relation is not in the model.
func (w *writer) onRef(b *hclwrite.Body, schemaName, rel string) {
	q := schema.QName{Schema: schemaName, Name: rel}
	switch {
	case w.tabSet[q]:
		b.SetAttributeRaw("on", hclwrite.TokensForTraversal(w.tableRef(q)))
	case w.views[q] != "":
		b.SetAttributeRaw("on", hclwrite.TokensForTraversal(ref(w.views[q], q.Schema, q.Name)))
	default:
		b.SetAttributeValue("on", cty.StringVal(q.String()))
	}
}

// functionRef writes name = function.f (or function.schema.f) when the
// function is in the model, a string "schema.f" otherwise.
func (w *writer) functionRef(b *hclwrite.Body, name string, q schema.QName) {
	if !w.funcs[q] {
		b.SetAttributeValue(name, cty.StringVal(q.String()))
		return
	}
	if w.fnames[q.Name] == 1 {
		b.SetAttributeTraversal(name, ref("function", q.Name))
		return
	}
	b.SetAttributeTraversal(name, ref("function", q.Schema, q.Name))
}

// typeTokens spells type t: an enum/domain/composite reference, an
// identifier, a call such as varchar(20), or sql("...").
func (w *writer) typeTokens(t string) hclwrite.Tokens {
	if kind := w.types[t]; kind != "" {
		q, _ := splitQName(t, "")
		if w.tnames[kind+" "+q.Name] > 1 {
			return hclwrite.TokensForTraversal(ref(kind, q.Schema, q.Name))
		}
		return hclwrite.TokensForTraversal(ref(kind, q.Name))
	}
	if name, args, ok := hclType(t); ok {
		if args == "" {
			return hclwrite.TokensForIdentifier(name)
		}
		var toks []hclwrite.Tokens
		for _, a := range strings.Split(args, ",") {
			toks = append(toks, hclwrite.Tokens{{Type: hclsyntax.TokenNumberLit, Bytes: []byte(a)}})
		}
		return hclwrite.TokensForFunctionCall(name, toks...)
	}
	return sqlTokens(t)
}

func (w *writer) typeAttr(b *hclwrite.Body, name, t string) {
	if t != "" {
		b.SetAttributeRaw(name, w.typeTokens(t))
	}
}

// sqlTokens is sql("s").
func sqlTokens(s string) hclwrite.Tokens {
	return hclwrite.TokensForFunctionCall("sql", stringTokens(s))
}

// stringTokens spells s as a quoted string, or as a heredoc when it spans
// several lines and ends with a newline (function bodies, view queries).
func stringTokens(s string) hclwrite.Tokens {
	if !strings.Contains(strings.TrimSuffix(s, "\n"), "\n") || !strings.HasSuffix(s, "\n") || !heredocSafe(s) {
		return hclwrite.TokensForValue(cty.StringVal(s))
	}
	marker := "SQL"
	for n := 0; strings.Contains("\n"+s, "\n"+marker+"\n") || strings.Contains("\n"+s, "\n"+marker); n++ {
		marker = fmt.Sprintf("SQL%d", n)
	}
	esc := strings.NewReplacer("${", "$${", "%{", "%%{").Replace(s)
	return hclwrite.Tokens{
		{Type: hclsyntax.TokenOHeredoc, Bytes: []byte("<<" + marker + "\n")},
		{Type: hclsyntax.TokenStringLit, Bytes: []byte(esc)},
		{Type: hclsyntax.TokenCHeredoc, Bytes: []byte(marker)},
	}
}

// heredocSafe reports whether s reads back unchanged from a heredoc: valid
// UTF-8 without control characters other than tab and newline.
func heredocSafe(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029 {
			return false
		}
	}
	return true
}

// keyword spells a keyword value as an upper-case identifier (CASCADE,
// SET_NULL, IMMUTABLE), or as a string when it cannot be one.
func keyword(s string) hclwrite.Tokens {
	k := strings.ToUpper(strings.ReplaceAll(s, " ", "_"))
	if isIdent(k) {
		return hclwrite.TokensForIdentifier(k)
	}
	return hclwrite.TokensForValue(cty.StringVal(s))
}

// typeFields are the json names of fields that hold a type (written as
// type expressions); exprFields hold SQL expressions written as sql("...").
var (
	typeFields = map[string]bool{"type": true, "subtype": true, "source": true, "target": true, "left": true,
		"right": true, "stype": true, "mstype": true, "returns": true}
	exprFields = map[string]bool{"default": true}
)

// blockNames maps the json name of a list field to the block type of its
// elements.
var blockNames = map[string]string{
	"grants": "grant", "revokes": "revoke", "elements": "element", "args": "arg", "checks": "check",
	"attributes": "field", "columns": "column", "indexes": "index", "keys": "on",
}

// labelled are the element types whose blocks carry their Name as label.
var labelled = map[reflect.Type]bool{
	reflect.TypeOf(schema.Column{}): true, reflect.TypeOf(schema.DomainCheck{}): true,
	reflect.TypeOf(schema.Attribute{}): true, reflect.TypeOf(schema.ViewColumn{}): true,
	reflect.TypeOf(schema.ForeignColumn{}): true, reflect.TypeOf(schema.Index{}): true,
}

// jsonName returns the json name of struct field f ("" when it has none).
func jsonName(f reflect.StructField) string {
	tag := f.Tag.Get("json")
	name, _, _ := strings.Cut(tag, ",")
	if name == "-" {
		return ""
	}
	return name
}

var (
	qnameType = reflect.TypeOf(schema.QName{})
	grantType = reflect.TypeOf(schema.Grant{})
)

// rest writes every field of struct v not named in skip, by its json
// name: zero values are left out, strings that hold types or expressions
// are spelled as such, nested structs and lists of structs become blocks.
func (w *writer) rest(b *hclwrite.Body, v reflect.Value, skip ...string) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name := jsonName(f)
		if name == "" || contains(skip, name) {
			continue
		}
		w.field(b, name, v.Field(i))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// field writes one field value fv under the json name name.
func (w *writer) field(b *hclwrite.Body, name string, fv reflect.Value) {
	switch fv.Kind() {
	case reflect.String:
		s := fv.String()
		switch {
		case s == "":
		case typeFields[name]:
			w.typeAttr(b, name, s)
		case exprFields[name]:
			b.SetAttributeRaw(name, sqlTokens(s))
		default:
			b.SetAttributeRaw(name, stringTokens(s))
		}
	case reflect.Bool:
		if fv.Bool() {
			b.SetAttributeValue(name, cty.True)
		}
	case reflect.Int, reflect.Int64:
		if fv.Int() != 0 {
			b.SetAttributeValue(name, cty.NumberIntVal(fv.Int()))
		}
	case reflect.Float64:
		if fv.Float() != 0 {
			b.SetAttributeValue(name, cty.NumberFloatVal(fv.Float()))
		}
	case reflect.Pointer:
		if fv.IsNil() {
			return
		}
		e := fv.Elem()
		switch {
		case e.Kind() == reflect.Int:
			b.SetAttributeValue(name, cty.NumberIntVal(e.Int()))
		case e.Kind() == reflect.String:
			b.SetAttributeValue(name, cty.StringVal(e.String()))
		case e.Type() == qnameType:
			b.SetAttributeValue(name, cty.StringVal(e.Interface().(schema.QName).String()))
		case e.Kind() == reflect.Struct:
			w.fill(b.AppendNewBlock(name, nil).Body(), e)
		}
	case reflect.Struct:
		if fv.Type() == qnameType {
			if q := fv.Interface().(schema.QName); q != (schema.QName{}) {
				b.SetAttributeValue(name, cty.StringVal(q.String()))
			}
			return
		}
		w.fill(b.AppendNewBlock(name, nil).Body(), fv)
	case reflect.Slice:
		if fv.Len() == 0 {
			return
		}
		et := fv.Type().Elem()
		switch {
		case et.Kind() == reflect.String:
			vals := make([]cty.Value, fv.Len())
			for i := range vals {
				vals[i] = cty.StringVal(fv.Index(i).String())
			}
			b.SetAttributeValue(name, cty.TupleVal(vals))
		case et == qnameType:
			vals := make([]cty.Value, fv.Len())
			for i := range vals {
				vals[i] = cty.StringVal(fv.Index(i).Interface().(schema.QName).String())
			}
			b.SetAttributeValue(name, cty.TupleVal(vals))
		default:
			typ := blockNames[name]
			if typ == "" {
				typ = name
			}
			for i := 0; i < fv.Len(); i++ {
				e := fv.Index(i)
				if e.Kind() == reflect.Pointer {
					e = e.Elem()
				}
				var labels []string
				if labelled[e.Type()] {
					labels = []string{e.FieldByName("Name").String()}
				}
				w.fill(b.AppendNewBlock(typ, labels).Body(), e)
			}
		}
	}
}

// fill writes struct v into block body b, with the Atlas spellings for
// the types that have them.
func (w *writer) fill(b *hclwrite.Body, v reflect.Value) {
	switch x := v.Addr().Interface().(type) {
	case *schema.Attribute:
		w.rest(b, v, "name")
	case *schema.DomainCheck:
		w.rest(b, v, "name")
	case *schema.ViewColumn:
		w.rest(b, v, "name")
	case *schema.ForeignColumn:
		if !x.NotNull { // NOT NULL is the default, as for table columns
			b.SetAttributeValue("null", cty.True)
		}
		w.rest(b, v, "name", "not_null")
	case *schema.FunctionArg:
		w.typeAttr(b, "type", x.Type)
		if x.Mode != schema.ArgIn {
			b.SetAttributeRaw("mode", keyword(x.Mode))
		}
		if x.Default != "" {
			b.SetAttributeRaw("default", sqlTokens(x.Default))
		}
	default:
		w.rest(b, v)
	}
}
