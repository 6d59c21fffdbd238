package hcl

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"

	"github.com/stratadb/strata/schema"
)

// Options changes how ParseFiles reads its input.
type Options struct {
	// Vars are the values of the files' variable blocks, by name, as given
	// on the command line (--var name=value): strings, converted to the
	// variable's type (number or bool) when it declares one.
	Vars map[string]string
}

// File is one HCL source: its name (used in diagnostics) and content.
type File struct {
	// Name is the file name shown in diagnostics.
	Name string
	// Src is the file's content.
	Src []byte
}

// Error is one problem in the HCL input, at a position.
type Error struct {
	// File, Line and Column locate the problem (1-based); Line is 0 when
	// the problem has no position (e.g. an unknown --var).
	File         string
	Line, Column int
	// Msg says what is wrong, in schema terms.
	Msg string
}

// Error returns "file:line:col: message".
func (e *Error) Error() string {
	if e.Line == 0 {
		if e.File == "" {
			return e.Msg
		}
		return e.File + ": " + e.Msg
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
}

// ErrorList is every problem found, sorted by position.
type ErrorList []*Error

// Error returns the problems one per line.
func (l ErrorList) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Parse reads the HCL files or directories (searched recursively for
// *.hcl files) at paths and returns the schema they declare, normalized.
// Errors are an ErrorList.
func Parse(paths ...string) (*schema.Database, error) {
	return ParseFiles(Options{}, paths...)
}

// ParseFiles is Parse with options.
func ParseFiles(opts Options, paths ...string) (*schema.Database, error) {
	names, err := Files(paths...)
	if err != nil {
		return nil, err
	}
	var files []File
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("reading HCL: %w", err)
		}
		files = append(files, File{Name: n, Src: data})
	}
	return ParseSources(opts, files...)
}

// Files expands paths into the .hcl files to read: a file is taken as it
// is, a directory contributes its *.hcl files, recursively, sorted by path.
func Files(paths ...string) ([]string, error) {
	if len(paths) == 0 {
		return nil, errors.New("no HCL file or directory given")
	}
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("reading HCL: %w", err)
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(d.Name(), ".hcl") {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("reading HCL directory: %w", err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// ParseSources parses HCL sources held in memory, merged as one schema.
func ParseSources(opts Options, files ...File) (db *schema.Database, err error) {
	p := &parser{opts: opts, db: &schema.Database{}}
	defer func() {
		// A bug must not take the caller down with a panic on odd input:
		// report it as an error instead.
		if r := recover(); r != nil {
			db, err = nil, fmt.Errorf("reading HCL: internal error: %v (please report this input)", r)
		}
	}()
	var bodies []*hclsyntax.Body
	for _, f := range files {
		file, diags := hclsyntax.ParseConfig(f.Src, f.Name, hcl.InitialPos)
		p.diags = append(p.diags, diags...)
		if file == nil {
			continue
		}
		if body, ok := file.Body.(*hclsyntax.Body); ok {
			bodies = append(bodies, body)
		}
	}
	if p.diags.HasErrors() {
		return nil, p.errors()
	}
	p.variables(bodies)
	if !p.diags.HasErrors() {
		p.buildIndex(bodies)
		for _, b := range bodies {
			p.file(b)
		}
	}
	if p.diags.HasErrors() {
		return nil, p.errors()
	}
	schema.Normalize(p.db)
	return p.db, nil
}

// parser holds the state of one Parse.
type parser struct {
	opts  Options
	db    *schema.Database
	diags hcl.Diagnostics
	ctx   *hcl.EvalContext
	idx   index
}

// errors turns the error diagnostics into a sorted ErrorList.
func (p *parser) errors() error {
	var out ErrorList
	seen := map[string]bool{}
	for _, d := range p.diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		msg := d.Summary
		if d.Detail != "" {
			msg = strings.TrimSuffix(d.Summary, ".") + ": " + d.Detail
		}
		e := &Error{Msg: msg}
		if d.Subject != nil {
			e.File, e.Line, e.Column = d.Subject.Filename, d.Subject.Start.Line, d.Subject.Start.Column
		}
		if k := e.Error(); !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return out
}

// errorf records an error at rng.
func (p *parser) errorf(rng hcl.Range, format string, args ...any) {
	r := rng
	p.diags = append(p.diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: fmt.Sprintf(format, args...), Subject: &r})
}

// functions are the functions HCL expressions may call: sql (which marks
// raw SQL and returns its argument) and the usual string helpers.
var functions = map[string]function.Function{
	"sql": function.New(&function.Spec{
		Params: []function.Parameter{{Name: "sql", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl:   func(args []cty.Value, _ cty.Type) (cty.Value, error) { return args[0], nil },
	}),
	"upper":     stdlib.UpperFunc,
	"lower":     stdlib.LowerFunc,
	"format":    stdlib.FormatFunc,
	"join":      stdlib.JoinFunc,
	"concat":    stdlib.ConcatFunc,
	"replace":   stdlib.ReplaceFunc,
	"trimspace": stdlib.TrimSpaceFunc,
}

// variables evaluates the variable and locals blocks of every file into
// the evaluation context.
func (p *parser) variables(bodies []*hclsyntax.Body) {
	vars := map[string]cty.Value{}
	declared := map[string]bool{}
	p.ctx = &hcl.EvalContext{Functions: functions, Variables: map[string]cty.Value{}}
	var locals []*hclsyntax.Attribute
	for _, body := range bodies {
		for _, b := range body.Blocks {
			switch b.Type {
			case "variable":
				if len(b.Labels) != 1 {
					p.errorf(b.DefRange(), "a variable block takes one label, its name")
					continue
				}
				name := b.Labels[0]
				if declared[name] {
					p.errorf(b.DefRange(), "variable %q is declared twice", name)
					continue
				}
				declared[name] = true
				r := p.reader(b.Body, fmt.Sprintf("variable %q", name))
				typ := "string"
				if a := r.attr("type"); a != nil {
					if tr, ok := a.Expr.(*hclsyntax.ScopeTraversalExpr); ok && len(tr.Traversal) == 1 {
						typ = tr.Traversal.RootName()
					} else {
						p.errorf(a.Expr.Range(), "variable %q: type must be string, number or bool", name)
					}
				}
				r.attr("description")
				def := r.attr("default")
				r.finish()
				if raw, ok := p.opts.Vars[name]; ok {
					vars[name] = p.convertVar(name, typ, raw, b.DefRange())
				} else if def != nil {
					v, diags := def.Expr.Value(&hcl.EvalContext{Functions: functions})
					p.diags = append(p.diags, diags...)
					vars[name] = v
				} else {
					p.errorf(b.DefRange(), "variable %q has no value: pass --var %s=VALUE or give it a default", name, name)
				}
			case "locals":
				for _, a := range sortedAttrs(b.Body) {
					locals = append(locals, a)
				}
			}
		}
	}
	for name := range p.opts.Vars {
		if !declared[name] {
			p.diags = append(p.diags, &hcl.Diagnostic{Severity: hcl.DiagError,
				Summary: fmt.Sprintf("--var %s: no variable %q is declared in the HCL files (add a variable %q {} block)", name, name, name)})
		}
	}
	p.ctx.Variables["var"] = cty.ObjectVal(vars)
	// Locals may refer to each other: evaluate what can be evaluated until
	// nothing changes, then report what is left.
	vals := map[string]cty.Value{}
	for len(locals) > 0 {
		p.ctx.Variables["local"] = cty.ObjectVal(vals)
		var left []*hclsyntax.Attribute
		for _, a := range locals {
			if _, dup := vals[a.Name]; dup {
				p.errorf(a.NameRange, "local %q is defined twice", a.Name)
				continue
			}
			v, diags := a.Expr.Value(p.ctx)
			if diags.HasErrors() {
				left = append(left, a)
				continue
			}
			vals[a.Name] = v
		}
		if len(left) == len(locals) {
			for _, a := range left {
				_, diags := a.Expr.Value(p.ctx)
				p.diags = append(p.diags, diags...)
			}
			break
		}
		locals = left
	}
	p.ctx.Variables["local"] = cty.ObjectVal(vals)
}

// convertVar converts a --var value to the variable's type.
func (p *parser) convertVar(name, typ, raw string, rng hcl.Range) cty.Value {
	switch typ {
	case "number":
		v, err := cty.ParseNumberVal(raw)
		if err != nil {
			p.errorf(rng, "--var %s=%s: variable %q is a number", name, raw, name)
			return cty.NumberIntVal(0)
		}
		return v
	case "bool":
		switch raw {
		case "true":
			return cty.True
		case "false":
			return cty.False
		}
		p.errorf(rng, "--var %s=%s: variable %q is a bool (true or false)", name, raw, name)
		return cty.False
	}
	return cty.StringVal(raw)
}

// sortedAttrs returns a body's attributes in source order.
func sortedAttrs(b *hclsyntax.Body) []*hclsyntax.Attribute {
	out := make([]*hclsyntax.Attribute, 0, len(b.Attributes))
	for _, a := range b.Attributes {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].SrcRange.Start.Byte < out[j].SrcRange.Start.Byte })
	return out
}

// reader reads one block's body, remembering what was read so that
// anything else can be reported as unknown.
type reader struct {
	p      *parser
	body   *hclsyntax.Body
	what   string
	attrs  map[string]bool
	blocks map[*hclsyntax.Block]bool
}

func (p *parser) reader(body *hclsyntax.Body, what string) *reader {
	return &reader{p: p, body: body, what: what, attrs: map[string]bool{}, blocks: map[*hclsyntax.Block]bool{}}
}

// attr returns the attribute called name, or nil.
func (r *reader) attr(name string) *hclsyntax.Attribute {
	r.attrs[name] = true
	return r.body.Attributes[name]
}

// blocksOf returns the nested blocks of type typ.
func (r *reader) blocksOf(typ string) []*hclsyntax.Block {
	var out []*hclsyntax.Block
	for _, b := range r.body.Blocks {
		if b.Type == typ {
			r.blocks[b] = true
			out = append(out, b)
		}
	}
	return out
}

// block returns the one nested block of type typ, or nil.
func (r *reader) block(typ string) *hclsyntax.Block {
	bs := r.blocksOf(typ)
	if len(bs) > 1 {
		r.p.errorf(bs[1].DefRange(), "%s: more than one %s block", r.what, typ)
	}
	if len(bs) == 0 {
		return nil
	}
	return bs[0]
}

// finish reports the attributes and blocks nobody read.
func (r *reader) finish() {
	for _, a := range sortedAttrs(r.body) {
		if !r.attrs[a.Name] {
			r.p.errorf(a.NameRange, "%s: unknown attribute %q", r.what, a.Name)
		}
	}
	for _, b := range r.body.Blocks {
		if !r.blocks[b] {
			r.p.errorf(b.TypeRange, "%s: unknown block %q", r.what, b.Type)
		}
	}
}

// value evaluates an expression.
func (p *parser) value(expr hcl.Expression) (cty.Value, bool) {
	for _, tr := range expr.Variables() {
		root := tr.RootName()
		obj, known := p.ctx.Variables[root]
		if !known {
			p.errorf(tr.SourceRange(), "%s is not a value here: values are literals, sql(\"...\"), var.NAME and local.NAME",
				root)
			return cty.NilVal, false
		}
		if len(tr) < 2 {
			continue
		}
		if step, ok := tr[1].(hcl.TraverseAttr); ok && obj.Type().IsObjectType() && !obj.Type().HasAttribute(step.Name) {
			if root == "var" {
				p.errorf(tr.SourceRange(), "unknown variable %q: declare it with a variable %q {} block", step.Name, step.Name)
			} else {
				p.errorf(tr.SourceRange(), "unknown local %q: define it in a locals block", step.Name)
			}
			return cty.NilVal, false
		}
	}
	v, diags := expr.Value(p.ctx)
	p.diags = append(p.diags, diags...)
	if diags.HasErrors() {
		return cty.NilVal, false
	}
	if !v.IsWhollyKnown() || v.IsNull() {
		p.errorf(expr.Range(), "the value is null or unknown")
		return cty.NilVal, false
	}
	return v, true
}

// str evaluates a string attribute.
func (r *reader) str(a *hclsyntax.Attribute) string {
	v, ok := r.p.value(a.Expr)
	if !ok {
		return ""
	}
	if v.Type() != cty.String {
		r.p.errorf(a.Expr.Range(), "%s: %s must be a string", r.what, a.Name)
		return ""
	}
	return v.AsString()
}

// keyword reads an attribute that holds a keyword: a bare identifier such
// as CASCADE or SET_NULL, or a string. It returns it lower case with
// underscores turned into spaces.
func (r *reader) keyword(a *hclsyntax.Attribute) string {
	if tr, ok := a.Expr.(*hclsyntax.ScopeTraversalExpr); ok && len(tr.Traversal) == 1 {
		return strings.ReplaceAll(strings.ToLower(tr.Traversal.RootName()), "_", " ")
	}
	return strings.ToLower(r.str(a))
}

// boolean evaluates a bool attribute.
func (r *reader) boolean(a *hclsyntax.Attribute) bool {
	v, ok := r.p.value(a.Expr)
	if !ok {
		return false
	}
	if v.Type() != cty.Bool {
		r.p.errorf(a.Expr.Range(), "%s: %s must be true or false", r.what, a.Name)
		return false
	}
	return v.True()
}

// number evaluates a number attribute.
func (r *reader) number(a *hclsyntax.Attribute) float64 {
	v, ok := r.p.value(a.Expr)
	if !ok {
		return 0
	}
	if v.Type() != cty.Number {
		r.p.errorf(a.Expr.Range(), "%s: %s must be a number", r.what, a.Name)
		return 0
	}
	f, _ := v.AsBigFloat().Float64()
	return f
}

// integer evaluates an integer attribute.
func (r *reader) integer(a *hclsyntax.Attribute) int64 {
	v, ok := r.p.value(a.Expr)
	if !ok {
		return 0
	}
	if v.Type() != cty.Number {
		r.p.errorf(a.Expr.Range(), "%s: %s must be a number", r.what, a.Name)
		return 0
	}
	bf := v.AsBigFloat()
	i, acc := bf.Int64()
	if !bf.IsInt() || acc != 0 {
		r.p.errorf(a.Expr.Range(), "%s: %s must be a whole number in the 64-bit range", r.what, a.Name)
		return 0
	}
	return i
}

// strings evaluates a list of strings; bare identifiers in the list are
// taken as their names.
func (r *reader) strings(a *hclsyntax.Attribute) []string {
	exprs, diags := hcl.ExprList(a.Expr)
	if diags.HasErrors() {
		r.p.errorf(a.Expr.Range(), "%s: %s must be a list", r.what, a.Name)
		return nil
	}
	var out []string
	for _, e := range exprs {
		if tr, ok := e.(*hclsyntax.ScopeTraversalExpr); ok && len(tr.Traversal) == 1 {
			out = append(out, tr.Traversal.RootName())
			continue
		}
		v, ok := r.p.value(e)
		if !ok {
			continue
		}
		if v.Type() != cty.String {
			r.p.errorf(e.Range(), "%s: %s must be a list of strings", r.what, a.Name)
			continue
		}
		out = append(out, v.AsString())
	}
	return out
}

// sqlExpr reads an attribute that holds SQL: sql("...") is taken as it
// is, a string becomes an SQL string literal, a number or bool its text.
func (r *reader) sqlExpr(a *hclsyntax.Attribute) string {
	if call, ok := a.Expr.(*hclsyntax.FunctionCallExpr); ok && call.Name == "sql" && len(call.Args) == 1 {
		v, ok := r.p.value(call.Args[0])
		if !ok || v.Type() != cty.String {
			r.p.errorf(a.Expr.Range(), "%s: sql(...) takes one string", r.what)
			return ""
		}
		return v.AsString()
	}
	v, ok := r.p.value(a.Expr)
	if !ok {
		return ""
	}
	switch v.Type() {
	case cty.String:
		return "'" + strings.ReplaceAll(v.AsString(), "'", "''") + "'"
	case cty.Number:
		return v.AsBigFloat().Text('f', -1)
	case cty.Bool:
		if v.True() {
			return "true"
		}
		return "false"
	}
	r.p.errorf(a.Expr.Range(), "%s: %s must be sql(\"...\"), a string, a number or a bool", r.what, a.Name)
	return ""
}

// typeExpr reads an attribute that holds a type: an identifier (integer,
// text, timestamptz), a call (varchar(20), numeric(10,2)), a reference to
// an enum, domain or composite type, sql("...") or a string.
func (r *reader) typeExpr(a *hclsyntax.Attribute) string {
	switch e := a.Expr.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		tr := e.Traversal
		root := tr.RootName()
		switch {
		case len(tr) == 1:
			return canonicalType(strings.ToLower(root), "")
		case root == "enum" || root == "domain" || root == "composite":
			q, ok := r.p.idx.lookup(root, tr, r.what, r.p)
			if !ok {
				return ""
			}
			return q.String()
		}
	case *hclsyntax.FunctionCallExpr:
		if e.Name != "sql" {
			var args []string
			for _, x := range e.Args {
				lit, ok := x.(*hclsyntax.LiteralValueExpr)
				if !ok || lit.Val.Type() != cty.Number {
					r.p.errorf(x.Range(), "%s: the arguments of type %s must be numbers", r.what, e.Name)
					return ""
				}
				args = append(args, lit.Val.AsBigFloat().Text('f', -1))
			}
			return canonicalType(strings.ToLower(e.Name), strings.Join(args, ","))
		}
	}
	return r.sqlOrString(a)
}

// sqlOrString reads sql("...") or a string as text.
func (r *reader) sqlOrString(a *hclsyntax.Attribute) string {
	if call, ok := a.Expr.(*hclsyntax.FunctionCallExpr); ok && call.Name == "sql" && len(call.Args) == 1 {
		v, ok := r.p.value(call.Args[0])
		if !ok || v.Type() != cty.String {
			r.p.errorf(a.Expr.Range(), "%s: sql(...) takes one string", r.what)
			return ""
		}
		return v.AsString()
	}
	return r.str(a)
}

// traversal returns the names of a reference such as table.users.column.id
// (index steps ["My Table"] included), or ok false.
func traversal(expr hcl.Expression) (names []string, rng hcl.Range, ok bool) {
	e, isTr := expr.(*hclsyntax.ScopeTraversalExpr)
	if !isTr {
		return nil, expr.Range(), false
	}
	for _, s := range e.Traversal {
		switch s := s.(type) {
		case hcl.TraverseRoot:
			names = append(names, s.Name)
		case hcl.TraverseAttr:
			names = append(names, s.Name)
		case hcl.TraverseIndex:
			if s.Key.Type() != cty.String || !s.Key.IsKnown() || s.Key.IsNull() {
				return nil, e.Range(), false
			}
			names = append(names, s.Key.AsString())
		default:
			return nil, e.Range(), false
		}
	}
	return names, e.Range(), true
}
